import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawWorkspace } from '../support/workspace-keys';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER_COLUMNS } from '../../shared/demo/columns';
import { toCsv } from '../../shared/demo/csv';
import { generateDemoDay } from '../../shared/demo/generate';
import { DEMO_DEFAULTS } from '../../electron/backend/services/demo-service';
import { launchChromium, openAppTab } from './browser';
import { AppPage } from './pages/app-page';
import { BoardPage, visitOf, type RowReading } from './pages/board-page';
import { VisitTablePage } from './pages/visit-table-page';
import { startWebServer, type RunningWebServer } from './web-server';

// A board you can trust, tried as a dispatcher would in Chromium over `dispatch web`: the plan
// follows an officers file that takes one officer off duty and cuts another's shift, exports wait
// until it is repaired, and cancelling, re-planning and their Undo keep the plan and the visits together.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-trust-e2e-'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = path.join(root, 'test-results');

let server: RunningWebServer;
let browser: Browser;
let page: Page;
let app: AppPage;
let board: BoardPage;
let day: string;
let problems: string[];

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  server = await startWebServer(path.join(workDir, 'workspace.sqlite'));
  browser = await launchChromium();
  ({ page, problems } = await openAppTab(browser, server.origin, { acceptDownloads: true }));
  app = new AppPage(page);
  board = new BoardPage(page);
  await page.goto(server.url);
  await app.button('Load demo day').click();
  await page.locator('.stop-block').first().waitFor();
  day = await page.getByLabel('Day', { exact: true }).inputValue();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

