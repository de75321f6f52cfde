import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppTab } from './browser';
import { AppPage } from './pages/app-page';
import { BoardPage, visitOf } from './pages/board-page';
import { startWebServer, type RunningWebServer } from './web-server';
import { allowVisitsAllDayIn } from '../support/cli-harness';

// Select by area (issue 19) in Chromium against `dispatch web`: a box dragged over the real map
// selects the visits inside, and the selection moves to one officer as one edit, one Undo away.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-area-e2e-'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = path.join(root, 'test-results');

let server: RunningWebServer;
let browser: Browser;
let page: Page;
let app: AppPage;
let board: BoardPage;

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  // A batch move may push stops into the evening: a flag on the board, not a refused move.
  await allowVisitsAllDayIn(path.join(workDir, 'workspace.sqlite'), workDir);
  server = await startWebServer(path.join(workDir, 'workspace.sqlite'));
  browser = await launchChromium();
  ({ page } = await openAppTab(browser, server.origin));
  app = new AppPage(page);
  board = new BoardPage(page);
  await page.goto(server.url);
  await app.button('Load demo day').click();
  await page.locator('.stop-block').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/**
 * Every officer's stops in order (`visitId@HH:MM`) and the visits shown selected, the timeline
 * scrolled through from the top, as it draws only the rows in sight.
 */
async function readTimeline(): Promise<{ rows: Record<string, string>; selected: string[] }> {
  const timeline = page.locator('.timeline');
  const rows: Record<string, string> = {};
  const selected = new Set<string>();
  const [height, step] = await timeline.evaluate((el) => [el.scrollHeight, Math.max(100, el.clientHeight - 60)]);
  for (let top = 0; top < height + step; top += step) {
    await timeline.evaluate(async (el, y) => {
      el.scrollTop = y;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, top);
    const shown = await page.locator('.timeline-row').evaluateAll((list) =>
      list.map((r) => ({
        id: r.getAttribute('data-officer-id') ?? '',
        stops: r.getAttribute('data-stops') ?? '',
        pressed: [...r.querySelectorAll('.stop-block[aria-pressed="true"]')].map((b) => b.getAttribute('data-visit-id') ?? ''),
      })),
    );
    for (const row of shown) {
      rows[row.id] = row.stops;
      for (const id of row.pressed) selected.add(id);
    }
  }
  return { rows, selected: [...selected] };
}
const allRows = async () => (await readTimeline()).rows;

describe('selecting visits by drawing on the map', () => {
  it('selects the visits inside a Shift+dragged box, moves them to one officer in one edit, and one Undo restores them', async () => {
    await board.toolbar.getByRole('button', { name: 'Select area' }).click();
    await poll(() => app.map.getAttribute('data-area-mode')).toBe('true');
    await board.expectNotice('Area selection: drag on the map to draw around visits.');

    // A small box near the middle of the map, where the demo day's visits are densest: a few
    // visits, as many as one officer's day can take within the visiting hours.
    const box = (await page.locator('.plan-map__leaflet').boundingBox())!;
    const [x0, y0] = [box.x + box.width * 0.47, box.y + box.height * 0.47];
    const [x1, y1] = [box.x + box.width * 0.53, box.y + box.height * 0.53];
    const pane = page.locator('.leaflet-map-pane');
    const viewBefore = await pane.getAttribute('style');
    const { mouse, keyboard } = page;
    await keyboard.down('Shift');
    await mouse.move(x0, y0);
    await mouse.down();
    await mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
    // The box is drawn as an outline while the button is down.
    await page.locator('path.plan-map__area').waitFor();
    await mouse.move(x1, y1, { steps: 4 });
    await mouse.up();
    await keyboard.up('Shift');
    expect(await page.locator('path.plan-map__area').count()).toBe(0);

    const count = Number(await app.map.getAttribute('data-selected-count'));
    expect(count).toBeGreaterThanOrEqual(2);
    await board.expectNotice(`${count} visits selected on the map.`);
    // The map neither panned nor zoomed under the drag.
    expect(await pane.getAttribute('style')).toBe(viewBefore);
    await page.screenshot({ path: path.join(resultsDir, 'area-select.png') });

    const { rows: before, selected: selectedBefore } = await readTimeline();
    // The officer who has most of them already takes the rest: that officer works the area.
    const owned = (stops: string) => stops.split(' ').filter((s) => selectedBefore.includes(visitOf(s))).length;
    const [target] = Object.entries(before).sort((a, b) => owned(b[1]) - owned(a[1]))[0];
    await board.toolbar.getByRole('button', { name: 'Move to…' }).click();
    const dialog = page.getByRole('dialog', { name: `Move ${count} visits to an officer` });
    await dialog.getByLabel('Officer').selectOption(target);
    await dialog.getByRole('button', { name: 'Move' }).click();
    await board.expectNotice(new RegExp(`^Moved ${count} visits to .*; the routes are re-timed\\.$`), 60_000);

    // Every selected visit is now in the target's route, and still selected.
    const { rows: after, selected: moved } = await readTimeline();
    expect(moved).toHaveLength(count);
    expect(moved).toEqual(expect.arrayContaining(selectedBefore));
    const targetStops = after[target].split(' ').map(visitOf);
    for (const id of moved) expect(targetStops).toContain(id);

    // One Undo brings back every route as it was.
    await board.toolbar.getByRole('button', { name: /Undo/ }).click();
    await board.expectNotice('Undone.');
    await poll(allRows).toEqual(before);

    // Esc leaves area mode, Esc again clears the selection, and A comes back to area mode: there a
    // freehand lasso round the same square (no Shift) takes the same visits.
    await page.locator('body').press('Escape');
    await poll(() => app.map.getAttribute('data-area-mode')).toBe('false');
    await page.locator('body').press('Escape');
    await poll(() => app.map.getAttribute('data-selected-count')).toBe('0');
    await page.locator('body').press('a');
    await poll(() => app.map.getAttribute('data-area-mode')).toBe('true');
    await mouse.move(x0, y0);
    await mouse.down();
    for (const [x, y] of [
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0 + 1],
    ])
      await mouse.move(x, y, { steps: 5 });
    await mouse.up();
    await poll(() => app.map.getAttribute('data-selected-count')).toBe(String(count));

    // Esc leaves area mode.
    await page.locator('body').press('Escape');
    await poll(() => app.map.getAttribute('data-area-mode')).toBe('false');
  });
});
