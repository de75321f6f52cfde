import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupWorkspace, restoreWorkspace } from '../../electron/backend/db/backup';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers } from '../../electron/backend/handlers';
import { buildCrashWriter, inspectWorkspace, runWrite } from '../support/crash-harness';
import { importDemoDay, TEST_DAY } from '../support/test-workspace';
import { openWorkspaceFile, testKeys } from '../support/workspace-keys';

// A backup taken while another process is in the middle of saving a plan (held inside its save
// transaction) is one consistent state of the workspace, and it restores (issue 21).
const DATE = TEST_DAY;
let dir: string;
let writer: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-backup-save-'));
  writer = await buildCrashWriter();
  const db = openWorkspaceFile(path.join(dir, 'day.sqlite'));
  const handlers = createHandlers(db, { events: createEventHub(), actor: 'cli' });
  await importDemoDay(handlers, { visits: 200, officers: 12, seed: 9 });
  await handlers['rules.current']({});
  db.close();
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (writer) fs.rmSync(writer, { force: true });
});

it('restores a backup taken during a running plan save to a consistent workspace', async () => {
  const file = path.join(dir, 'day.sqlite');
  const before = inspectWorkspace(file).state;
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  // The plan save stops for 2 s inside its transaction, after its first route is written.
  const saving = runWrite(writer, 'plan', file, dir, DATE, null, { DISPATCH_HOLD_AT: 'plan.route:1:2000' }, (text) => {
    if (text.includes('held plan.route')) held();
  });
  await holding;
  const db = openWorkspaceFile(file);
  const backup = path.join(dir, 'during-save.sqlite');
  let savedAt = 0;
  void saving.then(() => (savedAt = performance.now()));
  const backupStartedAt = performance.now();
  backupWorkspace(db, backup, { actor: 'cli', clock: () => new Date() });
  db.close();
  const save = await saving;
  // The backup began while the save was still held in its transaction.
  expect(savedAt).toBeGreaterThan(backupStartedAt);
  expect(save.code, save.stderr).toBe(0);
  const after = inspectWorkspace(file).state;
  expect(after.plans).toBe(Number(before.plans) + 1);

  // The backup holds the save wholly or not at all (here: wholly, as the backup's own audit entry
  // waited for the save's transaction), and restores to a workspace that checks out.
  const restored = path.join(dir, 'restored.sqlite');
  restoreWorkspace(restored, backup, { actor: 'cli', clock: () => new Date() }, testKeys());
  const seen = inspectWorkspace(restored);
  expect(seen.integrity).toBe('ok');
  expect(seen.chainIntact).toBe(true);
  const withoutAudit = (state: Record<string, unknown>) => ({ ...state, audit_log: 0 });
  expect([withoutAudit(before), withoutAudit(after)]).toContainEqual(withoutAudit(seen.state));
  expect(seen.state.plan_stops).toBe(after.plan_stops);
}, 60_000);
