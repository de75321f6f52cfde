// One point of the scale series, run in its own process so its peak memory is its own:
// `tsx scripts/bench-scale.ts --visits N --officers M --seconds S [--seed K] [--threads T]`; prints one
// JSON line. With T ≥ 2 (the default) the day is planned as the app plans it: T cooperating searches
// in worker threads; with 1, one search in this thread.
import { parseArgs } from 'node:util';
import { createRepos } from '../electron/backend/db/repos';
import { openDatabase } from '../electron/backend/db/open';
import { createVisitsRepo } from '../electron/backend/db/repos/visits-repo';
import { createOfficersRepo } from '../electron/backend/db/repos/officers-repo';
import { loadDemo } from '../electron/backend/services/demo-service';
import { defaultPlanningDeps } from '../electron/backend/services/planning-service';
import { planningPoints } from '../shared/logic/planning-points';
import { verifyPlan } from '../shared/logic/verify-plan';
import { DEFAULT_PLANNING_RULES } from '../shared/domain';
import { PRIORITY_STEP } from '../shared/solver/objective';
import { runPlannerInline } from '../electron/backend/services/planner-runner';
import { createWorkerRunPlanner } from '../electron/backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../electron/backend/solver-worker/worker-file';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: {
    visits: { type: 'string' },
    officers: { type: 'string' },
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    threads: { type: 'string', default: '2' },
  },
});
const visitCount = Number(values.visits);
const officerCount = Number(values.officers);
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const threads = Math.max(1, Number(values.threads));
const deps = defaultPlanningDeps(
  () => new Date(),
  () => performance.now(),
);

const db = openDatabase(':memory:');
await loadDemo(createRepos(db), { date: DATE, visits: visitCount, officers: officerCount, seed });
const visits = createVisitsRepo(db).listByDate(DATE);
const officers = createOfficersRepo(db).listActive();
db.close();

const t0 = performance.now();
const modes = [...new Set(officers.map((o) => o.travelMode))];
const matrix = await deps.travel.matrix(planningPoints(visits, officers), modes);
const matrixSec = (performance.now() - t0) / 1000;
let firstFeasibleSec = -1;
let firstAssigned = 0;
const request = { date: DATE, visits, officers, matrix, rules: DEFAULT_PLANNING_RULES };
const runPlanner = threads > 1 ? createWorkerRunPlanner({ workerFile: sourceWorkerFile(), workers: threads }) : runPlannerInline;
const result = await runPlanner(deps.planner, request, {
  seed,
  signal: new AbortController().signal,
  deadline: { now: () => performance.now(), atMs: t0 + seconds * 1000 },
  onProgress: (p) => {
    // The first report of the improvement phase comes with the first complete, feasible plan.
    if (p.phase === 'improve' && firstFeasibleSec < 0) {
      firstFeasibleSec = (performance.now() - t0) / 1000;
      firstAssigned = p.assigned;
    }
  },
});
const solveSec = (performance.now() - t0) / 1000;
const verdict = verifyPlan(request, result);
const assigned = result.routes.reduce((n, r) => n + r.stops.length, 0);
// What the planner weighs: a left-out visit of priority p costs PRIORITY_STEP^(p−1) units.
const priorityOf = new Map(visits.map((v) => [v.id, v.priority]));
const placedByPriority = [0, 0, 0, 0, 0];
for (const r of result.routes) for (const s of r.stops) placedByPriority[(priorityOf.get(s.visitId) ?? 1) - 1]++;
const leftOutUnits = result.unassigned.reduce((sum, u) => sum + PRIORITY_STEP ** ((priorityOf.get(u.visitId) ?? 1) - 1), 0);
const travelSec = result.routes.reduce((n, r) => n + r.travelSec, 0);
console.log(
  JSON.stringify({
    visits: visitCount,
    officers: officerCount,
    seconds,
    matrixSec,
    firstFeasibleSec,
    firstAssigned,
    solveSec,
    assigned,
    unassigned: result.unassigned.length,
    placedByPriority,
    leftOutUnits,
    officersUsed: result.routes.length,
    travelSec,
    checkerOk: verdict.ok,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
