// "Officer unavailable from 11:00" on the demo day (600 visits, 25 officers; issue 19): plan the
// day, report every stop before 11:00 as done, then hand each of the busiest officers' remaining
// visits over to the others, one at a time (undone between). Prints, per officer, the time the
// hand-over took as the app calls it, the visits handed over and placed, the other officers'
// visits that changed officer, and done stops that moved; then rebalances the day's workloads
// (5 s) and prints the spread of working time before and after and the visits moved.
// `npm run bench:handover [-- --visits 600 --officers 25 --seconds 10 --from 11:00 --runs 3]`; one JSON line.
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/backend/db/open';
import { createEventHub } from '../electron/backend/events';
import { createHandlers } from '../electron/backend/handlers';
import { parseClock, type OfficerId, type Plan, type VisitOutcome } from '../shared/domain';
import { reported } from '../test/support/outcomes';
import { spreadSec } from '../shared/logic/workloads';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '600' },
    officers: { type: 'string', default: '25' },
    seconds: { type: 'string', default: '10' },
    from: { type: 'string', default: '11:00' },
    runs: { type: 'string', default: '3' },
  },
});
const fromSec = parseClock(values.from)!;
const db = openDatabase(':memory:');
const handlers = createHandlers(db, { events: createEventHub(), demoPlanSeconds: Number(values.seconds) });
const loaded = await handlers['workspace.loadDemo']({ date: DATE, visits: Number(values.visits), officers: Number(values.officers) });
const planned = (await handlers['plans.current']({ date: DATE }))!.plan;

// The morning as the field reports it: every stop that started before the hand-over time is done.
const done: VisitOutcome[] = planned.routes.flatMap((r) => r.stops.filter((s) => s.startSec < fromSec).map((s) => reported(s.visitId)));
if (done.length > 0) await handlers['visits.recordOutcomes']({ outcomes: done });
const doneIds = new Set<string>(done.map((o) => o.visitId));

const officerOf = (plan: Plan) =>
  new Map(plan.routes.flatMap((r) => r.stops.map((s) => [s.visitId as string, r.officerId as string] as const)));
const busiest = [...planned.routes]
  .map((r) => ({ officerId: r.officerId, left: r.stops.filter((s) => s.startSec >= fromSec).length }))
  .filter((r) => r.left > 0)
  .sort((a, b) => b.left - a.left)
  .slice(0, Number(values.runs));

const runs = [];
for (const { officerId } of busiest) {
  const before = (await handlers['plans.current']({ date: DATE }))!.plan;
  const started = performance.now();
  const answer = await handlers['plans.handOver']({ date: DATE, officerId: officerId as OfficerId, fromSec });
  const ms = Math.round(performance.now() - started);
  const after = (await handlers['plans.current']({ date: DATE }))!.plan;
  const was = officerOf(before);
  const now = officerOf(after);
  const handed = new Set<string>(answer.handedOver);
  const others = [...was].filter(([id, officer]) => officer !== officerId && !handed.has(id));
  runs.push({
    officerId,
    ms,
    handedOver: handed.size,
    placed: answer.handedOver.filter((id) => now.has(id)).length,
    otherVisits: others.length,
    otherVisitsChangedOfficer: others.filter(([id, officer]) => now.get(id) !== officer).length,
    doneStopsMoved: [...doneIds].filter((id) => was.get(id) !== now.get(id)).length,
  });
  await handlers['plans.undo']({ date: DATE });
}
// "Rebalance workloads" on the same day (reported stops stay where they are).
const rebalanceStarted = performance.now();
const rebalanced = await handlers['plans.rebalance']({ date: DATE, seconds: 5 });
const rebalance = {
  ms: Math.round(performance.now() - rebalanceStarted),
  spreadBeforeH: +(spreadSec(rebalanced.workloads.map((w) => w.beforeSec)) / 3600).toFixed(2),
  spreadAfterH: +(spreadSec(rebalanced.workloads.map((w) => w.afterSec)) / 3600).toFixed(2),
  moved: rebalanced.moved,
};
db.close();
console.log(
  JSON.stringify({
    visits: loaded.visits,
    officers: loaded.officers,
    routed: planned.stats.assignedCount,
    from: values.from,
    doneBefore: done.length,
    runs,
    rebalance,
  }),
);
