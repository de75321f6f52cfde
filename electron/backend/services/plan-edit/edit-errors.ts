import { AppError } from '../../../../shared/api/errors';
import { formatClock, type LocalDate, type Officer, type PlanId, type VisitStatus } from '../../../../shared/domain';
import { message, type Sentence } from '../../../../shared/i18n';
import { officerAtStart } from './officer-label';

/** Why an edit to the plan was refused, in the dispatcher's words (English and Chinese). */

export function noPlanToEdit(date: LocalDate): AppError {
  return new AppError('not_found', message('workspace.noPlanYet', { date }));
}

export function stalePlan(date: LocalDate, basePlanId: PlanId, currentId: PlanId): AppError {
  return new AppError('conflict', message('editRefused.stalePlan', { date }), { basePlanId, currentId });
}

export function unknownVisit(visitId: string, date: LocalDate): AppError {
  return new AppError('not_found', message('editRefused.unknownVisit', { visitId, date }));
}

export function unknownOfficer(officerId: string): AppError {
  return new AppError('not_found', message('editRefused.unknownOfficer', { officerId }));
}

export function officerOffDuty(officer: Officer): AppError {
  return new AppError('bad_input', message('editRefused.officerOffDuty', { officer: officerAtStart(officer) }));
}

export function positionOutOfRange(position: number, officer: Sentence, stopCount: number): AppError {
  return new AppError('bad_input', message('editRefused.positionOutOfRange', { position, officer, stopCount }));
}

export function routeLocked(officer: Sentence): AppError {
  return new AppError('conflict', message('editRefused.routeLocked', { officer }));
}

export function notInAnyRoute(visitId: string): AppError {
  return new AppError('bad_input', message('editRefused.notInAnyRoute', { visitId }));
}

export function nothingToUndo(date: LocalDate): AppError {
  return new AppError('bad_input', message('editRefused.nothingToUndo', { date }));
}

export function nothingToRedo(date: LocalDate): AppError {
  return new AppError('bad_input', message('editRefused.nothingToRedo', { date }));
}

/** Re-optimising must keep a locked route as it is, which it cannot do while that route breaks a rule. */
export function lockedRouteBroken(officer: Sentence, rule: Sentence): AppError {
  return new AppError('bad_input', message('editRefused.lockedRouteBroken', { officer, rule }));
}

/** Only approved visits in no route can be fitted into the plan. */
export function notInsertable(visitId: string, status: VisitStatus): AppError {
  // The status as the visits table names it.
  return new AppError('bad_input', message('editRefused.notApproved', { visitId, status: message(`status.${status}`) }));
}

export function alreadyInRoute(visitId: string): AppError {
  return new AppError('bad_input', message('editRefused.alreadyInRoute', { visitId }));
}

export function noRouteToHandOver(officerId: string, date: LocalDate): AppError {
  return new AppError('bad_input', message('handOver.noRoute', { officerId, date }));
}

export function nothingToHandOver(officerId: string, fromSec: number): AppError {
  return new AppError('bad_input', message('handOver.nothingLeft', { officerId, from: formatClock(fromSec) }));
}
