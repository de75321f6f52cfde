import type { VisitStatusChange } from '../../../shared/api/contract';
import type { LocalDate, Officer, OfficerId, Plan, PlanLocks, PlanRequest, Visit, VisitId } from '../../../shared/domain';
import {
  alreadyInRoute,
  lockedRouteBroken,
  noPlanToEdit,
  noRouteToHandOver,
  notInsertable,
  nothingToHandOver,
  stalePlan,
  unknownVisit,
} from './plan-edit/edit-errors';
import { IN_THE_FIELD, PLANNABLE, planDay, planStats, savePlan, type SolveDayRequest } from './planning-service';
import { movedTo, type PlanContext, type SavedView } from './plan-context';
import { officerAtStart, officerInRoster } from './plan-edit/officer-label';
import { lawfulDay, withClearances, type LawfulDay } from './lawful-day';
import { rosterOf } from './day-roster';

type RunRequest = Omit<SolveDayRequest, 'date'>;

/**
 * Re-plans the day starting from its current plan and keeping the plan's locks; the result is a
 * new version whose parent is the current plan (undo brings the old one back).
 */
export async function reoptimiseDay(ctx: PlanContext, date: LocalDate, run: RunRequest): Promise<SavedView> {
  const day = underRules(ctx, loadDay(ctx, date));
  const broken = day.base.violations.find((v) => day.locks.fixedOrder.includes(v.officerId));
  if (broken) throw lockedRouteBroken(officerInRoster(broken.officerId, day.officers, officerAtStart), broken.message);
  const plan = await planDay(day.plannable, withClearances(day.officers, day.lawful.clearances), { ...run, date }, ctx.deps, {
    startFrom: day.startFrom,
    locks: day.locks,
    parentId: day.base.id,
    lawful: day.lawful,
  });
  return saveOver(ctx, day.base, plan, 'plan.reoptimise');
}

/**
 * Fits approved visits that are in no route into the current plan, leaving its routes otherwise
 * as they are (an urgent visit added to a running day). Other unassigned visits stay unassigned.
 */
export async function insertVisits(ctx: PlanContext, date: LocalDate, visitIds: readonly VisitId[], run: RunRequest): Promise<SavedView> {
  const day = loadDay(ctx, date);
  const routed = new Set<string>(day.startFrom.flatMap((r) => r.visitIds));
  const byId = new Map(day.all.map((v) => [v.id as string, v]));
  const wanted = new Set<string>(visitIds);
  for (const id of wanted) refuseInsert(byId.get(id), id, date, routed);
  // The visiting rules decide for the visits to fit in; the routes keep theirs as they are.
  const lawful = lawfulDay(
    ctx.repos,
    date,
    day.plannable.filter((v) => wanted.has(v.id)),
  );
  const visits = [...day.plannable.filter((v) => routed.has(v.id)), ...lawful.visits];
  const made = await planDay(visits, withClearances(day.officers, lawful.clearances), { ...run, date }, ctx.deps, {
    startFrom: day.startFrom,
    locks: day.locks,
    insertOnly: true,
    parentId: day.base.id,
    lawful,
  });
  // Visits left out of the request keep their place in the unassigned list.
  const unassigned = [...made.unassigned, ...day.base.unassigned.filter((u) => !routed.has(u.visitId) && !wanted.has(u.visitId))];
  const assigned = made.routes.reduce((n, r) => n + r.stops.length, 0);
  const plan: Plan = {
    ...made,
    unassigned,
    stats: planStats(assigned + unassigned.length, made.routes, unassigned, made.stats.solveMs),
  };
  return saveOver(ctx, day.base, plan, 'plan.insertVisits');
}

/**
 * An officer unavailable from `fromSec` (fallen ill, called away): the stops of their route that
 * start from then on, and were not made yet, go to the other officers with as few other changes as
 * possible; the officer keeps what they did or started before, and their route takes nothing new. Dispatched visits handed over are planned again (their
 * itinerary changes). Visits nobody can take are listed unassigned with the reason.
 */
export async function handOver(
  ctx: PlanContext,
  date: LocalDate,
  officerId: OfficerId,
  fromSec: number,
  run: RunRequest,
): Promise<SavedView & { handedOver: VisitId[] }> {
  const day = loadDay(ctx, date);
  const route = day.base.routes.find((r) => r.officerId === officerId);
  if (!route) throw noRouteToHandOver(officerId, date);
  const made = new Set<string>(day.all.filter((v) => v.status === 'done' || v.status === 'failed').map((v) => v.id));
  const handed = route.stops.filter((s) => s.startSec >= fromSec && !made.has(s.visitId)).map((s) => s.visitId);
  if (handed.length === 0) throw nothingToHandOver(officerId, fromSec);
  const leaving = new Set<string>(handed);
  const startFrom = day.startFrom.map((r) =>
    r.officerId === officerId ? { ...r, visitIds: r.visitIds.filter((id) => !leaving.has(id)) } : r,
  );
  const locks: PlanLocks = {
    pinned: day.locks.pinned.filter((p) => !leaving.has(p.visitId)),
    // Nothing new for the officer who is away.
    fixedOrder: [...new Set([...day.locks.fixedOrder, officerId])],
    done: day.locks.done.filter((id) => !leaving.has(id)),
  };
  // The visiting rules decide for the visits handed over; the routes keep theirs as they are. A
  // handed-over visit that was dispatched is to be planned again (its status follows on saving).
  const lawful = lawfulDay(
    ctx.repos,
    date,
    day.plannable.filter((v) => leaving.has(v.id)).map((v) => ({ ...v, status: 'planned' as const })),
  );
  const routed = new Set<string>(startFrom.flatMap((r) => r.visitIds));
  const visits = [...day.plannable.filter((v) => routed.has(v.id)), ...lawful.visits];
  // A re-plan of the routed visits and those handed over, from the routes as they stand: each
  // visit moved to another officer is priced (see DEFAULT_CHANGE_COST), so a handed-over visit may
  // take a lower-priority one's place but little else changes. The day's other unassigned visits
  // stay out: the appointments already given come first.
  const planned = await planDay(
    visits,
    withClearances(day.officers, lawful.clearances),
    { ...run, date, objective: HAND_OVER_OBJECTIVE },
    ctx.deps,
    {
      startFrom,
      locks,
      parentId: day.base.id,
      lawful,
    },
  );
  const unassigned = [...planned.unassigned, ...day.base.unassigned.filter((u) => !leaving.has(u.visitId))];
  const assigned = planned.routes.reduce((n, r) => n + r.stops.length, 0);
  const plan: Plan = {
    ...planned,
    unassigned,
    stats: planStats(assigned + unassigned.length, planned.routes, unassigned, planned.stats.solveMs),
  };
  const saved = saveOver(ctx, day.base, plan, 'plan.handOver', () => {
    ctx.repos.audit.append({
      action: 'officer.unavailable',
      entity: 'officer',
      entityId: officerId,
      detail: { date, fromSec, handedOver: handed },
    });
    return movedTo('planned', ctx.repos.visits.changeStatus(handed, 'dispatched', 'planned'));
  });
  return { ...saved, handedOver: handed };
}

