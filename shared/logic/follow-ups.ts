import { addDays, type FollowUpRule, type LocalDate, type TimeWindow, type Visit, type VisitKind, type VisitOutcome } from '../domain';

/** What an outcome calls for under the default follow-up rules. */
export type FollowUpAction =
  | { action: 'visit'; rule: FollowUpRule; kind: VisitKind; earliestDate: LocalDate; latestDate: LocalDate; windows: TimeWindow[] }
  | { action: 'flag'; rule: FollowUpRule }
  | { action: 'hold' }
  | { action: 'withdraw' }
  | null;

const H = 3600;
const MORNING: TimeWindow = { startSec: 9 * H, endSec: 12 * H };
const AFTERNOON: TimeWindow = { startSec: 14 * H, endSec: 18 * H };

/** Another part of the day than the one the officer found nobody in: afternoon after a morning, else morning. */
function otherWindow(visit: Visit, outcome: VisitOutcome): TimeWindow {
  const at = outcome.arrivedSec ?? visit.windows[0]?.startSec ?? MORNING.startSec;
  return at < 12 * H ? AFTERNOON : MORNING;
}

/**
 * The default follow-up rules (issue 19): not at home → a follow-up visit 2 to 5 days later in
 * another part of the day; a promise to pay → a collection visit on the day after the promised
 * date (withdrawn when a payment is recorded); a complaint → a hold on the customer until a
 * supervisor releases it; a wrong address or a customer who moved → flagged, no visit.
 */
export function followUpFor(outcome: VisitOutcome, visit: Visit): FollowUpAction {
  switch (outcome.result) {
    case 'not_at_home':
      return {
        action: 'visit',
        rule: 'not_at_home',
        kind: 'follow-up',
        earliestDate: addDays(visit.date, 2),
        latestDate: addDays(visit.date, 5),
        windows: [otherWindow(visit, outcome)],
      };
    case 'promise_to_pay': {
      if (outcome.promiseDate === null) return null;
      const day = addDays(outcome.promiseDate, 1);
      return { action: 'visit', rule: 'promise_to_pay', kind: 'collection', earliestDate: day, latestDate: day, windows: visit.windows };
    }
    case 'paid':
      return { action: 'withdraw' };
    case 'complaint':
      return { action: 'hold' };
    case 'wrong_address':
    case 'moved':
      return { action: 'flag', rule: 'address_problem' };
    default:
      return null;
  }
}
