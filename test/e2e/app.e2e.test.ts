import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { createEventHub, type EventHub } from '../../electron/backend/events';
import { startHttpServer, type RunningHttpServer } from '../../electron/backend/http-server';
import { isolateNetwork, launchChromium } from './browser';
import { createHandlers } from '../../electron/backend/handlers';
import { openWorkspaceFile } from '../support/workspace-keys';
import { AppPage } from './pages/app-page';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-e2e-'));
const db = openWorkspaceFile(path.join(workDir, 'workspace.sqlite'));

/** The real back end on a fresh workspace database, as `npm run web` serves it. */
function makeHandlers(events: EventHub): Handlers {
  return createHandlers(db, { events });
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = path.join(root, 'dist', 'renderer');
const resultsDir = path.join(root, 'test-results');

let server: RunningHttpServer;
let events: EventHub;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;
let network: { tileRequests: string[] };
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:web` first.');
  events = createEventHub();
  server = await startHttpServer({ handlers: makeHandlers(events), events, staticDir });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  // Console errors include CSP violations and React warnings: the shell must run clean.
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text() + ' @ ' + JSON.stringify(m.location()));
  });
  page.on('pageerror', (e) => problems.push(e.message));
  network = await isolateNetwork(page, `http://127.0.0.1:${server.port}`);
  app = new AppPage(page);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the day screen in Chromium over HTTP', () => {
  it('hides the access token from the address bar', async () => {
    await app.page.getByRole('heading', { name: 'Field Dispatch' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => sessionStorage.getItem('dispatch.token'))).toBe(server.token);
  });

  it('offers a demo day when empty and draws its visits on the map', async () => {
    const before = await app.paintedPixels();
    await app.button('Load demo day').click();
    await page.waitForFunction(() => Number(document.querySelector('section.plan-map')?.getAttribute('data-visit-count')) > 0);
    const visitCount = await app.headerCount('Visits');
    expect(visitCount).toBeGreaterThan(0);
    expect(await app.mapCount('visit')).toBe(visitCount);
    expect(await app.mapCount('officer')).toBe(await app.headerCount('Officers'));
    await expect.poll(() => app.paintedPixels()).toBeGreaterThan(before);
    expect(network.tileRequests.length).toBeGreaterThan(0);
    // The demo day arrives planned, so a newcomer sees routes without doing anything else.
    await expect.poll(() => app.mapCount('route')).toBeGreaterThan(0);
  });

  it('plans the day and draws one route per officer used', async () => {
    await app.button('Plan day').click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Plan ready/ })
      .waitFor();
    const routes = await app.mapCount('route');
    expect(routes).toBeGreaterThan(0);
    const notice = page.getByRole('status').filter({ hasText: /^Plan ready/ });
    const used = Number(/to (\d+) officers/.exec((await notice.textContent()) ?? '')?.[1]);
    expect(routes).toBe(used);
    // The list renders only the items in sight; its heading counts them all. Map and list redraw
    // from the same plan but not in the same frame, so wait until they agree.
    await expect
      .poll(async () => {
        const unassigned = await app.mapCount('unassigned');
        return page.getByRole('heading', { name: `Unassigned visits (${unassigned})` }).isVisible();
      })
      .toBe(true);
    expect(await app.headerCount('Unassigned')).toBe(await app.mapCount('unassigned'));
  });

  it('hears back-end events over SSE: a plan saved elsewhere refreshes the screen', async () => {
    const date = await page.getByLabel('Day', { exact: true }).inputValue();
    // The day's plan and visits are read again (their statuses moved with the other plan).
    const refreshed = Promise.all(
      ['plans.current', 'visits.list'].map((method) =>
        page.waitForRequest((r) => r.url().endsWith(`/api/${method}`) && r.postData()?.includes(date) === true),
      ),
    );
    events.emit('plans.saved', {
      date,
      planId: 'P-elsewhere',
      stats: {
        visitCount: 0,
        assignedCount: 0,
        unassignedCount: 0,
        officersUsed: 0,
        travelSec: 0,
        distanceM: 0,
        workingSec: 0,
        solveMs: 0,
      },
    });
    await refreshed;
  });

  it('switches to Chinese with Alt+L and back with the button', async () => {
    await page.keyboard.press('Alt+KeyL');
    await page.getByRole('heading', { name: '外勤调度' }).waitFor();
    expect(await app.button('规划当天').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    if ((await app.mapCount('unassigned')) > 0) {
      expect(await page.locator('.unassigned li').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    }
    await page.screenshot({ path: path.join(resultsDir, 'day-screen-zh.png'), fullPage: true });
    await app.button(/切换为英文/).click();
    await page.getByRole('heading', { name: 'Field Dispatch' }).waitFor();
  });

  it('exports the day as one bundle from the export dialog (Alt+E), and its route sheet renders', async () => {
    await page.keyboard.press('Alt+KeyE');
    const dialog = page.getByRole('dialog', { name: /^Export itineraries for \d{4}-\d{2}-\d{2}$/ });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    expect(await dialog.getByLabel('Files').inputValue()).toBe('bundle');
    expect(await dialog.getByRole('radio', { name: /^The officers/ }).isChecked()).toBe(true);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const bundle = await download;
    expect(bundle.suggestedFilename()).toMatch(/^itineraries-\d{4}-\d{2}-\d{2}\.zip$/);
    const used = await app.mapCount('route');
    await page
      .getByRole('status')
      .filter({ hasText: /^Downloaded the files; \d+ visits? (is|are) now dispatched\.$/ })
      .waitFor();
    expect(await dialog.count()).toBe(0);

    // One folder per officer with a route; the first route sheet is rendered to PNG with the test artifacts.
    const artifacts = path.join(resultsDir, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    const zipPath = path.join(artifacts, bundle.suggestedFilename());
    await bundle.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const sheets = Object.keys(entries).filter((name) => name.endsWith('.pdf'));
    expect(sheets).toHaveLength(used);
    const pdf = path.join(artifacts, 'bundle-route-sheet.pdf');
    writeFileSync(pdf, entries[sheets[0]]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(artifacts, 'bundle-route-sheet-page1'),
    ]);
    expect(existsSync(path.join(artifacts, 'bundle-route-sheet-page1.png'))).toBe(true);
  });

  it('reaches the actions by keyboard with a visible focus ring', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const reached: string[] = [];
    // The header's screens come first, then the day's actions.
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}:${getComputedStyle(el).outlineStyle}`;
        }),
      );
    }
    expect(reached.some((r) => r.startsWith('SELECT:'))).toBe(true);
    expect(reached).toContain('BUTTON:Plan day:solid');
    expect(reached).toContain('BUTTON:Export:solid');
  });

  it('imports the valid rows of a visits file after a dry-run preview, adding its date to the day picker', async () => {
    const importButton = app.button('Import…');
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    // Alt+I opens the modal dialog with focus inside; Escape closes it and focus returns to the button.
    await page.keyboard.press('Alt+KeyI');
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await importButton.evaluate((b) => b === document.activeElement)).toBe(true);

    await importButton.click();
    await dialog.getByRole('radio', { name: 'Visits', exact: true }).check();
    // Synthetic rows on a date the workspace does not have yet; line 3 has a latitude in words.
    const header =
      'visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes';
    const csv =
      [
        header,
        'E2E-IMP-1,2027-01-15,collection,C-E2E-1,Test Person One,138 0000 0101,1 Test Road,31.2304,121.4737,09:00-12:00,30,3,,AP-E2E-1,',
        'E2E-IMP-2,2027-01-15,verification,C-E2E-2,Test Person Two,138 0000 0102,2 Test Road,north,121.4800,14:00-17:00,30,3,,AP-E2E-2,',
      ].join('\r\n') + '\r\n';
    await dialog
      .getByLabel('File (CSV, XLSX or TXT)')
      .setInputFiles({ name: 'new-day.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const errors = dialog.getByRole('table', { name: 'Problems (1)' });
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '3',
      'lat',
      'north',
      'Latitude must be a number between -90 and 90.',
    ]);
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(resultsDir, 'import-preview.png') });
    // The dry run stored nothing yet.
    expect(await page.getByLabel('Day', { exact: true }).locator('option').allTextContents()).not.toContain('2027-01-15');

    await dialog.getByRole('button', { name: /^Import only the valid rows \(1\)$/ }).click();
    await dialog.getByRole('status').filter({ hasText: 'Stored 1 new, 0 updated.' }).waitFor();
    await expect.poll(() => page.getByLabel('Day', { exact: true }).locator('option').allTextContents()).toContain('2027-01-15');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Imported new-day.csv: stored 1 new, 0 updated.' }).waitFor();
  });

  it("names problems by the file's own headers and moves the board to the day a file imported", async () => {
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await app.button('Import…').click();
    await dialog.getByRole('radio', { name: 'Visits', exact: true }).check();
    // Chinese headers as a lender's export writes them; synthetic rows for a day not on screen, line 3 with a latitude in words.
    const csv =
      [
        '外访编号,外访日期,外访类型,客户号,客户姓名,手机号,详细地址,纬度,经度,预约时段,审批单号',
        'E2E-HDR-1,2027-02-03,催收,C-HDR-1,测试客户一,138 0000 0201,测试路1号,31.2304,121.4737,09:00-12:00,AP-HDR-1',
        'E2E-HDR-2,2027-02-03,核实,C-HDR-2,测试客户二,138 0000 0202,测试路2号,north,121.4800,14:00-17:00,AP-HDR-2',
      ].join('\r\n') + '\r\n';
    await dialog
      .getByLabel('File (CSV, XLSX or TXT)')
      .setInputFiles({ name: 'chinese-headers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const errors = dialog.getByRole('table', { name: 'Problems (1)' });
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '3',
      '纬度',
      'north',
      'Latitude must be a number between -90 and 90.',
    ]);

    expect(await page.getByLabel('Day', { exact: true }).inputValue()).not.toBe('2027-02-03');
    await dialog.getByRole('button', { name: /^Import only the valid rows \(1\)$/ }).click();
    await dialog.getByRole('status').filter({ hasText: 'Stored 1 new, 0 updated.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Showing 2027-02-03, the day you imported.' }).waitFor();
    // The board is on the imported day, with its one visit.
    expect(await page.getByLabel('Day', { exact: true }).inputValue()).toBe('2027-02-03');
    await expect.poll(() => app.headerCount('Visits')).toBe(1);
    await expect.poll(() => app.mapCount('visit')).toBe(1);
  });

  it('saves a screenshot and ran without console errors', async () => {
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'day-screen.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