/**
 * A hand-over moves another officer's visit only for a real gain: half an hour of travel per visit
 * moved (a re-optimisation charges five minutes), while leaving a visit out costs far more.
 */
const HAND_OVER_OBJECTIVE = { kind: 'least-travel', changeWeight: 1800 } as const;

interface Day {
  base: Plan;
  all: Visit[];
  plannable: Visit[];
  officers: Officer[];
  startFrom: NonNullable<PlanRequest['startFrom']>;
  locks: PlanLocks;
}

/**
 * The current plan's routes and locks as a starting point, limited to the day's roster (officers on
 * duty and not on leave, with the day's shift and start place) and to
 * visits still plannable or already made (those are locked as done).
 */
function loadDay(ctx: PlanContext, date: LocalDate): Day {
  const base = ctx.store.current(date);
  if (!base) throw noPlanToEdit(date);
  const all = ctx.repos.visits.listByDate(date);
  const officers = rosterOf(ctx.repos, date);
  const onDuty = new Set<string>(officers.map((o) => o.id));
  const statusOf = new Map<string, string>(all.map((v) => [v.id, v.status]));
  const routes = base.routes.filter((r) => onDuty.has(r.officerId));
  const done = new Set<string>(
    routes.flatMap((r) => r.stops.map((s) => s.visitId)).filter((id) => IN_THE_FIELD.has(statusOf.get(id) ?? '')),
  );
  const isKept = (id: string) => PLANNABLE.has(statusOf.get(id) ?? '') || done.has(id);
  const plannable = all.filter((v) => isKept(v.id));
  const startFrom = routes.map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId).filter(isKept) }));
  const locks: PlanLocks = {
    pinned: base.locks.pinned.filter((p) => isKept(p.visitId) && onDuty.has(p.officerId)),
    fixedOrder: base.locks.fixedOrder.filter((id) => onDuty.has(id)),
    done: [...done] as VisitId[],
  };
  return { base, all, plannable, officers, startFrom, locks };
}

/**
 * The day as the visiting rules in force leave it: visits they now keep out leave the starting
 * routes and the pins (they are listed unassigned with the rule), the others' windows are cut to
 * what the rules allow. Visits already in the field stay as they are.
 */
function underRules(ctx: PlanContext, day: Day): Day & { lawful: LawfulDay } {
  const inField = new Set<string>(day.locks.done);
  const lawful = lawfulDay(
    ctx.repos,
    day.base.date,
    day.plannable.filter((v) => !inField.has(v.id)),
  );
  const keptOut = new Set<string>(lawful.keptOut.map((k) => k.visitId));
  const cut = new Map<string, Visit>(lawful.visits.map((v) => [v.id, v]));
  return {
    ...day,
    plannable: day.plannable.filter((v) => !keptOut.has(v.id)).map((v) => cut.get(v.id) ?? v),
    startFrom: day.startFrom.map((r) => ({ ...r, visitIds: r.visitIds.filter((id) => !keptOut.has(id)) })),
    locks: { ...day.locks, pinned: day.locks.pinned.filter((p) => !keptOut.has(p.visitId)) },
    lawful,
  };
}

function refuseInsert(visit: Visit | undefined, id: string, date: LocalDate, routed: ReadonlySet<string>): void {
  if (!visit) throw unknownVisit(id, date);
  if (!PLANNABLE.has(visit.status)) throw notInsertable(id, visit.status);
  if (routed.has(id)) throw alreadyInRoute(id);
}

/**
 * Saves a plan made from `base` as current, unless someone else changed the day's plan meanwhile;
 * `alsoInside` runs in the same transaction, before the save (status changes the plan implies).
 */
function saveOver(ctx: PlanContext, base: Plan, plan: Plan, action: string, alsoInside?: () => VisitStatusChange[]): SavedView {
  let changed: VisitStatusChange[] = [];
  const saved = savePlan(ctx.repos, ctx.deps, plan, {
    action,
    before: () => {
      const currentId = ctx.store.currentId(base.date);
      if (currentId !== base.id) throw stalePlan(base.date, base.id, currentId ?? base.id);
      changed = alsoInside?.() ?? [];
    },
  });
  return { view: ctx.store.view(ctx.store.remember(saved.plan)), visitStatuses: [...changed, ...saved.visitStatuses] };
}
