import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppTab } from './browser';
import { AppPage } from './pages/app-page';
import { BoardPage, visitOf } from './pages/board-page';
import { startWebServer, type RunningWebServer } from './web-server';
import { workspaceReader } from './workspace-reader';

// Lawful visits (issue 18), as a dispatcher and a supervisor meet them in Chromium over `dispatch
// web`: profiles are made in the app, a hold is placed on the holds screen, the dispatcher's drag
// that breaks it is refused in plain words, and the supervisor's same drag goes through with a reason.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-lawful-e2e-'));
const dbPath = path.join(workDir, 'workspace.sqlite');

let server: RunningWebServer;
let browser: Browser;
let page: Page;
let app: AppPage;
let board: BoardPage;
let problems: string[];

beforeAll(async () => {
  server = await startWebServer(dbPath);
  browser = await launchChromium();
  ({ page, problems } = await openAppTab(browser, server.origin));
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

const readWorkspace = workspaceReader(dbPath);

const userDialog = () => page.getByRole('dialog', { name: 'User profiles' });
const overrideDialog = () => page.getByRole('dialog', { name: /^This move breaks \d+ visiting rules?$/ });

async function openUsers(): Promise<void> {
  await page.locator('.user-menu').click();
  await userDialog().waitFor();
}

async function signInAs(label: RegExp): Promise<void> {
  await openUsers();
  await userDialog().getByRole('button', { name: label }).click();
  await userDialog()
    .getByText(/^Signed in as /)
    .first()
    .waitFor();
  await userDialog().getByRole('button', { name: 'Close' }).click();
  await userDialog().waitFor({ state: 'hidden' });
}

describe('lawful visits on the board', () => {
  it('makes the first profile a supervisor, who adds a dispatcher', async () => {
    await expect.poll(() => page.locator('.user-menu').textContent()).toBe('Not signed in');
    await openUsers();
    const dialog = userDialog();
    await dialog.getByLabel('User ID').fill('zhou');
    await dialog.getByLabel('Name').fill('Zhou Min');
    await dialog.getByRole('button', { name: 'Create and sign in' }).click();
    await dialog.getByRole('heading', { name: 'Add a profile' }).waitFor();
    const add = dialog.getByRole('form', { name: 'Add a profile' });
    await add.getByLabel('User ID').fill('li');
    await add.getByLabel('Name').fill('Li Na');
    await add.getByLabel('Role').selectOption('dispatcher');
    await add.getByRole('button', { name: 'Add profile' }).click();
    await dialog.getByText('Added Li Na (li) as dispatcher.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.user-menu').textContent()).toBe('Zhou Min · supervisor');
    expect(readWorkspace('SELECT id, role FROM users ORDER BY id')).toEqual([
      { id: 'li', role: 'dispatcher' },
      { id: 'zhou', role: 'supervisor' },
    ]);
  });

  it('refuses a dispatcher’s drag that breaks a hold, and accepts the supervisor’s with a reason, shown and recorded', async () => {
    // A routed visit whose customer is then put under a dispute hold, on the holds screen.
    const [from, to] = await board.rowsWithStops(1);
    const moving = visitOf(from.stops[0]);
    const [{ customer_id: customerId }] = readWorkspace<{ customer_id: string }>('SELECT customer_id FROM visits WHERE id = ?', moving);
    await signInAs(/^Li Na \(li\)/);
    await page.keyboard.press('Alt+H');
    await page.getByLabel('Customer ID', { exact: true }).fill(customerId);
    await page.getByLabel('Kind', { exact: true }).selectOption('dispute');
    await page.getByRole('button', { name: 'Place the hold' }).click();
    await page.getByText(new RegExp(`^Hold \\d+ placed on customer ${customerId}`)).waitFor();
    await page.keyboard.press('Alt+H');
    await board.block(moving).waitFor();

    // The dispatcher's drag onto another officer is refused in plain words; the plan stays.
    await board.drag(await board.centre(board.block(moving)), board.track(to.officerId), 0.5);
    const refused = overrideDialog();
    await refused.waitFor();
    await refused.getByText(/under a hold \(a dispute/).waitFor();
    await refused.getByText('Only a supervisor may decide this. Ask a supervisor to sign in, or change the plan.').waitFor();
    expect(await refused.getByRole('button', { name: 'Accept the move with this reason' }).count()).toBe(0);
    await refused.getByRole('button', { name: 'Keep the plan as it was' }).click();
    await refused.waitFor({ state: 'hidden' });
    expect((await board.readRow(from.officerId)).stops.map(visitOf)).toContain(moving);
    expect(await page.locator('.overrides').count()).toBe(0);

    // The supervisor's same drag asks why, then goes through.
    await signInAs(/^Zhou Min \(zhou\)/);
    await board.drag(await board.centre(board.block(moving)), board.track(to.officerId), 0.5);
    const asked = overrideDialog();
    await asked.waitFor();
    const accept = asked.getByRole('button', { name: 'Accept the move with this reason' });
    expect(await accept.isDisabled()).toBe(true);
    await asked.getByLabel('Reason (goes to the audit trail with your name)').fill('Customer asked for this officer by phone');
    await accept.click();
    await asked.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await board.readRow(to.officerId)).stops.map(visitOf), { timeout: 30_000 }).toContain(moving);
    const shown = page.getByRole('region', { name: /^1 rule broken with a supervisor’s override$/ });
    await shown.getByText(/accepted by zhou at .*: Customer asked for this officer by phone/).waitFor();

    const [entry] = readWorkspace<{ actor: string; detail_json: string }>(
      "SELECT actor, detail_json FROM audit_log WHERE action = 'plan.override' ORDER BY id DESC LIMIT 1",
    );
    expect(entry.actor).toBe('zhou');
    expect(JSON.parse(entry.detail_json).overrides).toEqual([
      expect.objectContaining({ visitId: moving, officerId: to.officerId, rule: 'customer_hold', by: 'zhou' }),
    ]);
    expect(problems).toEqual([]);
  });
});
