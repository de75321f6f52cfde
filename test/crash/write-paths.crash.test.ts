import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers } from '../../electron/backend/handlers';
import { demoFiles } from '../../electron/backend/services/demo-service';
import { importDemoDay, TEST_DAY } from '../support/test-workspace';
import {
  buildCrashWriter,
  crashCampaign,
  type CampaignResult,
  type CrashAt,
  type CrashWrite,
  inspectWorkspace,
  type WorkspaceState,
} from '../support/crash-harness';

// Every write path killed (SIGKILL) at many moments, by time and at crash points inside its
// transaction: after each kill the workspace is intact, its audit chain verifies, and the write is
// wholly there or wholly absent (issue 21). `npm run test:crash`; not part of the unit suite.
// The demo day the writes work on: its files are in `dir` too, for the child's import.
const DATE = TEST_DAY;
const DAY = { visits: 300, officers: 20, seed: 7 };
const TIMED = 25;

let dir: string;
let writer: string;
const bases = {} as Record<CrashWrite, string>;
const results: { write: CrashWrite; result: CampaignResult }[] = [];
let started: number;

/** A workspace at `file` after `fill` ran on it through the real back end, closed. */
async function workspace(
  file: string,
  from: string | null,
  fill: (handlers: ReturnType<typeof createHandlers>) => Promise<void>,
  plain = false,
): Promise<string> {
  if (from) fs.copyFileSync(from, file);
  const db = openWorkspaceFile(file, { plain });
  await fill(createHandlers(db, { events: createEventHub(), actor: 'cli' }));
  db.close();
  return file;
}

