// Board benchmark: `npm run bench:board [-- --visits 5000 --officers 200 --drags 30 --seconds 5]`.
// Prepares a synthetic day on a temporary workspace with the real back end and plans it, serves it
// with `dispatch web` (its own process, as `npm run web`), opens the built board in headless Chromium
// and drags visits between officers' timeline rows with the real mouse. It prints the time from each
// drop until both routes show re-timed on screen, until every view (table, map, timeline) has
// settled, and until the edit's answer arrived; drags the visiting rules refuse (a stop pushed past
// midnight) are timed apart, to the refusal dialog. Figures, not assertions: run it on the target machine.
// BENCH_TRACE=1 also prints, per drop, every request the board made (start, first byte, end, bytes).
import { AppError } from '../shared/api/errors';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { Handlers } from '../shared/api/contract';
import { createEventHub } from '../electron/backend/events';
import { createHandlers } from '../electron/backend/handlers';
import { workspaceKeysFrom } from '../electron/backend/db/key-ring';
import { openOrCreateWorkspace } from '../electron/backend/db/workspace-file';
import { createWorkerRunPlanner } from '../electron/backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../electron/backend/solver-worker/worker-file';
import { isolateNetwork } from '../test/e2e/browser';
import { startWebServer } from '../test/e2e/web-server';
import { allowVisitsAllDay } from '../test/support/test-workspace';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '5000' },
    officers: { type: 'string', default: '200' },
    drags: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '5' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = path.join(root, 'dist', 'renderer');
if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:web` first.');

/**
 * Installed in the page before each drop (as source text: tsx would wrap functions passed to
 * `page.evaluate` in its own helpers, which do not exist in the page).
 */
const PROBE = `({ visitId, from, to }) => {
  const probe = { dropAt: 0, onScreenAt: 0, settledAt: 0 };
  window.benchProbe = probe;
  window.addEventListener('pointerup', () => { probe.dropAt = performance.now(); }, { capture: true, once: true });
  const rowStops = (officerId) => document.querySelector('.timeline-row[data-officer-id="' + officerId + '"]')?.getAttribute('data-stops') ?? '';
  const moved = () => !rowStops(from).includes(visitId + '@') && rowStops(to).includes(visitId + '@');
  const observer = new MutationObserver(() => {
    if (!moved()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      probe.onScreenAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { probe.settledAt = performance.now(); }));
    });
  });
  observer.observe(document.querySelector('.timeline'), { attributes: true, subtree: true, attributeFilter: ['data-stops'] });
}`;

const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-bench-board-'));
const dbPath = path.join(workDir, 'workspace.sqlite');
// The workspace is encrypted, as users' are; its key ring lives in this run's folder, for `dispatch web` too.
process.env.DISPATCH_USER_DATA = workDir;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

try {
  // The day is prepared here through the real handlers; the board is then served by `dispatch web`
  // in its own process, as `npm run web` does, so this process's browser driving does not slow it.
  const db = openOrCreateWorkspace(dbPath, { keys: workspaceKeysFrom(process.env) }).db;
  const handlers = createHandlers(db, { events: createEventHub(), runPlanner: createWorkerRunPlanner({ workerFile: sourceWorkerFile() }) });
  const started = performance.now();
  const day = await handlers['workspace.loadDemo']({ date: DATE, visits: Number(values.visits), officers: Number(values.officers) });
  const { changes: plan } = await handlers['plans.solve']({ date: DATE, seconds: Number(values.seconds), seed: 1 });
  console.log(
    `Day ${DATE}: ${day.visits} visits, ${day.officers} officers; planned ${plan.stats.assignedCount} visits into ` +
      `${plan.stats.officersUsed} routes (${plan.stats.unassignedCount} unassigned) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  // Every drag is checked against the visiting rules (hours, holds, certificates…); with visits
  // allowed all day, none of the benchmark's drags into the evening is refused.
  await allowVisitsAllDay(handlers);
  const handlerMs = await timeEditHandler(handlers, 10);
  db.close();

  const server = await startWebServer(dbPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await isolateNetwork(page, server.origin);
    const opened = performance.now();
    await page.goto(server.url);
    await page.locator('.stop-block').first().waitFor({ timeout: 120_000 });
    await settle(page);
    console.log(`Board open with ${day.visits} visits in ${Math.round(performance.now() - opened)} ms.`);

    const onScreen: number[] = [];
    const settled: number[] = [];
    const answered: number[] = [];
    const sent: number[] = [];
    const serverWait: number[] = [];
    const onWire: number[] = [];
    // A drag the visiting rules refuse (it pushes a stop past midnight) is answered with the
    // refusal dialog instead: timed apart, closed, and another pair of rows is tried.
    const refused: number[] = [];
    for (let round = 0; onScreen.length < Number(values.drags) && round < 3 * Number(values.drags); round++) {
      const figures = await dragOnce(page, round);
      if ('refusedMs' in figures) {
        refused.push(figures.refusedMs);
        continue;
      }
      onScreen.push(figures.onScreenMs);
      settled.push(figures.settledMs);
      answered.push(figures.answeredMs);
      sent.push(figures.sentMs);
      serverWait.push(figures.serverMs);
      onWire.push(figures.onWireMs);
    }
    console.log(`${onScreen.length} drags of one visit between two officers' rows (real mouse, Chromium ${browser.version()}):`);
    report('drop → both routes re-timed on screen', onScreen);
    report('drop → table, map and timeline settled', settled);
    report('drop → plans.edit request sent', sent);
    report('request sent → on the wire', onWire);
    report('request sent → first byte of the answer', serverWait);
    report('drop → plans.edit answer received', answered);
    report('plans.edit handler alone (in the back end)', handlerMs);
    if (refused.length > 0) report(`drop → refusal dialog shown (${refused.length} drags the visiting rules refused)`, refused);
  } finally {
    await server.stop();
  }
} finally {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
}

