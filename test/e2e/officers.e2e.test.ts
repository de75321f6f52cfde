import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import type { Officer } from '../../shared/domain';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers } from '../../electron/backend/handlers';
import { startHttpServer, type RunningHttpServer } from '../../electron/backend/http-server';
import { isolateNetwork, launchChromium } from './browser';
import { OfficersPage } from './pages/officers-page';

// The real back end on a fresh workspace with a small planned demo day, served as `npm run web` serves it.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-officers-e2e-'));
const db = openWorkspaceFile(path.join(workDir, 'workspace.sqlite'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = path.join(root, 'dist', 'renderer');
const resultsDir = path.join(root, 'test-results');

let handlers: Handlers;
let server: RunningHttpServer;
let browser: Browser;
let page: Page;
let officers: OfficersPage;
/** An officer with visits in the demo day's plan. */
let routed: Officer;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:web` first.');
  mkdirSync(resultsDir, { recursive: true });
  const events = createEventHub();
  handlers = createHandlers(db, { events, demoPlanSeconds: 1 });
  const { date } = await handlers['workspace.loadDemo']({ visits: 30, officers: 4, seed: 3 });
  const view = await handlers['plans.current']({ date });
  const route = view!.plan.routes.find((r) => r.stops.length > 0)!;
  routed = (await handlers['officers.list']({})).find((o) => o.id === route.officerId)!;
  expect(view!.plan.violations.filter((v) => v.officerId === routed.id)).toEqual([]);

  server = await startHttpServer({ handlers, events, staticDir });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await isolateNetwork(page, `http://127.0.0.1:${server.port}`);
  officers = new OfficersPage(page);
  await page.goto(server.url);
  await page.locator('.stop-block').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the officers screen in Chromium over HTTP', () => {
  it('deactivates a routed officer, and the board flags that officer’s route', async () => {
    await officers.tab.click();
    await officers.table.waitFor();
    await officers.row(routed.id).click();
    await page.getByRole('heading', { name: `Edit ${routed.name}` }).waitFor();
    await officers.field('Active').uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => officers.status.textContent())
      .toMatch(new RegExp(`^Saved ${routed.name}: active changed\\. 1 planned day now needs attention: \\d{4}-\\d{2}-\\d{2}\\.`));
    expect(await officers.row(routed.id).textContent()).toContain('Inactive');
    await page.screenshot({ path: path.join(resultsDir, 'officers-screen.png') });

    // Back to the board by keyboard: the plan's problems name the officer.
    await page.keyboard.press('Alt+O');
    const flagged = page.locator('section.violations li[data-rule="shift"]', { hasText: routed.name });
    await flagged.first().waitFor();
    expect(await page.locator('section.violations h2').textContent()).toMatch(/\d/);
    await page.screenshot({ path: path.join(resultsDir, 'officers-board-flagged.png') });
  });

  it('is worked by keyboard alone in Chinese: choose, edit, save with Enter, undo with Ctrl+Z', async () => {
    await page.keyboard.press('Alt+L');
    await page.keyboard.press('Alt+O');
    await page.getByRole('grid', { name: /^名单上的外访员/ }).waitFor();
    await officers.row(routed.id).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('form.officer-form');
    const isFocused = (label: string) => form.getByLabel(label, { exact: true }).evaluate((el) => el === document.activeElement);
    await expect.poll(() => isFocused('团队')).toBe(true);
    // Team → Skills → Shift start → Shift end.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await isFocused('下班时间')).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('25:00');
    await page.keyboard.press('Enter');
    const alert = page.locator('.officers-screen [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain(`外访员 ${routed.name} (${routed.id}) 的修改未保存`);
    expect(await alert.textContent()).toContain('下班时间“25:00”不是类似 09:00 的时间。');

    await page.keyboard.press('Control+a');
    await page.keyboard.type('20:00');
    await page.keyboard.press('Enter');
    await expect.poll(() => officers.status.textContent()).toMatch(new RegExp(`^已保存 ${routed.name}：修改了下班时间。`));
    // The form shows what is stored and keeps the focus where it was; Esc goes back to the row, where Ctrl+Z undoes.
    expect(await isFocused('下班时间')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await officers.row(routed.id).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => officers.status.textContent()).toMatch(new RegExp(`^已撤销对 ${routed.name} 的修改：下班时间已恢复原样。`));
    expect((await handlers['officers.list']({})).find((o) => o.id === routed.id)?.shiftEndSec).toBe(routed.shiftEndSec);
    expect(problems).toEqual([]);
  });
});
