import type { VisitId, VisitOutcome } from '../../shared/domain';

/** An outcome as an officer reports it: done and paid, nothing else said, unless `fields` say more. */
export function reported(visitId: VisitId | string, fields: Partial<VisitOutcome> = {}): VisitOutcome {
  return {
    visitId: visitId as VisitId,
    outcome: 'done',
    result: 'paid',
    arrivedSec: null,
    leftSec: null,
    promiseAmount: null,
    promiseDate: null,
    remarks: '',
    ...fields,
  };
}
