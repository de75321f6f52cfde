import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain';
import { launchChromium, openAppTab } from './browser';
import { AppPage } from './pages/app-page';
import { BoardPage, visitOf } from './pages/board-page';
import { startWebServer, type RunningWebServer } from './web-server';
import { workspaceReader } from './workspace-reader';

// The field loop over two days (issue 19), in Chromium over `dispatch web`: day 1 planned, its
// outcomes come back by an officers' returns file and on the board, the follow-up rules propose
// the next visits, a dispatcher approves them, and day 2 is planned with them, the frequency rule
// keeping out the customer already visited twice this week, with its reason.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-field-loop-e2e-'));
const dbPath = path.join(workDir, 'workspace.sqlite');
const resultsDir = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'test-results');

let server: RunningWebServer;
let browser: Browser;
let page: Page;
let app: AppPage;
let board: BoardPage;
let problems: string[];
let day1: string;

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  server = await startWebServer(dbPath);
  browser = await launchChromium();
  ({ page, problems } = await openAppTab(browser, server.origin));
  app = new AppPage(page);
  board = new BoardPage(page);
  await page.goto(server.url);
  await app.button('Load demo day').click();
  await page.locator('.stop-block').first().waitFor();
  day1 = await page.getByLabel('Day', { exact: true }).inputValue();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const readWorkspace = workspaceReader(dbPath);
const statusOf = (visitId: string) => readWorkspace<{ status: string }>('SELECT status FROM visits WHERE id = ?', visitId)[0]?.status;
const customerOf = (visitId: string) =>
  readWorkspace<{ customer_id: string }>('SELECT customer_id FROM visits WHERE id = ?', visitId)[0].customer_id;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 200 });
const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });

describe('two days of the field loop', () => {
  // Three officers' first visits: A (nobody at home) and B (a promise) come back by file, E (nobody at home) on the board.
  let a: string;
  let b: string;
  let e: string;
  let paid: string;

  it('records day 1’s outcomes from an officers’ returns file and on the board', async () => {
    const rows = await board.rowsWithStops(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    [a, b, e] = rows.map((row) => visitOf(row.stops[0]));
    paid = visitOf(rows[1].stops[1]);

    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await app.button('Import…').click();
    await dialog.getByLabel('Outcomes (returns from the field)').check();
    const csv = [
      'visit_id,outcome,result,arrived_at,left_at,promise_amount,promise_date,remarks',
      `${a},failed,not_at_home,09:05,09:10,,,门铃无人应答`,
      `${b},done,promise_to_pay,,,1500,${addDays(day1, 2)},`,
      `${paid},done,paid,,,,,`,
    ].join('\r\n');
    await dialog
      .getByLabel('File (CSV, XLSX or TXT)')
      .setInputFiles({ name: 'returns.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Stored 3 new, 0 updated.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => [statusOf(a), statusOf(b), statusOf(paid)]).toEqual(['failed', 'done', 'done']);
    // A's reported times now stand in its officer's route.
    await poll(async () => (await board.readRow(rows[0].officerId)).stops[0]).toBe(`${a}@09:05`);

    // E's outcome, recorded on the board: nobody at home at nine.
    await board.block(e).click();
    await page.getByRole('button', { name: 'Record outcome…' }).click();
    const record = page.getByRole('dialog', { name: 'Record the outcome of 1 visit' });
    await record.getByLabel('failed').check();
    await record.getByLabel('Result').selectOption({ label: 'not at home' });
    await record.getByLabel('Arrived at').fill('09:00');
    await record.getByRole('button', { name: 'Record' }).click();
    await record.waitFor({ state: 'hidden' });
    await poll(() => statusOf(e)).toBe('failed');
  });

  it('has visited A’s customer earlier this week: that visit imported and planned on its own day', async () => {
    const earlier = addDays(day1, -3);
    const dialog = page.getByRole('dialog', { name: 'Import a file' });
    await app.button('Import…').click();
    await dialog.getByLabel('Visits', { exact: true }).check();
    const csv = [
      'visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes',
      `V-EARLIER-1,${earlier},collection,${customerOf(a)},测试客户,138 0000 0199,上海市黄浦区示例路 1 号,31.2304,121.4737,09:00-17:00,30,3,,APR-EARLIER-1,`,
    ].join('\r\n');
    await dialog
      .getByLabel('File (CSV, XLSX or TXT)')
      .setInputFiles({ name: 'earlier.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Stored 1 new, 0 updated.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => page.getByLabel('Day', { exact: true }).inputValue()).toBe(earlier);
    await app.button('Plan day').click();
    await poll(() => statusOf('V-EARLIER-1')).toBe('planned');
  });

  it('lists the follow-ups the rules proposed, and approves them', async () => {
    await nav('Follow-ups').click();
    const table = page.locator('.follow-ups-table');
    await table.waitFor();
    const rowOf = (visitId: string) => table.locator('tbody tr').filter({ hasText: visitId });
    await poll(() => rowOf(a).locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['not at home', 'Follow-up', `${addDays(day1, 2)} – ${addDays(day1, 5)}`, 'Awaiting approval']),
    );
    expect(await rowOf(e).locator('td').allTextContents()).toEqual(expect.arrayContaining(['not at home', '14:00-18:00']));
    expect(await rowOf(b).locator('td').allTextContents()).toEqual(expect.arrayContaining(['promise to pay', 'Collection']));
    await page.screenshot({ path: path.join(resultsDir, 'field-loop-follow-ups.png') });

    await page.getByRole('button', { name: 'Approve all proposed' }).click();
    await poll(() => readWorkspace<{ status: string }>("SELECT status FROM follow_ups WHERE status = 'approved'").length).toBe(3);
    const made = readWorkspace<{ id: string; date: string; from: string }>(
      'SELECT v.id, v.date, f.from_visit_id AS "from" FROM follow_ups f JOIN visits v ON v.id = f.visit_id ORDER BY f.id',
    );
    expect(made.map((v) => [v.from, v.date])).toEqual(
      expect.arrayContaining([
        [a, addDays(day1, 2)],
        [e, addDays(day1, 2)],
        [b, addDays(day1, 3)],
      ]),
    );
  });

  it('plans day 2 with the follow-ups; the customer visited twice this week is kept out, with the reason', async () => {
    const day2 = addDays(day1, 2);
    const followUpOf = (from: string) =>
      readWorkspace<{ visit_id: string }>('SELECT visit_id FROM follow_ups WHERE from_visit_id = ?', from)[0].visit_id;
    await nav('Board').click();
    await page.getByLabel('Day', { exact: true }).selectOption(day2);
    await app.button('Plan day').click();
    await poll(() => statusOf(followUpOf(e))).toBe('planned');

    const keptOut = page.locator(`li[data-visit-id="${followUpOf(a)}"]`);
    await keptOut.scrollIntoViewIfNeeded();
    await poll(() => keptOut.locator('.unassigned__message').textContent()).toMatch(
      /^2 visits in the last 7 days: limit reached until \d{4}-\d{2}-\d{2} \(visiting rules, version 1\)\.$/,
    );
    expect(await keptOut.locator('.reason-chip').allTextContents()).toEqual(['visited too recently']);
    await page.screenshot({ path: path.join(resultsDir, 'field-loop-day-2.png') });
    expect(problems).toEqual([]);
  });
});
