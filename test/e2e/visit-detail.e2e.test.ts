import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolateNetwork, launchChromium } from './browser';
import { AppPage } from './pages/app-page';
import { BoardPage, visitOf } from './pages/board-page';
import { VisitDetailPage } from './pages/visit-detail-page';
import { startWebServer, type RunningWebServer } from './web-server';
import { fileURLToPath } from 'node:url';

// The demo day planned by the real back end over HTTP: a visit's window edited in its detail
// panel re-times its stop or flags it, and Undo brings record and plan back together.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-visit-detail-e2e-'));
const resultsDir = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'test-results');

let server: RunningWebServer;
let browser: Browser;
let page: Page;
let board: BoardPage;
let detail: VisitDetailPage;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  server = await startWebServer(path.join(workDir, 'workspace.sqlite'));
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await isolateNetwork(page, server.origin);
  board = new BoardPage(page);
  detail = new VisitDetailPage(page);
  await page.goto(server.url);
  await new AppPage(page).button('Load demo day').click();
  await page.locator('.stop-block').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

describe('the visit detail panel in Chromium over HTTP', () => {
  it("edits a routed visit's window: its stop is flagged, and Undo restores the window and the plan", async () => {
    const [row] = await board.rowsWithStops(2, true);
    const stop = row.stops[1];
    const visitId = visitOf(stop);
    await board.block(visitId).click();

    await poll(() => detail.field('position').textContent()).toMatch(new RegExp(`^Stop 2 of .*, starts ${stop.split('@')[1]}`));
    expect(await detail.field('phone').textContent()).toMatch(/^\d{3}\*+\d{4}$/);
    const windowsBefore = (await detail.field('windows').textContent()) ?? '';

    // A window that closes before the officer can reach the second stop: the stop is flagged.
    await detail.button('Edit visit').click();
    await detail.input('Appointment windows').fill('06:00-06:30');
    await detail.button('Save').click();
    await board.expectNotice(new RegExp(`^Visit ${visitId} saved; in its route it now breaks \\d+ rules?, shown in red\\.$`));
    await poll(() => board.block(visitId).getAttribute('class')).toMatch(/is-violation/);
    expect(await detail.field('windows').textContent()).toBe('06:00-06:30');
    expect(await detail.problems.textContent()).toContain('outside its agreed windows 06:00-06:30');
    expect((await board.readRow(row.officerId)).stops.map(visitOf)).toEqual(row.stops.map(visitOf));
    await page.screenshot({ path: path.join(resultsDir, 'visit-detail.png') });

    // A bad window is refused by the import's rule, named in the form; nothing changes.
    await detail.button('Edit visit').click();
    await detail.input('Appointment windows').fill('12:00-11:00');
    await detail.button('Save').click();
    await poll(() => detail.panel.locator('.form-field__problem').first().textContent()).toMatch(/^Appointment windows: /);
    await detail.button('Cancel').click();

    await board.toolbar.getByRole('button', { name: /^Undo/ }).click();
    await poll(() => detail.field('windows').textContent()).toBe(windowsBefore);
    await poll(() => board.block(visitId).getAttribute('class')).not.toMatch(/is-violation/);
    expect((await board.readRow(row.officerId)).stops).toEqual(row.stops);
    expect(problems).toEqual([]);
  });

  it('adds an urgent visit by hand and fits it into the plan', async () => {
    await detail.button('Add visit').click();
    const fill = (label: string, value: string) => detail.input(label).fill(value);
    await fill('Visit ID', 'V-URGENT-1');
    await fill('Customer ID', 'C-URGENT-1');
    await fill('Customer name', '测试客户');
    await fill('Address', '上海市黄浦区示例路 1 号');
    await fill('Latitude', '31.2304');
    await fill('Longitude', '121.4737');
    await fill('Appointment windows', '08:00-20:00');
    await fill('Skills', '');
    await fill('Approval number', 'APR-URGENT-1');
    await detail.panel.getByRole('button', { name: 'Add visit' }).click();
    await board.expectNotice(/^Visit V-URGENT-1 added for \d{4}-\d{2}-\d{2}\.$/);
    await poll(() => detail.field('position').textContent()).toBe('In no route');
    await detail.button('Fit into the plan').click();
    await board.expectNotice(/^Fitted 1 visit into the plan where possible\.$/);
    await poll(() => detail.field('position').textContent()).toMatch(/^Stop \d+ of |^In no route$/);
    const placed = (await detail.field('position').textContent())!.startsWith('Stop');
    // Placed, or left out with the planner's reason shown among its problems.
    if (placed) expect(await board.block('V-URGENT-1').count()).toBe(1);
    else expect(await detail.problems.textContent()).not.toBe('');
  });

  it("edits a routed visit's window to open later: its stop is re-timed to start then", async () => {
    // The first stop of a route, given a window that opens half an hour after it now starts.
    const [row] = await board.rowsWithStops(2, true);
    const first = row.stops[0];
    const visitId = visitOf(first);
    await board.block(visitId).click();
    await detail.button('Edit visit').click();
    const [h, m] = first.split('@')[1].split(':').map(Number);
    const opens = h * 60 + m + 30;
    const later = `${String(Math.floor(opens / 60)).padStart(2, '0')}:${String(opens % 60).padStart(2, '0')}`;
    await detail.input('Appointment windows').fill(`${later}-${String(h + 3).padStart(2, '0')}:00`);
    await detail.button('Save').click();
    await board.expectNotice(new RegExp(`^Visit ${visitId} saved; (its route was re-timed|in its route it now breaks)`));
    await poll(async () => (await board.readRow(row.officerId)).stops.find((s) => visitOf(s) === visitId)).toBe(`${visitId}@${later}`);
  });

  it('moves a visit by dragging its pin on the map while its form is open; the place is saved in WGS-84', async () => {
    // Any routed visit will do: whether its route breaks a rule does not matter here.
    const [row] = await board.rowsWithStops(1);
    const visitId = visitOf(row.stops[0]);
    await board.block(visitId).click();
    await detail.button('Edit visit').click();
    const pin = page.getByRole('img', { name: `Drag to move visit ${visitId}` });
    await pin.waitFor();
    const latBefore = await detail.input('Latitude').inputValue();
    const box = (await pin.boundingBox())!;
    const { mouse } = page;
    await mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await mouse.down();
    await mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 30, { steps: 6 });
    await mouse.up();
    await poll(() => detail.input('Latitude').inputValue()).not.toBe(latBefore);
    expect(await detail.input('Coordinate system').inputValue()).toBe('wgs84');
    const [lat, lng] = [await detail.input('Latitude').inputValue(), await detail.input('Longitude').inputValue()];
    await detail.button('Save').click();
    await board.expectNotice(new RegExp(`^Visit ${visitId} saved; `));
    expect(await detail.field('place').textContent()).toBe(`${Number(lat)}, ${Number(lng)} (wgs84)`);
  });
});
