import crypto from 'node:crypto';
import type {
  LocalDate,
  Officer,
  Plan,
  PlanId,
  PlanLocks,
  PlanObjective,
  PlanStats,
  PlanningRules,
  Route,
  TravelSource,
  UnassignedVisit,
  Visit,
} from '../../../shared/domain';
import { DEFAULT_PLANNING_RULES } from '../../../shared/domain';
import type { PlanProgress, PlanRequest, Planner } from '../../../shared/domain';
import { planningPoints } from '../../../shared/logic/planning-points';
import { AppError, badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import type { TravelProvider } from '../travel/provider';
import { haversineProvider } from '../travel/haversine-provider';
import { dispatchPlanner } from '../../../shared/solver';
import type { Repos } from '../db/repos';
import { runPlannerInline, type RunPlanner } from './planner-runner';
import { checkPlanKeptLocks } from './plan-locks-check';
import { movedTo } from './plan-context';
import { checkPlan, type CheckDeps } from './plan-check';
import { lawfulDay, withClearances, type LawfulDay } from './lawful-day';
import { rosterOf } from './day-roster';
import { dayTravel, settleOnFetchedLegs, type LargeDayDeps } from './large-day';
import { underTerritories } from './territory-planning';
import type { VisitStatusChange } from '../../../shared/api/contract';
import { crashPoint } from '../crash-point';

export interface PlanningDeps {
  planner: Planner;
  travel: TravelProvider;
  clock: () => Date;
  /** Monotonic milliseconds for deadlines (performance.now in production). */
  nowMs: () => number;
  rules?: PlanningRules;
  /** Where the planner runs: this thread by default, a worker thread in the desktop app. */
  runPlanner: RunPlanner;
  /** When a day is large enough to plan without the full matrix, and which pairs it then asks for. */
  largeDay?: LargeDayDeps['largeDay'];
}

/** The app's planning set-up: the current planner over the default travel-time provider, in this thread. */
export function defaultPlanningDeps(clock: () => Date, nowMs: () => number): PlanningDeps {
  return { planner: dispatchPlanner, travel: haversineProvider(), clock, nowMs, runPlanner: runPlannerInline };
}

/** A planner's progress with the time spent and left of the budget. */
export interface PlanProgressReport extends PlanProgress {
  elapsedMs: number;
  remainingMs: number;
}

export interface SolveDayRequest {
  date: LocalDate;
  seconds: number;
  seed: number;
  objective?: PlanObjective;
  onProgress?: (progress: PlanProgressReport) => void;
  /** Stops the planner, which then returns its best plan so far (before it starts: nothing is planned). */
  signal?: AbortSignal;
}

/** Where a new plan starts from when it is not planned from scratch. */
export interface PlanStart {
  startFrom?: PlanRequest['startFrom'];
  locks?: PlanLocks;
  insertOnly?: boolean;
  /** The plan this one replaces, for undo. */
  parentId?: PlanId;
  /** The visiting rules already applied to the visits (see lawful-day.ts): what they kept out, and the version. */
  lawful?: Pick<LawfulDay, 'keptOut' | 'rulesVersion' | 'permittedHours'> & Partial<Pick<LawfulDay, 'territories'>>;
}

/** Visit statuses the planner (re)plans; the rest belong to the field already or are cancelled. */
export const PLANNABLE = new Set(['approved', 'planned']);

/**
 * Visit statuses the field already holds: an officer walked out with the itinerary (dispatched) or
 * made the visit. Re-planning keeps them with their officer, first in the route, in their order.
 */
export const IN_THE_FIELD = new Set(['dispatched', 'done', 'failed']);

/** A plan's stops the field already holds, as a starting point and the locks that keep them. */
export function fieldStops(
  plan: Pick<Plan, 'routes'>,
  statusOf: ReadonlyMap<string, string>,
  onDuty: ReadonlySet<string>,
): { startFrom: NonNullable<PlanRequest['startFrom']>; locks: PlanLocks } {
  const held = (id: string) => IN_THE_FIELD.has(statusOf.get(id) ?? '');
  const startFrom = plan.routes
    .filter((r) => onDuty.has(r.officerId))
    .map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId).filter(held) }))
    .filter((r) => r.visitIds.length > 0);
  return { startFrom, locks: { pinned: [], fixedOrder: [], done: startFrom.flatMap((r) => r.visitIds) } };
}

const NO_LOCKS: PlanLocks = { pinned: [], fixedOrder: [], done: [] };

/** Progress while travel times are asked for, before the planner starts (its whole budget still ahead). */
function travelProgress(fraction: number, elapsedMs: number, seconds: number): PlanProgressReport {
  return { phase: 'travel', fraction, assigned: 0, bestCost: 0, elapsedMs: Math.round(elapsedMs), remainingMs: seconds * 1000 };
}

