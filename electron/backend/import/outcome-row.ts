import { VisitId, type VisitOutcome } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { amountCell, choiceCell, dateCell, idCell, textCell } from './cells';
import { clockCell } from './cell-times';
import type { RowReader } from './row-reader';
import { OUTCOME_KIND_ALIASES, OUTCOME_RESULT_ALIASES } from './value-aliases';

const outcomeCell = choiceCell(OUTCOME_KIND_ALIASES, message('outcome.kindChoices'));
const resultCell = choiceCell(OUTCOME_RESULT_ALIASES, message('outcome.resultChoices'));

/**
 * Turns one row of an officers' returns file into an outcome, or records every bad cell on the
 * reader and returns undefined. Whether the visit exists and may take it is checked against the
 * workspace afterwards (see outcomeProblems).
 */
export function parseOutcomeRow(reader: RowReader): VisitOutcome | undefined {
  const visitId = reader.required('visit_id', idCell(VisitId));
  const outcome = reader.required('outcome', outcomeCell);
  const result = reader.required('result', resultCell);
  const arrivedSec = reader.optional('arrived_at', clockCell, null);
  const leftSec = reader.optional('left_at', clockCell, null);
  const promiseAmount = reader.optional('promise_amount', amountCell(100_000_000), null);
  const promiseDate = reader.optional('promise_date', dateCell, null);
  const remarks = reader.optional('remarks', textCell(1000), '');
  if (reader.errors.length > 0) return undefined;
  return {
    visitId: visitId as VisitId,
    outcome: outcome!,
    result: result!,
    arrivedSec: arrivedSec ?? null,
    leftSec: leftSec ?? null,
    promiseAmount: promiseAmount ?? null,
    promiseDate: promiseDate ?? null,
    remarks: remarks ?? '',
  };
}
