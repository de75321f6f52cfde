import fs from 'node:fs';
import path from 'node:path';
import type { ImportKind } from '../../shared/api/import-report';
import { openWorkspaceFile, testKeys } from './workspace-keys';
import { backupWorkspace } from '../../electron/backend/db/backup';
import { encryptWorkspace } from '../../electron/backend/db/encrypt-workspace';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers } from '../../electron/backend/handlers';

/**
 * The child process of the crash tests (see crash-harness.ts): one write through the real back end,
 * as the command line makes it, on the workspace `db`, with its input files in `dir`. The harness
 * kills it (by time, or at a `crashPoint` named in DISPATCH_CRASH_AT) before it can end.
 *
 *   crash-writer import|plan|edit|outcomes|backup|encrypt DB DIR DATE
 *
 * A backup goes to `<DB>.backup`; encryption turns the plain workspace DB into an encrypted one.
 */
async function main([write, db, dir, date]: string[]): Promise<void> {
  const by = { actor: 'cli', clock: () => new Date() };
  if (write === 'encrypt') return void encryptWorkspace(db, testKeys(), by);
  const workspace = openWorkspaceFile(db);
  const handlers = createHandlers(workspace, { events: createEventHub(), actor: 'cli' });
  const file = (kind: ImportKind, name: string) => ({
    kind,
    fileName: name,
    contentBase64: fs.readFileSync(path.join(dir, name)).toString('base64'),
  });
  const refused = (reports: { written: boolean; errors: unknown[] }[]) => {
    if (!reports.every((r) => r.written))
      throw new Error(`import refused: ${JSON.stringify(reports.flatMap((r) => r.errors).slice(0, 3))}`);
  };
  if (write === 'import') {
    refused(
      (
        await handlers['import.files']({
          files: [file('officers', 'officers.csv'), file('visits', 'visits.csv')],
          dryRun: false,
          validRowsOnly: false,
        })
      ).reports,
    );
  } else if (write === 'outcomes') {
    refused((await handlers['import.files']({ files: [file('outcomes', 'returns.csv')], dryRun: false, validRowsOnly: false })).reports);
  } else if (write === 'backup') {
    backupWorkspace(workspace, `${db}.backup`, by);
  } else if (write === 'plan') {
    // No search time: the first plan the planner builds, the same in every run.
    await handlers['plans.solve']({ date, seconds: 0, seed: 1 });
  } else if (write === 'edit') {
    // The dispatcher takes the first officer's whole route off them: one plan version, many stops.
    const current = await handlers['plans.current']({ date });
    const route = current?.plan.routes.find((r) => r.stops.length > 0);
    if (!current || !route) throw new Error(`no plan with a route on ${date}`);
    await handlers['plans.edit']({
      date,
      basePlanId: current.plan.id,
      edit: { type: 'unassignMany', visitIds: route.stops.map((s) => s.visitId) },
    });
  } else {
    throw new Error(`unknown write: ${write}`);
  }
  workspace.close();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
