import { FAILED_ONLY_RESULTS, formatClock, type Message, type Visit, type VisitOutcome, type VisitStatus } from '../domain';
import { message } from '../i18n';

/** Visits an outcome may be recorded for: in a plan, handed out, or already reported (recorded again). */
export const RECORDABLE: ReadonlySet<VisitStatus> = new Set(['planned', 'dispatched', 'done', 'failed']);

/** A problem with an outcome: the field (as the officers' returns file names it) and why. */
export interface OutcomeProblem {
  field: 'visit_id' | 'outcome' | 'result' | 'left_at' | 'promise_amount' | 'promise_date';
  message: Message;
}

/**
 * What is wrong with recording `outcome` for `visit` (null: no such visit): the one rule for the
 * board, the API and the officers' returns import. A failed-only result on a done visit, a promise
 * to pay without its amount and date (or dated before the visit), leaving before arriving, and a
 * visit never planned are refused.
 */
export function outcomeProblems(outcome: VisitOutcome, visit: Visit | null): OutcomeProblem[] {
  if (!visit) return [{ field: 'visit_id', message: message('outcome.unknownVisit', { visitId: outcome.visitId }) }];
  const problems: OutcomeProblem[] = [];
  if (!RECORDABLE.has(visit.status)) {
    problems.push({
      field: 'visit_id',
      message: message('outcome.notPlanned', { visitId: visit.id, status: message(`status.${visit.status}`) }),
    });
  }
  if (outcome.outcome === 'done' && FAILED_ONLY_RESULTS.has(outcome.result)) {
    problems.push({ field: 'result', message: message('outcome.failedOnly', { result: message(`outcome.result.${outcome.result}`) }) });
  }
  if (outcome.result === 'promise_to_pay') {
    if (outcome.promiseAmount === null) problems.push({ field: 'promise_amount', message: message('outcome.promiseNeedsAmount') });
    if (outcome.promiseDate === null) problems.push({ field: 'promise_date', message: message('outcome.promiseNeedsDate') });
    else if (outcome.promiseDate < visit.date) {
      problems.push({
        field: 'promise_date',
        message: message('outcome.promiseBeforeVisit', { date: outcome.promiseDate, visitDate: visit.date }),
      });
    }
  }
  if (outcome.arrivedSec !== null && outcome.leftSec !== null && outcome.leftSec < outcome.arrivedSec) {
    const values = { left: formatClock(outcome.leftSec), arrived: formatClock(outcome.arrivedSec) };
    problems.push({ field: 'left_at', message: message('outcome.leftBeforeArrived', values) });
  }
  return problems;
}
