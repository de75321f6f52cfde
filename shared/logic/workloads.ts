import type { Plan } from '../domain';

/** One officer's working time in two versions of a plan (0 without a route). */
export interface WorkloadChange {
  officerId: string;
  beforeSec: number;
  afterSec: number;
}

/** Working time per officer before and after, for every officer with a route in either, by id. */
export function workloadChanges(before: Plan, after: Plan): WorkloadChange[] {
  const of = (plan: Plan) => new Map<string, number>(plan.routes.filter((r) => r.stops.length > 0).map((r) => [r.officerId, r.workingSec]));
  const [was, now] = [of(before), of(after)];
  return [...new Set([...was.keys(), ...now.keys()])]
    .sort()
    .map((officerId) => ({ officerId, beforeSec: was.get(officerId) ?? 0, afterSec: now.get(officerId) ?? 0 }));
}

/** From the shortest working day to the longest, in seconds (0 for fewer than two officers). */
export function spreadSec(seconds: readonly number[]): number {
  return seconds.length < 2 ? 0 : Math.max(...seconds) - Math.min(...seconds);
}

/** Visits routed in both versions with another officer in the second. */
export function movedVisits(before: Plan, after: Plan): number {
  const officerOf = new Map<string, string>(before.routes.flatMap((r) => r.stops.map((s) => [s.visitId, r.officerId] as const)));
  return after.routes.reduce(
    (n, r) => n + r.stops.filter((s) => officerOf.has(s.visitId) && officerOf.get(s.visitId) !== r.officerId).length,
    0,
  );
}