/** Plans one day from the given visits and officers without touching storage. */
export async function planDay(
  visits: readonly Visit[],
  officers: readonly Officer[],
  request: SolveDayRequest,
  deps: PlanningDeps,
  start: PlanStart = {},
): Promise<Plan> {
  // Visits already done stay in the plan when the locks keep them (first in their route).
  const done = new Set<string>(start.locks?.done ?? []);
  const plannable = visits.filter((v) => v.date === request.date && (PLANNABLE.has(v.status) || done.has(v.id)));
  const active = officers.filter((o) => o.isActive);
  const modes = [...new Set(active.map((o) => o.travelMode))];
  const startedMs = deps.nowMs();
  let travelSource: TravelSource | null = null;
  const matrix = await dayTravel(deps, plannable.length, planningPoints(plannable, active), modes.length > 0 ? modes : ['driving'], {
    signal: request.signal,
    onSource: (source) => (travelSource = source),
    // A road server may take a while: the progress bar shows the share of the table answered.
    onProgress:
      request.onProgress && ((fraction) => request.onProgress?.(travelProgress(fraction, deps.nowMs() - startedMs, request.seconds))),
  });
  // The time budget is the search's: waiting for a road server does not eat it.
  const atMs = deps.nowMs() + request.seconds * 1000;
  const baseRules = deps.rules ?? DEFAULT_PLANNING_RULES;
  // Team and officer territories (issue 20): hard ones as skills, soft ones as prices.
  const territorial = underTerritories(plannable, active, start.lawful?.territories ?? [], start);
  const searchRequest: PlanRequest = {
    date: request.date,
    visits: territorial.visits,
    officers: territorial.officers,
    matrix,
    rules: start.lawful ? { ...baseRules, permittedHours: start.lawful.permittedHours } : baseRules,
    ...(request.objective && { objective: request.objective }),
    ...(start.startFrom && { startFrom: start.startFrom }),
    ...(start.locks && { locks: start.locks }),
    ...(start.insertOnly && { insertOnly: true }),
    ...(territorial.outsidePrices.length > 0 && { outsidePrices: territorial.outsidePrices }),
  };
  const onProgress = request.onProgress;
  const signal = request.signal ?? new AbortController().signal;
  const searched = await deps.runPlanner(deps.planner, searchRequest, {
    seed: request.seed,
    deadline: { now: deps.nowMs, atMs },
    onProgress:
      onProgress &&
      ((p) => {
        const now = deps.nowMs();
        onProgress({ ...p, elapsedMs: Math.round(now - startedMs), remainingMs: Math.max(0, Math.round(atMs - now)) });
      }),
    isCancelled: () => signal.aborted,
    signal,
  });
  if (signal.aborted && searched.routes.length === 0 && plannable.length > 0) throw stoppedBeforeAnyPlan(request.date);
  // A large day's plan is re-timed on fetched legs only, the few it lacks asked for now (large-day.ts).
  const { request: planRequest, result } = await settleOnFetchedLegs(searchRequest, searched, deps, request.seed);
  // The planner's own checks are not trusted alone: an invalid plan must never reach an officer.
  const verdict = verifyPlan(planRequest, result);
  if (!verdict.ok) {
    throw new AppError(
      'internal',
      message('planRefused.breaksRules', { violation: verdict.violations[0].message }),
      verdict.violations.slice(0, 20),
    );
  }
  const unkept = checkPlanKeptLocks(planRequest, result);
  if (unkept.length > 0) {
    throw new AppError('conflict', message('planRefused.locksNotKept', { lock: unkept[0] }), unkept.slice(0, 20));
  }
  const solveMs = Math.round(deps.nowMs() - startedMs);
  const createdAt = deps.clock().toISOString();
  // Visits the rules kept out are listed with the rule, its version and the reason, after the planner's own.
  const keptOut = start.lawful?.keptOut ?? [];
  const unassigned = [...result.unassigned, ...keptOut.map((k) => ({ visitId: k.visitId, reasons: [k.reason], message: k.message }))];
  return {
    id: newPlanId(request.date, createdAt),
    date: request.date,
    planner: deps.planner.name,
    seed: request.seed,
    createdAt,
    routes: result.routes,
    unassigned,
    stats: planStats(plannable.length + keptOut.length, result.routes, unassigned, solveMs),
    rulesVersion: start.lawful?.rulesVersion ?? null,
    overrides: [],
    travelSource,
    violations: [],
    locks: start.locks ?? NO_LOCKS,
    parentId: start.parentId ?? null,
  };
}

/** Stopped before a single visit was placed: saving that would only throw the current plan away. */
function stoppedBeforeAnyPlan(date: LocalDate): AppError {
  return new AppError('cancelled', message('planRefused.stoppedBeforeAnyVisit', { date }));
}

/**
 * Plans a stored day and saves the plan as the day's current one. In the same transaction the
 * visits' statuses follow the plan: approved and assigned → planned, planned and left out → approved.
 */
