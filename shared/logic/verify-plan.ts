import { isSparseTravel, skillsValidOn, type PlanRequest, type PlanResult, type Route } from '../domain';
import { checkBreakRecord } from './verify-break';
import { checkCoverage } from './verify-coverage';
import { checkRouteTiming, type TimingContext } from './verify-timing';
import type { PlanViolation, VerifyResult } from './verify-types';

export type { PlanViolation, VerifyResult, VerifyRule } from './verify-types';

/**
 * Checks a plan against the request it was made for, independently of any planner: every visit
 * accounted for once, officers, skills and capacity respected, and every route re-simulated from
 * the travel matrix (matrix points as in `planningPoints`). Times are whole seconds and must match
 * exactly. Returns every violation found, each naming the officer and visit concerned.
 */
export function verifyPlan(input: PlanRequest, plan: PlanResult): VerifyResult {
  const violations: PlanViolation[] = [];
  const matrixProblem = checkMatrixShape(input);
  if (matrixProblem) violations.push(matrixProblem);
  violations.push(...checkCoverage(input, plan));

  const routed = new Set<string>();
  for (const route of plan.routes) {
    if (routed.has(route.officerId)) {
      violations.push({
        officerId: route.officerId,
        rule: 'officer_duplicated',
        message: `Officer ${route.officerId} has more than one route in the plan.`,
      });
      continue;
    }
    routed.add(route.officerId);
    violations.push(...verifyRoute(input, route, matrixProblem === null));
  }
  return { ok: violations.length === 0, violations };
}

/**
 * Checks one officer's route on its own (officer, skills, limits, break and timing re-simulated
 * from the matrix), without asking whether the rest of the day's visits are accounted for.
 */
export function verifyRoute(input: PlanRequest, route: Route, isMatrixUsable = checkMatrixShape(input) === null): PlanViolation[] {
  const k = input.officers.findIndex((o) => o.id === route.officerId);
  if (k < 0) {
    return [
      {
        officerId: route.officerId,
        rule: 'officer_unknown',
        message: `The plan has a route for officer ${route.officerId}, who is not on the day's roster.`,
      },
    ];
  }
  const visitIndex = new Map(input.visits.map((v, i) => [v.id as string, i]));
  const ctx: TimingContext = {
    officer: input.officers[k],
    officerIndex: k,
    visitIndex,
    visits: input.visits,
    matrix: input.matrix,
    rules: input.rules,
  };
  return checkRoute(ctx, route, input.date, isMatrixUsable);
}

function checkRoute(ctx: TimingContext, route: Route, date: string, isMatrixUsable: boolean): PlanViolation[] {
  const { officer } = ctx;
  const officerId = officer.id;
  if (route.stops.length === 0) return checkEmptyRoute(route);
  const out: PlanViolation[] = [];
  if (!officer.isActive) {
    out.push({
      officerId,
      rule: 'officer_inactive',
      message: `Officer ${officerId} is not active but has ${route.stops.length} visits planned.`,
    });
  }
  if (route.stops.length > officer.maxVisits) {
    out.push({
      officerId,
      rule: 'max_visits',
      message: `Officer ${officerId} has ${route.stops.length} visits, more than their limit of ${officer.maxVisits}.`,
    });
  }
  out.push(...checkSkills(ctx, route, date));
  out.push(...checkBreakRecord(officer, route));
  const hasUnknownStop = route.stops.some((s) => !ctx.visitIndex.has(s.visitId));
  if (!isMatrixUsable || hasUnknownStop) return out;
  if (!ctx.matrix.durationSec[officer.travelMode]) {
    out.push({
      officerId,
      rule: 'matrix_invalid',
      message: `The travel matrix has no ${officer.travelMode} times, which officer ${officerId} travels by.`,
    });
    return out;
  }
  out.push(...checkRouteTiming(ctx, route));
  return out;
}

function checkSkills(ctx: TimingContext, route: Route, date: string): PlanViolation[] {
  const { officer } = ctx;
  const valid = skillsValidOn(officer, date);
  const out: PlanViolation[] = [];
  for (const stop of route.stops) {
    const i = ctx.visitIndex.get(stop.visitId);
    if (i === undefined) continue;
    for (const skill of ctx.visits[i].requiredSkills) {
      if (valid.has(skill)) continue;
      const held = officer.skills.find((s) => s.skill === skill);
      out.push(
        held
          ? {
              officerId: officer.id,
              visitId: stop.visitId,
              rule: 'skill_expired',
              message:
                held.validFrom !== undefined && held.validFrom > date
                  ? `Visit ${stop.visitId} needs the skill "${skill}", but officer ${officer.id}'s is valid only from ${held.validFrom}.`
                  : `Visit ${stop.visitId} needs the skill "${skill}", but officer ${officer.id}'s expired on ${held.validUntil}.`,
            }
          : {
              officerId: officer.id,
              visitId: stop.visitId,
              rule: 'skill_missing',
              message: `Visit ${stop.visitId} needs the skill "${skill}", which officer ${officer.id} does not have.`,
            },
      );
    }
  }
  return out;
}

function checkEmptyRoute(route: Route): PlanViolation[] {
  const totals = [
    route.travelSec,
    route.distanceM,
    route.workingSec,
    route.returnTravelSec,
    route.returnDistanceM,
    route.finishSec - route.departSec,
  ];
  if (totals.every((n) => n === 0) && route.breakTaken === null) return [];
  return [
    {
      officerId: route.officerId,
      rule: 'empty_route_totals',
      message: `Officer ${route.officerId}'s route has no visits, so its travel, working time and break must all be zero.`,
    },
  ];
}

function checkMatrixShape(input: PlanRequest): PlanViolation | null {
  const { matrix } = input;
  const size = input.visits.length + 2 * input.officers.length;
  // A large day's travel holds one value per fetched pair, not per cell.
  const cells = isSparseTravel(matrix) ? matrix.to.length : size * size;
  const isBad =
    matrix.size !== size ||
    (isSparseTravel(matrix) && matrix.rowStart.length !== size + 1) ||
    matrix.distanceM.length !== cells ||
    Object.values(matrix.durationSec).some((d) => d !== undefined && d.length !== cells);
  if (!isBad) return null;
  return {
    rule: 'matrix_invalid',
    message: `The travel matrix must be ${size} × ${size} (visits, then each officer's start and end), but it is ${matrix.size} × ${matrix.size}.`,
  };
}
