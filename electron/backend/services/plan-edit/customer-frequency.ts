import type { OfficerId, PlanViolation, Route, VisitId } from '../../../../shared/domain';
import { violationSentences as say } from './violation-sentences';

/**
 * The too-frequent flag for one customer: when more of their visits of the day are in routes than
 * the rules allow, the first one over the limit is flagged, as the checker does.
 */
export function customerFrequencyViolations(
  customerId: string,
  customerVisitIds: readonly VisitId[],
  routes: readonly Route[],
  limit: number,
): PlanViolation[] {
  const wanted = new Set<string>(customerVisitIds);
  const routed: { visitId: VisitId; officerId: OfficerId }[] = [];
  for (const route of routes) {
    for (const stop of route.stops) if (wanted.has(stop.visitId)) routed.push({ visitId: stop.visitId, officerId: route.officerId });
  }
  if (routed.length <= limit) return [];
  const extra = routed[limit];
  return [
    {
      officerId: extra.officerId,
      visitId: extra.visitId,
      rule: 'too_frequent',
      message: say.tooFrequent(
        customerId,
        routed.map((r) => r.visitId),
        limit,
      ),
    },
  ];
}