/**
 * The edit handler's own time on this day (moves between the first routes, then undone), in ms. A
 * move the visiting rules refuse changes nothing and is not timed: the next pair is tried.
 */
async function timeEditHandler(handlers: Handlers, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; times.length < count && i < count * 4; i++) {
    const view = (await handlers['plans.current']({ date: DATE }))!;
    const routes = view.plan.routes.filter((r) => r.stops.length >= 2);
    const from = routes[i % routes.length];
    const to = routes[(i + 1) % routes.length];
    const started = performance.now();
    try {
      await handlers['plans.edit']({
        date: DATE,
        basePlanId: view.plan.id,
        edit: { type: 'move', visitId: from.stops[1].visitId, toOfficerId: to.officerId, position: 1 },
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'forbidden') continue;
      throw error;
    }
    times.push(performance.now() - started);
    await handlers['plans.undo']({ date: DATE });
  }
  return times;
}

/** Drags the second visit of one row in sight onto the middle of another row's day; returns the timings. */
async function dragOnce(
  page: Page,
  round: number,
): Promise<
  { onScreenMs: number; settledMs: number; answeredMs: number; sentMs: number; serverMs: number; onWireMs: number } | { refusedMs: number }
> {
  const rows = (await page.evaluate(`[...document.querySelectorAll('.timeline-row')].filter((r) => {
    const box = r.closest('.timeline').getBoundingClientRect();
    const b = r.getBoundingClientRect();
    return b.top >= box.top + 24 && b.bottom <= box.bottom && (r.getAttribute('data-stops') ?? '').split(' ').filter(Boolean).length >= 2;
  }).map((r) => r.getAttribute('data-officer-id'))`)) as string[];
  if (rows.length < 2) throw new Error('Fewer than two officers with visits are in sight on the timeline.');
  // Different pairs of rows each round; the offset is never a whole turn, so `to` is never `from`.
  const fromIndex = round % rows.length;
  const from = rows[fromIndex];
  const to = rows[(fromIndex + 1 + (round % (rows.length - 1))) % rows.length];
  const stops = (await page.locator(`.timeline-row[data-officer-id="${from}"]`).getAttribute('data-stops'))!.split(' ');
  const visitId = stops[1].split('@')[0];
  const block = (await page.locator(`.stop-block[data-visit-id="${visitId}"]`).boundingBox())!;
  const track = (await page.locator(`.timeline-row[data-officer-id="${to}"] .timeline-row__track`).boundingBox())!;
  const timeline = (await page.locator('.timeline').boundingBox())!;

  // Timings are taken inside the page: from the pointerup of the drop to the first frame in which
  // both rows show the new routes, then to the frame after all effects (map canvas included) ran.
  await page.evaluate(`(${PROBE})(${JSON.stringify({ visitId, from, to })})`);

  const x = Math.min(track.x + track.width * 0.5, timeline.x + timeline.width - 24);
  await page.mouse.move(block.x + block.width / 2, block.y + block.height / 2);
  await page.mouse.down();
  await page.mouse.move(block.x + block.width / 2 + 12, block.y + 12, { steps: 3 });
  await page.mouse.move(x, track.y + track.height / 2, { steps: 8 });
  await page.mouse.up();
  // Polled from here: waitForFunction would evaluate text in the page, which its CSP forbids.
  let probe = { dropAt: 0, onScreenAt: 0, settledAt: 0 };
  for (const deadline = Date.now() + 30_000; probe.settledAt === 0; await page.waitForTimeout(50)) {
    if (Date.now() > deadline) {
      const said = await page.locator('[role="alert"]').allTextContents();
      throw new Error(`Moving ${visitId} from ${from} to ${to} did not show on the board within 30 s. ${said.join(' ')}`);
    }
    const refusal = page.getByRole('dialog', { name: /^This move breaks \d+ visiting rules?$/ });
    if (await refusal.isVisible()) {
      // Found by the 50 ms poll: an upper bound.
      const refusedMs = (await page.evaluate('performance.now() - window.benchProbe.dropAt')) as number;
      await refusal.getByRole('button', { name: 'Keep the plan as it was' }).click();
      await refusal.waitFor({ state: 'hidden' });
      return { refusedMs };
    }
    probe = (await page.evaluate('window.benchProbe')) as typeof probe;
  }
  await settle(page);
  if (process.env.BENCH_TRACE) {
    console.log(
      await page.evaluate(
        `JSON.stringify(performance.getEntriesByType('resource').filter((e) => e.startTime >= ${probe.dropAt - 5}).map((e) => [e.name.split('/').pop(), Math.round(e.startTime - ${probe.dropAt}), Math.round(e.responseStart - ${probe.dropAt}), Math.round(e.responseEnd - ${probe.dropAt}), e.transferSize]))`,
      ),
    );
  }
  const request = (await page.evaluate(
    `(() => { const e = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/plans.edit')).pop(); return { sent: e.startTime, onWire: e.requestStart, responded: e.responseStart, answered: e.responseEnd }; })()`,
  )) as { sent: number; onWire: number; responded: number; answered: number };
  return {
    onScreenMs: probe.onScreenAt - probe.dropAt,
    settledMs: probe.settledAt - probe.dropAt,
    answeredMs: request.answered - probe.dropAt,
    sentMs: request.sent - probe.dropAt,
    serverMs: request.responded - request.sent,
    // The browser puts a fetch on the wire from a task of its own: work drawn first delays it.
    onWireMs: request.onWire - request.sent,
  };
}

/** Lets the page finish pending work (refreshes after a plan is saved) before the next drag. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
}

function report(what: string, samples: number[]): void {
  if (samples.length === 0) return;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(
    `  ${what.padEnd(44)} n=${sorted.length}  median ${at(0.5).toFixed(0)} ms  p95 ${at(0.95).toFixed(0)} ms  max ${sorted[sorted.length - 1].toFixed(0)} ms`,
  );
}
