import type { PlanRequest, PlanResult } from '../domain';
import type { PlanViolation } from './verify-types';

/**
 * Checks that every visit of the request is accounted for exactly once (in one route or
 * unassigned with a reason), that no unknown visit appears, that no cancelled visit is routed,
 * and that no customer is visited more often than the rules allow.
 */
export function checkCoverage(input: PlanRequest, plan: PlanResult): PlanViolation[] {
  const out: PlanViolation[] = [];
  const visitsById = new Map(input.visits.map((v) => [v.id as string, v]));
  const seen = new Map<string, number>();
  const count = (visitId: string) => seen.set(visitId, (seen.get(visitId) ?? 0) + 1);

  for (const route of plan.routes) {
    for (const stop of route.stops) {
      count(stop.visitId);
      const visit = visitsById.get(stop.visitId);
      if (!visit) {
        out.push({
          officerId: route.officerId,
          visitId: stop.visitId,
          rule: 'visit_unknown',
          message: `Officer ${route.officerId}'s route visits ${stop.visitId}, which is not one of the day's visits.`,
        });
      } else if (visit.status === 'cancelled') {
        out.push({
          officerId: route.officerId,
          visitId: stop.visitId,
          rule: 'visit_cancelled',
          message: `Visit ${stop.visitId} is cancelled but is in officer ${route.officerId}'s route.`,
        });
      }
    }
  }
  for (const entry of plan.unassigned) {
    count(entry.visitId);
    if (!visitsById.has(entry.visitId)) {
      out.push({
        visitId: entry.visitId,
        rule: 'visit_unknown',
        message: `Visit ${entry.visitId} is listed as unassigned but is not one of the day's visits.`,
      });
    }
    if (entry.reasons.length === 0) {
      out.push({
        visitId: entry.visitId,
        rule: 'unassigned_without_reason',
        message: `Visit ${entry.visitId} is unassigned without any reason given.`,
      });
    }
  }
  for (const visit of input.visits) {
    const times = seen.get(visit.id) ?? 0;
    if (times === 0) {
      out.push({
        visitId: visit.id,
        rule: 'visit_missing',
        message: `Visit ${visit.id} is neither in a route nor in the unassigned list.`,
      });
    } else if (times > 1) {
      out.push({
        visitId: visit.id,
        rule: 'visit_duplicated',
        message: `Visit ${visit.id} appears ${times} times in the plan; it must appear exactly once.`,
      });
    }
  }
  out.push(...checkCustomerFrequency(input, plan));
  return out;
}

function checkCustomerFrequency(input: PlanRequest, plan: PlanResult): PlanViolation[] {
  const customerOf = new Map(input.visits.map((v) => [v.id as string, v.customerId]));
  const routedByCustomer = new Map<string, { visitId: string; officerId: string }[]>();
  for (const route of plan.routes) {
    for (const stop of route.stops) {
      const customer = customerOf.get(stop.visitId);
      if (customer === undefined) continue;
      const list = routedByCustomer.get(customer) ?? [];
      list.push({ visitId: stop.visitId, officerId: route.officerId });
      routedByCustomer.set(customer, list);
    }
  }
  const limit = input.rules.maxVisitsPerCustomerPerDay;
  const out: PlanViolation[] = [];
  for (const [customer, routed] of routedByCustomer) {
    if (routed.length <= limit) continue;
    const extra = routed[limit];
    out.push({
      officerId: extra.officerId,
      visitId: extra.visitId,
      rule: 'too_frequent',
      message: `Customer ${customer} is visited ${routed.length} times on the day (${routed.map((r) => r.visitId).join(', ')}); at most ${limit} allowed.`,
    });
  }
  return out;
}
