// One run of the large-day benchmark, in its own process so its peak memory is its own:
// `tsx scripts/bench-large-day-point.ts --visits N --officers M --seconds S --travel sparse|full [--threads T] [--seed K]`.
// Prints one JSON line. Travel comes from the straight-line model behind a counter, which counts the
// pairs a road server would have been asked for.
import { parseArgs } from 'node:util';
import { createRepos } from '../electron/backend/db/repos';
import { openDatabase } from '../electron/backend/db/open';
import { loadDemo } from '../electron/backend/services/demo-service';
import { dayTravel, settleOnFetchedLegs } from '../electron/backend/services/large-day';
import { runPlannerInline } from '../electron/backend/services/planner-runner';
import { createWorkerRunPlanner } from '../electron/backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../electron/backend/solver-worker/worker-file';
import { countingProvider } from '../electron/backend/travel/counting-provider';
import { haversineProvider } from '../electron/backend/travel/haversine-provider';
import { DEFAULT_PLANNING_RULES, isSparseTravel, type PlanRequest, type TravelMode } from '../shared/domain';
import { LARGE_DAY } from '../shared/logic/large-day-pairs';
import { planningPoints } from '../shared/logic/planning-points';
import { verifyPlan } from '../shared/logic/verify-plan';
import { dispatchPlanner } from '../shared/solver';
import { PRIORITY_STEP } from '../shared/solver/objective';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: {
    visits: { type: 'string' },
    officers: { type: 'string' },
    seconds: { type: 'string', default: '60' },
    travel: { type: 'string', default: 'sparse' },
    threads: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
  },
});
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const threads = Math.max(1, Number(values.threads));

// Peaks sampled while the main thread waits for the workers; the process's own maximum resident set
// (which counts every thread) is read at the end as well.
const peak = { rss: 0, heap: 0, external: 0 };
const sample = (): void => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
  peak.external = Math.max(peak.external, m.external + m.arrayBuffers);
};
const sampler = setInterval(sample, 100);

const db = openDatabase(':memory:');
const repos = createRepos(db);
await loadDemo(repos, { date: DATE, visits: Number(values.visits), officers: Number(values.officers), seed });
const visits = repos.visits.listByDate(DATE).filter((v) => v.location !== null);
const officers = repos.officers.listActive();
db.close();

const counting = countingProvider(haversineProvider());
const largeDay = values.travel === 'full' ? { ...LARGE_DAY, fromVisits: Infinity } : LARGE_DAY;
const modes = [...new Set(officers.map((o) => o.travelMode))] as TravelMode[];
const points = planningPoints(visits, officers);
const t0 = performance.now();
const matrix = await dayTravel({ travel: counting, largeDay }, visits.length, points, modes);
sample();
const travelSec = (performance.now() - t0) / 1000;
const pairsSearch = counting.pairsAsked;
const storedPairs = isSparseTravel(matrix) ? matrix.to.length : matrix.size * matrix.size;

const request: PlanRequest = { date: DATE, visits, officers, matrix, rules: DEFAULT_PLANNING_RULES };
const runPlanner = threads > 1 ? createWorkerRunPlanner({ workerFile: sourceWorkerFile(), workers: threads }) : runPlannerInline;
const t1 = performance.now();
const searched = await runPlanner(dispatchPlanner, request, {
  seed,
  signal: new AbortController().signal,
  deadline: { now: () => performance.now(), atMs: t1 + seconds * 1000 },
});
sample();
const t2 = performance.now();
const settled = await settleOnFetchedLegs(request, searched, { travel: counting, planner: dispatchPlanner }, seed);
sample();
const settleSec = (performance.now() - t2) / 1000;
clearInterval(sampler);

const { result } = settled;
const priorityOf = new Map(visits.map((v) => [v.id as string, v.priority]));
const leftOutWeight = result.unassigned.reduce((sum, u) => sum + PRIORITY_STEP ** ((priorityOf.get(u.visitId) ?? 1) - 1), 0);
const n = points.length;
const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);
console.log(
  JSON.stringify({
    visits: visits.length,
    officers: officers.length,
    travel: values.travel,
    modes: modes.length,
    pairsAsked: counting.pairsAsked,
    pairsForSearch: pairsSearch,
    pairsSettling: counting.pairsAsked - pairsSearch,
    requests: counting.requests,
    squarePairs: n * n * modes.length,
    storedPairs,
    travelSec,
    settleSec,
    // The search's objective at the deadline (the settled plan is this one re-timed on fetched legs).
    cost: searched.cost ?? null,
    assigned: result.routes.reduce((sum, r) => sum + r.stops.length, 0),
    leftOutWeight,
    travelHours: result.routes.reduce((sum, r) => sum + r.travelSec, 0) / 3600,
    officersUsed: result.routes.length,
    checkerOk: verifyPlan(settled.request, result).ok,
    peakRssMiB: mib(peak.rss),
    peakHeapMiB: mib(peak.heap),
    peakBuffersMiB: mib(peak.external),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
