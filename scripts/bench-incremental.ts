// Incremental use on a 600-visit day (70 officers, about what 600 visits need): plan it, then (1) change one visit's window
// and re-optimise from the current plan, (2) insert one urgent visit into the current plan.
// `tsx scripts/bench-incremental.ts [--visits 600 --officers 25 --seconds 10 --seed 1]`; prints one JSON line.
import { parseArgs } from 'node:util';
import { createRepos } from '../electron/backend/db/repos';
import { openDatabase } from '../electron/backend/db/open';
import { createVisitsRepo } from '../electron/backend/db/repos/visits-repo';
import { createOfficersRepo } from '../electron/backend/db/repos/officers-repo';
import { loadDemo } from '../electron/backend/services/demo-service';
import { defaultPlanningDeps } from '../electron/backend/services/planning-service';
import { planningPoints } from '../shared/logic/planning-points';
import { verifyPlan } from '../shared/logic/verify-plan';
import { DEFAULT_PLANNING_RULES, type PlanRequest, type PlanResult } from '../shared/domain';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '600' },
    officers: { type: 'string', default: '70' },
    seconds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'reoptimise-ms': { type: 'string', default: '500' },
  },
});
const seed = Number(values.seed);
const deps = defaultPlanningDeps(
  () => new Date(),
  () => performance.now(),
);
const db = openDatabase(':memory:');
await loadDemo(createRepos(db), { date: DATE, visits: Number(values.visits), officers: Number(values.officers), seed });
const visits = createVisitsRepo(db).listByDate(DATE);
const officers = createOfficersRepo(db).listActive();
db.close();
const modes = [...new Set(officers.map((o) => o.travelMode))];
const matrix = await deps.travel.matrix(planningPoints(visits, officers), modes);

// The day's plan, without the visit that will be urgent.
const urgentIndex = visits.length - 1;
const base: PlanRequest = {
  date: DATE,
  visits: visits.map((v, i) => (i === urgentIndex ? { ...v, status: 'cancelled' as const } : v)),
  officers,
  matrix,
  rules: DEFAULT_PLANNING_RULES,
};
const plan = deps.planner.plan(base, {
  seed,
  deadline: { now: () => performance.now(), atMs: performance.now() + Number(values.seconds) * 1000 },
});
const startFrom = (p: PlanResult): PlanRequest['startFrom'] =>
  p.routes.map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId) }));

// (1) One planned visit's window moves to the afternoon; re-optimise from the plan.
const changedId = plan.routes[0].stops[0].visitId;
const changed: PlanRequest = {
  ...base,
  startFrom: startFrom(plan),
  visits: base.visits.map((v) => (v.id === changedId ? { ...v, windows: [{ startSec: 15 * 3600, endSec: 17 * 3600 }] } : v)),
};
let t0 = performance.now();
const reoptimised = deps.planner.plan(changed, {
  seed,
  deadline: { now: () => performance.now(), atMs: t0 + Number(values['reoptimise-ms']) },
});
const reoptimiseMs = performance.now() - t0;
const moved = countMoved(plan, reoptimised);

// (2) The urgent visit arrives: insert it, everything else stays.
const urgent: PlanRequest = { ...base, visits, startFrom: startFrom(plan), insertOnly: true };
t0 = performance.now();
const inserted = deps.planner.plan(urgent, { seed });
const insertMs = performance.now() - t0;

console.log(
  JSON.stringify({
    visits: visits.length,
    officers: officers.length,
    assigned: count(plan),
    reoptimiseMs,
    reoptimisedAssigned: count(reoptimised),
    visitsMovedToAnotherOfficer: moved,
    reoptimiseChecker: verifyPlan(changed, reoptimised).ok,
    insertMs,
    urgentPlaced: inserted.routes.some((r) => r.stops.some((s) => s.visitId === visits[urgentIndex].id)),
    insertChecker: verifyPlan(urgent, inserted).ok,
    insertKeptOthers: keptOthers(plan, inserted, visits[urgentIndex].id),
  }),
);

/** True when every route of `after`, without `extra`, is exactly the route of `before`. */
function keptOthers(before: PlanResult, after: PlanResult, extra: string): boolean {
  const order = (p: PlanResult, officerId: string): string =>
    (p.routes.find((r) => r.officerId === officerId)?.stops ?? [])
      .map((s) => s.visitId)
      .filter((id) => id !== extra)
      .join();
  const officerIds = new Set([...before.routes, ...after.routes].map((r) => r.officerId));
  return [...officerIds].every((id) => order(before, id) === order(after, id));
}

function count(p: PlanResult): number {
  return p.routes.reduce((n, r) => n + r.stops.length, 0);
}

function countMoved(before: PlanResult, after: PlanResult): number {
  const owner = new Map<string, string>();
  for (const r of after.routes) for (const s of r.stops) owner.set(s.visitId, r.officerId);
  let moved = 0;
  for (const r of before.routes) for (const s of r.stops) if (owner.get(s.visitId) !== r.officerId) moved++;
  return moved;
}