export async function solveStoredDay(repos: Repos, request: SolveDayRequest, deps: PlanningDeps): Promise<SavedPlan> {
  const visits = repos.visits.listByDate(request.date);
  if (visits.length === 0) {
    throw badInput(message('planRefused.noVisits', { date: request.date }));
  }
  // The roster of the day: officers on leave stay out, a half day's shorter shift holds.
  const officers = rosterOf(repos, request.date);
  // Re-planning a day keeps the plan it replaces one Undo away.
  const current = repos.plans.current(request.date);
  // Visits already in the field stay with their officer; everything else is planned afresh.
  const onDuty = new Set<string>(officers.map((o) => o.id));
  const held = current && fieldStops(current, new Map(visits.map((v) => [v.id as string, v.status])), onDuty);
  const start: PlanStart = held && held.locks.done.length > 0 ? { ...held, parentId: current.id } : { parentId: current?.id };
  const lawful = lawfulDay(
    repos,
    request.date,
    visits.filter((v) => PLANNABLE.has(v.status)),
  );
  const ruled = [...lawful.visits, ...visits.filter((v) => !PLANNABLE.has(v.status))];
  const made = await planDay(ruled, withClearances(officers, lawful.clearances), request, deps, { ...start, lawful });
  // A search stopped early may not have caught up with the plan the day has: that one stays, and
  // the stopped plan waits one Redo away for the dispatcher to choose.
  if (request.signal?.aborted && current && isWorsePlan(made.stats, current.stats)) return holdPlan(repos, deps, made, current);
  return savePlan(repos, deps, made);
}

/** A plan just stored as its day's current one, with the visits whose status moved with it. */
export interface SavedPlan {
  plan: Plan;
  visitStatuses: VisitStatusChange[];
  /** Set when the plan was stored aside (see `holdPlan`): `plan` is then the current plan, unchanged. */
  heldBack?: Plan;
}

/**
 * Stores a stopped solve's plan as the current plan's child without making it current, on the
 * day's redo stack: Redo makes it current, any other change drops it. Nothing else changes.
 */
function holdPlan(repos: Repos, deps: CheckDeps, made: Plan, current: Plan): SavedPlan {
  return repos.transaction(() => {
    const held: Plan = { ...made, violations: checkPlan(repos, deps, made) };
    repos.plans.save(held);
    repos.planHistory.makeCurrent(current.date, current.id);
    repos.planHistory.pushRedo(current.date, held.id);
    repos.audit.append({
      action: 'plan.heldBack',
      entity: 'plan',
      entityId: held.id,
      detail: { date: held.date, current: current.id, stats: held.stats, currentStats: current.stats },
    });
    return { plan: current, visitStatuses: [], heldBack: held };
  });
}

/**
 * Stores a plan as its day's current plan and moves visit statuses along, atomically. `before`,
 * when given, runs first inside the same transaction (a last check that may refuse the save). The
 * plan is checked against the data as it is at that moment (it may have changed while planning),
 * and stored with what it breaks.
 */
export function savePlan(repos: Repos, deps: CheckDeps, made: Plan, options: { action?: string; before?: () => void } = {}): SavedPlan {
  return repos.transaction(() => {
    options.before?.();
    const plan: Plan = { ...made, violations: checkPlan(repos, deps, made) };
    repos.plans.save(plan);
    crashPoint('plan.saved');
    // Visits the field already has (dispatched, done) or that were cancelled keep their status.
    const planned = repos.visits.changeStatus(
      plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)),
      'approved',
      'planned',
    );
    const approved = repos.visits.changeStatus(
      plan.unassigned.map((u) => u.visitId),
      'planned',
      'approved',
    );
    repos.audit.append({
      action: options.action ?? 'plan.save',
      entity: 'plan',
      entityId: plan.id,
      detail: { date: plan.date, planner: plan.planner, seed: plan.seed, parentId: plan.parentId, stats: plan.stats },
    });
    return { plan, visitStatuses: [...movedTo('planned', planned), ...movedTo('approved', approved)] };
  });
}

/**
 * Whether a plan is worse than another for the dispatcher: fewer visits placed, or as many with
 * more travel time. (The planner's own objective compares its searches; a current plan the
 * dispatcher edited by hand has no such value, so the board's two first figures decide.)
 */
export function isWorsePlan(candidate: PlanStats, current: PlanStats): boolean {
  if (candidate.assignedCount !== current.assignedCount) return candidate.assignedCount < current.assignedCount;
  return candidate.travelSec > current.travelSec;
}

/** Totals a dispatcher reads first. */
export function planStats(
  visitCount: number,
  routes: readonly Route[],
  unassigned: readonly UnassignedVisit[],
  solveMs: number,
): PlanStats {
  const used = routes.filter((r) => r.stops.length > 0);
  return {
    visitCount,
    assignedCount: used.reduce((n, r) => n + r.stops.length, 0),
    unassignedCount: unassigned.length,
    officersUsed: used.length,
    travelSec: used.reduce((n, r) => n + r.travelSec, 0),
    distanceM: used.reduce((n, r) => n + r.distanceM, 0),
    workingSec: used.reduce((n, r) => n + r.workingSec, 0),
    solveMs,
  };
}

/** Readable and sortable by day and time, unique even for two plans saved in the same millisecond. */
export function newPlanId(date: LocalDate, createdAt: string): PlanId {
  const stamp = createdAt.replace(/[^0-9]/g, '').slice(8, 14);
  return `plan-${date}-${stamp}-${crypto.randomBytes(4).toString('hex')}` as PlanId;
}
