// Planner benchmark on synthetic dispatch days: `npm run bench [-- --sizes 220x25,600x25 --seconds 10 --seed 1]`.
// Prints, per day size, the time to a first complete plan, the plan after the time budget, and
// whether the independent checker accepts it. Figures, not assertions: run it on the target machine.
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/backend/db/open';
import { createVisitsRepo } from '../electron/backend/db/repos/visits-repo';
import { createOfficersRepo } from '../electron/backend/db/repos/officers-repo';
import { loadDemo } from '../electron/backend/services/demo-service';
import { defaultPlanningDeps, planDay } from '../electron/backend/services/planning-service';
import { planningPoints } from '../shared/logic/planning-points';
import { verifyPlan } from '../shared/logic/verify-plan';
import { DEFAULT_PLANNING_RULES } from '../shared/domain';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '220x25,600x25,2000x80' }, seconds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' } },
});
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const clock = () => new Date();
const nowMs = () => performance.now();
const deps = defaultPlanningDeps(clock, nowMs);

console.log(`Planner ${deps.planner.name}, budget ${seconds} s, seed ${seed}, Node ${process.version}`);
console.log('visits officers | first plan s  assigned | after budget: assigned unassigned used  travel h      km  working h | checker  peak MiB');
for (const size of values.sizes.split(',')) {
  const [visitCount, officerCount] = size.split('x').map(Number);
  const db = openDatabase(':memory:');
  await loadDemo(db, { date: DATE, visits: visitCount, officers: officerCount, seed }, clock);
  const visits = createVisitsRepo(db).listByDate(DATE);
  const officers = createOfficersRepo(db).listActive();
  db.close();

  const t0 = performance.now();
  const modes = [...new Set(officers.map((o) => o.travelMode))];
  const matrix = await deps.travel.matrix(planningPoints(visits, officers), modes);
  const first = deps.planner.plan({ date: DATE, visits, officers, matrix, rules: DEFAULT_PLANNING_RULES }, { seed, maxIterations: 0 });
  const firstSec = (performance.now() - t0) / 1000;
  const firstAssigned = first.routes.reduce((n, r) => n + r.stops.length, 0);

  const plan = await planDay(visits, officers, { date: DATE, seconds, seed }, deps);
  const verdict = verifyPlan({ date: DATE, visits, officers, matrix, rules: DEFAULT_PLANNING_RULES }, plan);
  const s = plan.stats;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${pad(visitCount, 6)} ${pad(officerCount, 8)} | ${pad(firstSec.toFixed(2), 12)} ${pad(firstAssigned, 9)} | ` +
    `${pad(s.assignedCount, 22)} ${pad(s.unassignedCount, 10)} ${pad(s.officersUsed, 4)} ${pad((s.travelSec / 3600).toFixed(1), 9)} ` +
    `${pad((s.distanceM / 1000).toFixed(0), 7)} ${pad((s.workingSec / 3600).toFixed(1), 10)} | ` +
    `${pad(verdict.ok ? 'ok' : `${verdict.violations.length} bad`, 7)} ${pad(peakMiB.toFixed(0), 9)}`,
  );
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}
