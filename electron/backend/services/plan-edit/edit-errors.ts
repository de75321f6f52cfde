import { AppError } from '../../../../shared/api/errors';
import type { LocalDate, PlanId } from '../../../../shared/domain';

/** Why an edit to the plan was refused, in the dispatcher's words (English and Chinese). */

export function noPlanToEdit(date: LocalDate): AppError {
  return new AppError('not_found', {
    en: `There is no plan for ${date} yet; plan the day first.`,
    zh: `${date} 还没有规划方案，请先规划当天。`,
  });
}

export function stalePlan(date: LocalDate, basePlanId: PlanId, currentId: PlanId): AppError {
  return new AppError('conflict', {
    en: `The plan for ${date} changed since this board was loaded (it was ${basePlanId}, now ${currentId}); reload and make the change again.`,
    zh: `${date} 的方案在看板加载后已改变（原为 ${basePlanId}，现为 ${currentId}）；请刷新后重新操作。`,
  }, { basePlanId, currentId });
}

export function unknownVisit(visitId: string, date: LocalDate): AppError {
  return new AppError('not_found', {
    en: `Visit ${visitId} is not one of the visits of ${date}.`,
    zh: `外访 ${visitId} 不是 ${date} 的外访。`,
  });
}

export function unknownOfficer(officerId: string): AppError {
  return new AppError('not_found', {
    en: `Officer ${officerId} is not on the roster.`,
    zh: `花名册中没有外访员 ${officerId}。`,
  });
}

export function officerOffDuty(officerId: string, name: string): AppError {
  return new AppError('bad_input', {
    en: `Officer ${name} (${officerId}) is not on duty, so no visit can be given to them.`,
    zh: `外访员 ${name}（${officerId}）不在岗，不能为其安排外访。`,
  });
}

export function positionOutOfRange(position: number, officerId: string, stopCount: number): AppError {
  return new AppError('bad_input', {
    en: `Position ${position} is outside officer ${officerId}'s route, which can take the visit at positions 0 to ${stopCount}.`,
    zh: `位置 ${position} 超出外访员 ${officerId} 的路线范围，只能放在第 0 至 ${stopCount} 位。`,
  });
}

export function routeLocked(officerId: string): AppError {
  return new AppError('conflict', {
    en: `Officer ${officerId}'s route is locked: unlock it before adding, removing or reordering its visits.`,
    zh: `外访员 ${officerId} 的路线已锁定：请先解锁，再增加、移除或调整其中的外访。`,
  });
}

export function notInAnyRoute(visitId: string): AppError {
  return new AppError('bad_input', {
    en: `Visit ${visitId} is not in any officer's route.`,
    zh: `外访 ${visitId} 不在任何外访员的路线中。`,
  });
}

export function nothingToUndo(date: LocalDate): AppError {
  return new AppError('bad_input', {
    en: `There is nothing to undo in the plan for ${date}.`,
    zh: `${date} 的方案没有可撤销的操作。`,
  });
}

export function nothingToRedo(date: LocalDate): AppError {
  return new AppError('bad_input', {
    en: `There is nothing to redo in the plan for ${date}.`,
    zh: `${date} 的方案没有可重做的操作。`,
  });
}

/** Re-optimising must keep a locked route as it is, which it cannot do while that route breaks a rule. */
export function lockedRouteBroken(officerId: string, rule: { en: string; zh: string }): AppError {
  return new AppError('bad_input', {
    en: `Officer ${officerId}'s route is locked but breaks a rule (${rule.en}). Unlock it or fix it before re-optimising.`,
    zh: `外访员 ${officerId} 的路线已锁定，但违反了规则（${rule.zh}）。请先解锁或修正后再重新优化。`,
  });
}
