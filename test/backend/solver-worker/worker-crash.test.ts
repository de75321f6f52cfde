import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { dispatchPlanner } from '../../../shared/solver';
import { crashReportFolder, type CrashReport } from '../../../electron/backend/log/crash-report';
import { createDiagnostics } from '../../../electron/backend/log/diagnostics';
import { createWorkerRunPlanner } from '../../../electron/backend/solver-worker/worker-runner';
import { randomDay } from '../../shared/solver/random-day';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/** Worker entries that die on their first job: by an uncaught error, or by exiting. */
const CRASHING_WORKERS = {
  error: `import { parentPort } from 'node:worker_threads';
parentPort.once('message', () => setTimeout(() => { throw new TypeError('solver bug near 13812345678'); }));`,
  exit: `import { parentPort } from 'node:worker_threads';
parentPort.once('message', () => process.exit(7));`,
};

async function planWithCrashingWorker(how: keyof typeof CRASHING_WORKERS): Promise<{ error: unknown; reports: CrashReport[] }> {
  const dir = tempDir();
  const workerFile = path.join(dir, `crash-${how}.mjs`);
  fs.writeFileSync(workerFile, CRASHING_WORKERS[how]);
  const userData = path.join(dir, 'user-data');
  const run = createWorkerRunPlanner({
    workerFile,
    workers: 1,
    onCrash: createDiagnostics({ userDataDir: userData, kind: 'app' }).workerCrashed,
  });
  const error = await run(dispatchPlanner, randomDay(10, 2, 1), { seed: 1, maxIterations: 10, signal: new AbortController().signal }).then(
    () => undefined,
    (e: unknown) => e,
  );
  const folder = crashReportFolder(userData);
  const reports = fs.readdirSync(folder).map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as CrashReport);
  return { error, reports };
}

describe('a solver worker that crashes', () => {
  it('fails the planning call with a sentence naming the saved crash report (uncaught error)', async () => {
    const { error, reports } = await planWithCrashingWorker('error');
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('internal');
    expect((error as AppError).userMessage.en).toMatch(
      /The planner stopped unexpectedly.*A crash report was saved as .*crash-reports.*\.json/,
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'solver-worker', reason: 'error', exitCode: null, error: { name: 'TypeError' } });
    expect(reports[0].error!.message).toBe('solver bug near [phone]');
  });

  it('fails the planning call the same way when the worker exits', async () => {
    const { error, reports } = await planWithCrashingWorker('exit');
    expect((error as AppError).userMessage.zh).toContain('规划程序意外停止');
    expect(reports).toEqual([expect.objectContaining({ kind: 'solver-worker', reason: 'exit', exitCode: 7 })]);
  });
});