beforeAll(async () => {
  started = performance.now();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-crash-'));
  writer = await buildCrashWriter();
  const files = demoFiles({ date: DATE, ...DAY });
  fs.writeFileSync(path.join(dir, 'visits.csv'), files.visitsCsv);
  fs.writeFileSync(path.join(dir, 'officers.csv'), files.officersCsv);

  // Before the import: a new workspace. Before planning: the day imported. Before the edit and the
  // returns: the day planned.
  bases.import = await workspace(path.join(dir, 'empty.sqlite'), null, async () => undefined);
  bases.plan = await workspace(path.join(dir, 'imported.sqlite'), bases.import, async (handlers) => {
    await importDemoDay(handlers, DAY);
    // The default visiting rules are stored the first time they are read: before planning, not by it.
    await handlers['rules.current']({});
  });
  let routed: string[] = [];
  bases.edit = await workspace(path.join(dir, 'planned.sqlite'), bases.plan, async (handlers) => {
    const { changes } = await handlers['plans.solve']({ date: DATE, seconds: 0, seed: 1 });
    routed = changes.routes.flatMap((r) => r.stops.map((s) => s.visitId));
  });
  bases.outcomes = bases.edit;
  bases.backup = bases.edit;
  // An unencrypted workspace from before encryption, with a day imported, to encrypt.
  bases.encrypt = await workspace(path.join(dir, 'plain.sqlite'), null, (handlers) => importDemoDay(handlers, DAY), true);
  expect(routed.length).toBeGreaterThan(50);
  // The field's returns for every routed visit.
  const rows = routed.map((id, i) => `${id},${i % 3 === 0 ? 'failed,not_at_home' : 'done,address_confirmed'},09:00,09:30,,,回访备注 ${i}`);
  fs.writeFileSync(
    path.join(dir, 'returns.csv'),
    ['visit_id,outcome,result,arrived_at,left_at,promise_amount,promise_date,remarks', ...rows].join('\n'),
  );
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (writer) fs.rmSync(writer, { force: true });
  const kills = results.reduce((n, r) => n + r.result.kills, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = results.map(
    ({ write, result: r }) =>
      `  ${write}: ${r.kills} kills (${r.outcomes.absent} absent, ${r.outcomes.whole} whole, ${r.outcomes.step} between, ${r.outcomes.half} half); one whole run ${Math.round(r.wholeMs)} ms`,
  );
  console.log(`crash tests: ${kills} kills in ${seconds} s\n${lines.join('\n')}`);
});

// Crash points inside each write's transaction: rows, the batch record, plan routes, the audit link.
const cases: {
  write: CrashWrite;
  points: CrashAt[];
  between?: (before: WorkspaceState, after: WorkspaceState) => WorkspaceState[];
  check?: (copy: string) => string | null;
}[] = [
  {
    write: 'import',
    points: [1, 2, 20, 21, 100, 200, 320]
      .map((nth) => ({ point: 'rows.upsert', nth }))
      .concat([
        { point: 'import.rows', nth: 1 },
        { point: 'import.rows', nth: 2 },
        { point: 'audit.link', nth: 1 },
        { point: 'audit.link', nth: 2 },
      ]),
  },
  {
    write: 'plan',
    points: [1, 2, 5, 10]
      .map((nth) => ({ point: 'plan.route', nth }))
      .concat([
        { point: 'plan.saved', nth: 1 },
        { point: 'audit.link', nth: 1 },
      ]),
  },
  {
    write: 'edit',
    points: [
      { point: 'plan.edited', nth: 1 },
      { point: 'audit.link', nth: 1 },
    ],
  },
  {
    write: 'outcomes',
    points: [
      { point: 'outcomes.saved', nth: 1 },
      { point: 'import.rows', nth: 1 },
      { point: 'audit.link', nth: 1 },
      { point: 'audit.link', nth: 2 },
      // The re-timed plan version the reported times call for: a transaction after the import's.
      { point: 'plan.route', nth: 1, leaves: 'step' },
      { point: 'audit.link', nth: 3 },
      { point: 'audit.link', nth: 4, leaves: 'step' },
    ],
    // The returns are stored whole in one transaction; the day re-timed from them is a second one
    // (a kill between them leaves it to the day's next change, which re-times from the returns).
    between: (before, after) => [
      {
        ...after,
        plans: before.plans,
        plan_routes: before.plan_routes,
        plan_stops: before.plan_stops,
        audit_log: Number(after.audit_log) - 1,
      },
    ],
  },
  {
    // The backup's audit entry is one transaction in the workspace; the backup file is written
    // under another name and renamed, so beside the workspace there is a whole backup or none.
    write: 'backup',
    points: [
      { point: 'audit.link', nth: 1 },
      { point: 'backup.written', nth: 1, leaves: 'whole' },
    ],
    check: (copy) => {
      const backup = `${copy}.backup`;
      if (!fs.existsSync(backup)) return null;
      const seen = inspectWorkspace(backup);
      return seen.integrity === 'ok' && seen.chainIntact && seen.state.visits === inspectWorkspace(bases.backup).state.visits
        ? null
        : `backup not whole: ${seen.integrity}, chain ${seen.chainIntact}`;
    },
  },
  {
    // Made and checked beside the workspace, then renamed over it: plain as it was, or encrypted.
    write: 'encrypt',
    points: [
      { point: 'encrypt.copied', nth: 1 },
      { point: 'encrypt.rekeyed', nth: 1 },
      { point: 'audit.link', nth: 1 },
      { point: 'encrypt.checked', nth: 1 },
      { point: 'encrypt.renamed', nth: 1, leaves: 'whole' },
    ],
  },
];

describe('a write killed at any moment', () => {
  for (const [i, { write, points, between, check }] of cases.entries()) {
    it(`${write}: intact, audit chain verifies, wholly there or wholly absent after each kill`, async () => {
      const result = await crashCampaign({
        writer,
        write,
        base: bases[write],
        dir,
        date: DATE,
        points,
        timed: TIMED,
        seed: 21 + i,
        between,
        check,
      });
      results.push({ write, result });
      expect(result.damaged).toEqual([]);
      expect(result.halves).toEqual([]);
      // Every crash point killed inside a transaction: what it wrote must be absent each time.
      expect(result.misplaced).toEqual([]);
      expect(result.kills).toBeGreaterThanOrEqual(points.length + TIMED / 2);
    }, 300_000);
  }

  it('kills at least 100 times in all', () => {
    expect(results.reduce((n, r) => n + r.result.kills, 0)).toBeGreaterThanOrEqual(100);
  });
});
