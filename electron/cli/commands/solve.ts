import { readFileSync } from 'node:fs';
import { parseSolomon } from '../../../shared/benchmark/solomon-instance';
import { verifySolomon } from '../../../shared/benchmark/verify-solomon';
import { solveVrptw, type VrptwSolution } from '../../../shared/solver/vrptw-solve';
import { sourceVrptwWorkerFile } from '../../backend/solver-worker/worker-file';
import { solveVrptwSideBySide } from '../../backend/solver-worker/vrptw-runner';
import { intFlag, numberFlag, parseFlags } from '../args';
import { type CliContext } from '../context';
import { AppError } from '../../../shared/api/errors';
import { usageError } from '../errors';

/**
 * `solve --format solomon FILE [--seconds S] [--seed N] [--threads T]`: solves a Solomon or
 * Gehring–Homberger instance (fewest vehicles, then least distance; travel time = unrounded
 * Euclidean distance) and prints `{"vehicles", "distance", "routes"}` with customer numbers, depot
 * left out. With T > 1 (default 2) that many searches run side by side in worker threads and trade
 * best plans; with 1 it solves in this thread. The solution is re-checked by the independent
 * benchmark checker before it is printed.
 */
export async function solveCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    format: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    iterations: { type: 'string' },
    threads: { type: 'string' },
  });
  if (values.format !== 'solomon') {
    throw usageError('cli.onlySolomon');
  }
  const file = positionals[0];
  if (file === undefined) throw usageError('cli.noInstanceFile');
  const seconds = numberFlag(values.seconds, 'seconds', 30, 0, 3600);
  const seed = intFlag(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const iterations = values.iterations === undefined ? undefined : intFlag(values.iterations, 'iterations', 0, 0, 1e9);
  const threads = intFlag(values.threads, 'threads', 2, 1, 16);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw usageError('cli.cannotReadInstance', { file });
  }
  let instance;
  try {
    instance = parseSolomon(text);
  } catch (error) {
    // A sentence of the catalogue is printed in the user's language; any other error as it is.
    const problem = error instanceof AppError ? error.userMessage : error instanceof Error ? error.message : String(error);
    throw usageError('cli.badInstance', { file, problem });
  }
  const startMs = ctx.nowMs();
  const solution: VrptwSolution =
    threads === 1
      ? solveVrptw(instance, { seed, maxIterations: iterations, deadline: { now: ctx.nowMs, atMs: startMs + seconds * 1000 } })
      : await solveVrptwSideBySide(instance, {
          workerFile: sourceVrptwWorkerFile(),
          searches: threads,
          seed,
          maxIterations: iterations,
          budgetMs: Math.max(0, startMs + seconds * 1000 - ctx.nowMs()),
        });
  const routes = solution.routes.map((r) => r.map((i) => instance.customers[i].id));
  const check = verifySolomon(instance, { routes });
  if (!check.ok) throw new Error(`The solution failed the independent check: ${check.problems.slice(0, 3).join('; ')}`);
  ctx.stdout.write(`${JSON.stringify({ vehicles: check.vehicles, distance: Number(check.distance.toFixed(2)), routes })}\n`);
  return 0;
}