/** Polls for up to 30 s: the real planner and a loaded machine can take their time. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });
const attention = () => page.getByRole('region', { name: /^The plan needs attention: \d+ problems?$/ });
const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clock = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/** Imports an officers file through the import dialog, as a dispatcher picks it. */
async function importOfficers(csv: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import a file' });
  await app.button('Import…').click();
  await dialog.getByRole('radio', { name: 'Officers', exact: true }).check();
  await dialog
    .getByLabel('File (CSV, XLSX or TXT)')
    .setInputFiles({ name: 'officers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog
    .getByRole('status')
    .filter({ hasText: /Stored 0 new, \d+ updated\./ })
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The details of the workspace's audit entries of one action, read from its file as an auditor would. */
function auditOf(action: string): unknown[] {
  const db = rawWorkspace(path.join(workDir, 'workspace.sqlite'));
  try {
    const rows = db.prepare('SELECT detail_json FROM audit_log WHERE action = ? ORDER BY id').pluck().all(action) as string[];
    return rows.map((json) => JSON.parse(json) as unknown);
  } finally {
    db.close();
  }
}

async function everyRow(): Promise<RowReading[]> {
  const ids = await page.locator('.timeline-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-officer-id') ?? ''));
  return Promise.all(ids.map((id) => board.readRow(id)));
}

describe('a board you can trust, in Chromium over HTTP', () => {
  it('flags both routes when an officers file takes one officer off duty and cuts another shift, and refuses the export until repaired', async () => {
    const [offDuty, cut] = await board.rowsWithStops(2);
    expect(offDuty && cut).toBeTruthy();
    // The roster as the demo wrote it, with the two changes an office would make in its file.
    const roster = generateDemoDay({ date: day, ...DEMO_DEFAULTS }).officers;
    const shiftEnd = clock(minutes(cut.finish) - 60);
    const rows = roster
      .filter((o) => o.officer_id === offDuty.officerId || o.officer_id === cut.officerId)
      .map((o) => ({
        ...o,
        active: o.officer_id === offDuty.officerId ? 'no' : 'yes',
        shift_end: o.officer_id === cut.officerId ? shiftEnd : o.shift_end,
      }));
    await importOfficers(toCsv(rows, [...OFFICER_COLUMNS, 'active']));

    await attention().waitFor();
    const names = Object.fromEntries(rows.map((o) => [o.officer_id, o.name]));
    const flagged = await attention().getByRole('listitem').allTextContents();
    expect(flagged.some((text) => text.startsWith(names[offDuty.officerId]) && /not on duty/.test(text))).toBe(true);
    expect(flagged.some((text) => text.startsWith(names[cut.officerId]) && text.includes(shiftEnd))).toBe(true);
    await poll(() => board.row(offDuty.officerId).getAttribute('class')).toMatch(/has-violation/);
    expect(await board.row(cut.officerId).getAttribute('class')).toMatch(/has-violation/);
    expect(await page.locator('.day-plan-status').textContent()).toBe('Plan: Needs attention');

    // The export is refused with the problems listed; going back exports nothing.
    await app.exportDay('csv', 'supervisor');
    const refusal = page.getByRole('dialog', { name: new RegExp(`^The plan for ${day} has \\d+ open problems?$`) });
    await refusal.waitFor();
    expect((await refusal.getByRole('listitem').allTextContents()).join(' ')).toContain(names[offDuty.officerId]);
    await refusal.getByRole('button', { name: 'Back to the plan' }).click();
    await refusal.waitFor({ state: 'hidden' });

    // Repair: re-optimise; the off-duty officer loses the visits, the cut shift ends in time.
    await attention().getByRole('button', { name: 'Repair: re-optimise' }).click();
    await poll(() => attention().count()).toBe(0);
    // The off-duty officer has no route left (an officer without one may show no row at all).
    if ((await board.row(offDuty.officerId).count()) > 0) expect((await board.readRow(offDuty.officerId)).stops).toEqual([]);
    expect(minutes((await board.readRow(cut.officerId)).finish)).toBeLessThanOrEqual(minutes(shiftEnd));
    expect(await page.locator('.day-plan-status').textContent()).toBe('Plan: Ready');

    const download = page.waitForEvent('download');
    await app.exportDay('csv', 'supervisor');
    await download;
    await board.expectNotice(/^Downloaded \d+ files?\.$/);
  });

  it('lets a supervisor export a plan with open problems anyway, naming who and why', async () => {
    const [route] = await board.rowsWithStops(2);
    const roster = generateDemoDay({ date: day, ...DEMO_DEFAULTS }).officers.filter((o) => o.officer_id === route.officerId);
    await importOfficers(toCsv([{ ...roster[0], active: 'no' }], [...OFFICER_COLUMNS, 'active']));
    await attention().waitFor();
    await app.exportDay('json');
    const refusal = page.getByRole('dialog', { name: /open problems?$/ });
    await refusal.waitFor();
    // Nobody is signed in: the problems, and who may decide, but no way to export anyway.
    await refusal.getByText('Only a supervisor may decide this. Ask a supervisor to sign in, or change the plan.').waitFor();
    expect(await refusal.getByRole('button', { name: 'Export anyway' }).count()).toBe(0);
    await refusal.getByRole('button', { name: 'Back to the plan' }).click();
    await refusal.waitFor({ state: 'hidden' });
    // The supervisor signs in (their profile is the workspace's first) and exports anyway, with a reason.
    await page.locator('.user-menu').click();
    const users = page.getByRole('dialog', { name: 'User profiles' });
    await users.getByLabel('User ID').fill('zhou');
    await users.getByLabel('Name').fill('Supervisor Zhou');
    await users.getByRole('button', { name: 'Create and sign in' }).click();
    await users
      .getByText(/^Signed in as Supervisor Zhou/)
      .first()
      .waitFor();
    await users.getByRole('button', { name: 'Close' }).click();
    await users.waitFor({ state: 'hidden' });
    await app.exportDay('json');
    await refusal.waitFor();
    const confirm = refusal.getByRole('button', { name: 'Export anyway' });
    expect(await confirm.isDisabled()).toBe(true);
    await refusal.getByLabel('Reason (goes to the audit trail with your name)').fill('The officer returns at noon');
    await confirm.click();
    await refusal.waitFor({ state: 'hidden' });
    // The browser may hold back a second burst of downloads: the audit log shows the export went out.
    await poll(() => auditOf('export.anyway')).toEqual([
      expect.objectContaining({ supervisor: 'zhou', reason: 'The officer returns at noon', date: day }),
    ]);
    await board.expectNotice(/^Downloaded \d+ files?\.$/);
    // Back on duty for the rest of the day's steps.
    await importOfficers(toCsv([{ ...roster[0], active: 'yes' }], [...OFFICER_COLUMNS, 'active']));
    await poll(() => attention().count()).toBe(0);
  });

  it('takes a cancelled visit out of its route, and Undo brings it back in its place', async () => {
    const [route] = await board.rowsWithStops(2);
    const visitId = visitOf(route.stops[1]);
    await board.block(visitId).click();
    await page.getByRole('group', { name: 'Selected visits' }).getByRole('button', { name: 'Cancel visits' }).click();
    await board.expectNotice('Cancelled 1 visit and took it out of the plan. Undo (Ctrl+Z) brings it back.');
    await poll(async () => (await board.readRow(route.officerId)).stops.map(visitOf)).not.toContain(visitId);
    await page.keyboard.press('Control+z');
    await poll(async () => (await board.readRow(route.officerId)).stops.map(visitOf)).toEqual(route.stops.map(visitOf));
  });

  it('keeps the plan a re-plan replaced one Undo away', async () => {
    const before = await everyRow();
    await app.button('Plan day').click();
    await board.expectNotice(/^Plan ready: \d+ of \d+ visits assigned/, 60_000);
    await page.keyboard.press('Control+z');
    await poll(() => everyRow()).toEqual(before);
  });

  it('fills the visits table on every mouse-wheel turn on a 5,000-visit day', async () => {
    const response = await fetch(`${server.origin}/api/workspace.loadDemo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': new URL(server.url).hash.replace('#token=', '') },
      body: JSON.stringify({ date: '2031-05-06', visits: 5_000, officers: 150 }),
    });
    expect(response.ok).toBe(true);
    await page.reload();
    await page.getByLabel('Day', { exact: true }).selectOption('2031-05-06');
    await poll(() => app.headerCount('Visits')).toBe(5_000);
    const table = new VisitTablePage(page);
    await table.grid.waitFor();
    let last = await table.sight();
    for (let turn = 0; turn < 6; turn++) {
      await table.wheel(1_200);
      const sight = await table.sight();
      // Every turn shows rows further down, filled from top to bottom with their cells.
      expect(sight.scrollTop).toBeGreaterThan(last.scrollTop);
      expect(sight.isFilled).toBe(true);
      expect(sight.rows.every((r) => r.idCell !== '' && r.nameCell !== '')).toBe(true);
      expect(sight.rows[0].rowIndex).toBeGreaterThan(last.rows[last.rows.length - 1].rowIndex);
      last = sight;
    }
  });

  it('ran without console errors', async () => {
    await page.screenshot({ path: path.join(resultsDir, 'trust.png') });
    expect(problems).toEqual([]);
  });
});
