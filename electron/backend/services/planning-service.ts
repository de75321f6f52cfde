import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { LocalDate, Officer, Plan, PlanId, PlanStats, PlanningRules, Route, UnassignedVisit, Visit } from '../../../shared/domain';
import { DEFAULT_PLANNING_RULES } from '../../../shared/domain';
import type { PlanProgress, PlanRequest, Planner } from '../../../shared/domain';
import { planningPoints } from '../../../shared/logic/planning-points';
import { AppError, badInput } from '../../../shared/api/errors';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import type { TravelProvider } from '../travel/provider';
import { haversineProvider } from '../travel/haversine-provider';
import { firstPlanner } from '../../../shared/solver';
import { createVisitsRepo } from '../db/repos/visits-repo';
import { createOfficersRepo } from '../db/repos/officers-repo';
import { createPlansRepo } from '../db/repos/plans-repo';
import { createAuditRepo } from '../db/repos/audit-repo';
import { inTransaction } from '../db/repos/transaction';

export interface PlanningDeps {
  planner: Planner;
  travel: TravelProvider;
  clock: () => Date;
  /** Monotonic milliseconds for deadlines (performance.now in production). */
  nowMs: () => number;
  rules?: PlanningRules;
}

/** The app's planning set-up: the current planner over the default travel-time provider. */
export function defaultPlanningDeps(clock: () => Date, nowMs: () => number): PlanningDeps {
  return { planner: firstPlanner, travel: haversineProvider(), clock, nowMs };
}

export interface SolveDayRequest {
  date: LocalDate;
  seconds: number;
  seed: number;
  onProgress?: (progress: PlanProgress) => void;
  isCancelled?: () => boolean;
}

/** Visit statuses the planner (re)plans; the rest belong to the field already or are cancelled. */
const PLANNABLE = new Set(['approved', 'planned']);

/** Plans one day from the given visits and officers without touching storage. */
export async function planDay(
  visits: readonly Visit[], officers: readonly Officer[], request: SolveDayRequest, deps: PlanningDeps,
): Promise<Plan> {
  const plannable = visits.filter((v) => v.date === request.date && PLANNABLE.has(v.status));
  const active = officers.filter((o) => o.isActive);
  const modes = [...new Set(active.map((o) => o.travelMode))];
  const startedMs = deps.nowMs();
  const matrix = await deps.travel.matrix(planningPoints(plannable, active), modes.length > 0 ? modes : ['driving']);
  const planRequest: PlanRequest = {
    date: request.date, visits: plannable, officers: active, matrix, rules: deps.rules ?? DEFAULT_PLANNING_RULES,
  };
  const result = deps.planner.plan(planRequest, {
    seed: request.seed,
    deadline: { now: deps.nowMs, atMs: startedMs + request.seconds * 1000 },
    onProgress: request.onProgress,
    isCancelled: request.isCancelled,
  });
  // The planner's own checks are not trusted alone: an invalid plan must never reach an officer.
  const verdict = verifyPlan(planRequest, result);
  if (!verdict.ok) {
    throw new AppError('internal', {
      en: `The planner produced a plan that breaks the rules (${verdict.violations[0].message}); it was not saved.`,
      zh: '规划结果违反了规则，未保存。',
    }, verdict.violations.slice(0, 20));
  }
  const solveMs = Math.round(deps.nowMs() - startedMs);
  const createdAt = deps.clock().toISOString();
  return {
    id: planId(request.date, createdAt),
    date: request.date,
    planner: deps.planner.name,
    seed: request.seed,
    createdAt,
    routes: result.routes,
    unassigned: result.unassigned,
    stats: planStats(plannable.length, result.routes, result.unassigned, solveMs),
  };
}

/**
 * Plans a stored day and saves the plan as the day's current one. In the same transaction the
 * visits' statuses follow the plan: assigned → planned, left out → approved.
 */
export async function solveStoredDay(db: Database, request: SolveDayRequest, deps: PlanningDeps): Promise<Plan> {
  const visits = createVisitsRepo(db, deps.clock).listByDate(request.date);
  if (visits.length === 0) {
    throw badInput(`There are no visits on ${request.date} to plan.`, `${request.date} 没有可规划的外访。`);
  }
  const officers = createOfficersRepo(db, deps.clock).listActive();
  const plan = await planDay(visits, officers, request, deps);
  savePlan(db, plan, deps.clock);
  return plan;
}

/** Stores a plan as its day's current plan and moves visit statuses along, atomically. */
export function savePlan(db: Database, plan: Plan, clock: () => Date): void {
  const visitsRepo = createVisitsRepo(db, clock);
  inTransaction(db, () => {
    createPlansRepo(db).save(plan);
    const assigned = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
    if (assigned.length > 0) visitsRepo.setStatus(assigned, 'planned');
    const leftOut = plan.unassigned.map((u) => u.visitId);
    const stillPlanned = visitsRepo.getMany(leftOut).filter((v) => v.status === 'planned').map((v) => v.id);
    if (stillPlanned.length > 0) visitsRepo.setStatus(stillPlanned, 'approved');
    createAuditRepo(db, clock).append({
      actor: 'dispatcher',
      action: 'plan.save',
      entity: 'plan',
      entityId: plan.id,
      detail: { date: plan.date, planner: plan.planner, seed: plan.seed, stats: plan.stats },
    });
  });
}

/** Totals a dispatcher reads first. */
export function planStats(visitCount: number, routes: Route[], unassigned: UnassignedVisit[], solveMs: number): PlanStats {
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
function planId(date: LocalDate, createdAt: string): PlanId {
  const stamp = createdAt.replace(/[^0-9]/g, '').slice(8, 14);
  return `plan-${date}-${stamp}-${crypto.randomBytes(4).toString('hex')}` as PlanId;
}
