import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers } from '../../electron/backend/handlers';
import { startHttpServer, type RunningHttpServer } from '../../electron/backend/http-server';
import { isolateNetwork, launchChromium } from './browser';
import { AppPage } from './pages/app-page';

// Column mappings (issue 19) in Chromium over HTTP: a lender's file with its own headers is mapped
// once in the import dialog, and the next file with that header row maps itself.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-mapping-e2e-'));
const db = openWorkspaceFile(path.join(workDir, 'workspace.sqlite'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = path.join(root, 'dist', 'renderer');
const resultsDir = path.join(root, 'test-results');

const LENDER_HEADER = '任务号,走访日,业务类型,借款人编号,借款人,联系方式,住址,LAT_WGS,LNG_WGS,可约时段,审批单据号';
/** Synthetic rows of a lender's export (no real person). */
const lenderCsv = (ids: number[]) =>
  [
    LENDER_HEADER,
    ...ids.map(
      (n) =>
        `E2E-LND-${n},2027-03-01,催收,C-E2E-LND-${n},测试客户${n},138 0000 0${String(n).padStart(3, '0')},测试路${n}号,31.23${n},121.47${n},09:00-12:00,AP-E2E-LND-${n}`,
    ),
  ].join('\r\n') + '\r\n';

let server: RunningHttpServer;
let browser: Browser;
let page: Page;
let app: AppPage;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:web` first.');
  mkdirSync(resultsDir, { recursive: true });
  const events = createEventHub();
  const handlers = createHandlers(db, { events, demoPlanSeconds: 1 });
  await handlers['workspace.loadDemo']({ visits: 12, officers: 2, seed: 5 });
  server = await startHttpServer({ handlers, events, staticDir });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await isolateNetwork(page, `http://127.0.0.1:${server.port}`);
  app = new AppPage(page);
  await page.goto(server.url);
  await page.locator('.stop-block').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('column mapping in the import dialog', () => {
  it('maps a file with odd headers, imports it, and maps the next file from that source by itself', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await page.keyboard.press('Alt+KeyI');
    await dialog.waitFor();
    const fileInput = dialog.getByLabel('File (CSV, XLSX or TXT)');
    await fileInput.setInputFiles({ name: 'lender-mon.csv', mimeType: 'text/csv', buffer: Buffer.from(lenderCsv([1, 2])) });

    const step = dialog.getByRole('region', { name: 'Which field does each column hold?' });
    await step.waitFor();
    const choice = (header: string) => step.getByRole('combobox', { name: `Read column "${header}" as` });
    // The keyboard is on the first column's choice.
    expect(await choice('任务号').evaluate((el) => el === document.activeElement)).toBe(true);
    // From "(ignore this column)", one step down is the first field of the list.
    await page.keyboard.press('ArrowDown');
    expect(await choice('任务号').inputValue()).toBe('visit_id');
    const picks: [string, string][] = [
      ['走访日', 'Visit date (required)'],
      ['业务类型', 'Visit type (required)'],
      ['借款人编号', 'Customer ID (required)'],
      ['借款人', 'Customer name (required)'],
      ['联系方式', 'Phone'],
      ['住址', 'Address (required)'],
      ['LAT_WGS', 'Latitude'],
      ['LNG_WGS', 'Longitude'],
      ['可约时段', 'Appointment windows (required)'],
      ['审批单据号', 'Approval number (required)'],
    ];
    for (const [header, label] of picks) await choice(header).selectOption({ label });
    const name = step.getByRole('textbox', { name: 'Save the mapping as' });
    await name.fill('Lender A');
    await page.screenshot({ path: path.join(resultsDir, 'import-mapping.png') });
    await step.getByRole('button', { name: 'Save and check the file' }).focus();
    await page.keyboard.press('Enter');

    await dialog.getByRole('status').filter({ hasText: 'Importing would add 2 new and update 0.' }).waitFor();
    await dialog.getByText('Columns read with the saved mapping “Lender A”').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Stored 2 new, 0 updated.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The board moves to the imported day, with its two visits.
    await expect.poll(() => page.getByLabel('Day', { exact: true }).inputValue()).toBe('2027-03-01');
    await expect.poll(() => app.headerCount('Visits')).toBe(2);

    // Tuesday's file from the same lender: no step, read by the saved mapping.
    await app.button('Import…').click();
    await dialog
      .getByLabel('File (CSV, XLSX or TXT)')
      .setInputFiles({ name: 'lender-tue.csv', mimeType: 'text/csv', buffer: Buffer.from(lenderCsv([3])) });
    await dialog.getByRole('status').filter({ hasText: 'Importing would add 1 new and update 0.' }).waitFor();
    await dialog.getByText('Columns read with the saved mapping “Lender A”').waitFor();
    expect(await step.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Stored 1 new, 0 updated.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => app.headerCount('Visits')).toBe(3);
    expect(problems).toEqual([]);
  });
});
