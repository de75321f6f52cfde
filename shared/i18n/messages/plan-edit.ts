import { defineMessages } from '../define';

/**
 * Plan edits and the plans the planner hands back: refused edits, refused plans, and the rules a
 * re-timed route breaks.
 */
export const planEditMessages = defineMessages(
  {
    // An edit the dispatcher asked for and could not have.
    'editRefused.stalePlan':
      'The plan for {date} was changed elsewhere (another window or the command line) since this board showed it; the board now reloads it: make the change again.',
    'editRefused.unknownVisit': 'Visit {visitId} is not one of the visits of {date}.',
    'editRefused.unknownOfficer': 'Officer {officerId} is not on the roster.',
    'editRefused.officerOffDuty': '{officer} is not on duty, so no visit can be given to them.',
    'editRefused.positionOutOfRange':
      "Position {position} is outside {officer}'s route, which can take the visit at positions 0 to {stopCount}.",
    'editRefused.routeLocked':
      "{officer}'s route is locked: unlock the route before adding, removing or reordering its visits, or re-optimise around it.",
    'editRefused.notInAnyRoute': "Visit {visitId} is not in any officer's route.",
    'editRefused.notApproved': 'Visit {visitId} is "{status}", not approved, so it cannot be added to the plan.',
    'editRefused.alreadyInRoute': "Visit {visitId} is already in an officer's route.",
    'editRefused.nothingToUndo': 'There is nothing to undo in the plan for {date}.',
    'editRefused.nothingToRedo': 'There is nothing to redo in the plan for {date}.',
    'editRefused.lockedRouteBroken':
      "{officer}'s route is locked but breaks a rule: {rule} Unlock the route (re-optimising may then change it) or fix it by hand first.",
    'editRefused.recordMissing': 'The plan names {record}, which is no longer stored in this workspace; re-plan the day.',
    'editRefused.missingOfficer': 'officer {officerId}',
    'editRefused.missingVisit': 'visit {visitId}',
    // `finding` is the independent checker's account, in English.
    'editRefused.inconsistentTimes': "Re-timing officer {officerId}'s route gave inconsistent times ({finding}); the change was not saved.",

    // A plan the planner made that is not saved.
    'planRefused.noVisits': 'There are no visits on {date} to plan.',
    'planRefused.stoppedBeforeAnyVisit': 'Planning {date} was stopped before any visit was placed; the current plan is unchanged.',
    'planRefused.breaksRules': 'The planner produced a plan that breaks the rules ({violation}); it was not saved.',
    'planRefused.locksNotKept': '{lock} The plan was not saved: unlock what stands in the way, or re-optimise the whole day.',

    // What a new plan failed to keep of the dispatcher's locks.
    'violation.lockedRouteChanged': "The lock on {officer}'s route would break.",
    'violation.pinnedVisitMoved': 'Visit {visitId} is pinned to {officer} but would have to move.',
    'violation.doneVisitsMoved': "{officer}'s completed visits must stay first in the route, in order, but would have to move.",
    'violation.existingRouteChanged': "Fitting the new visits in would change {officer}'s existing route.",

    // Phrases the board's sentences quote.
    'violation.officer': 'officer {name} ({id})',
    'violation.officerAtStart': 'Officer {name} ({id})',
    'violation.duration': '{hours} h {minutes} min',

    // The rules a re-timed route breaks, as the board shows them.
    'violation.outsideWindow': "Visit {visitId} in {officer}'s route starts at {start}, outside its agreed windows {windows}.",
    'violation.outsidePermittedHours': "Visit {visitId} in {officer}'s route runs {span}, outside the permitted visiting hours {hours}.",
    'violation.shiftOverrun': '{officer} finishes at {finish}, after the shift ends at {shiftEnd}.',
    'violation.departBeforeShift': '{officer} would have to leave at {depart}, before the shift starts at {shiftStart}.',
    'violation.offDuty_one': '{officer} is not on duty but has {count} visit in the plan.',
    'violation.offDuty_other': '{officer} is not on duty but has {count} visits in the plan.',
    'violation.overWorkingTime': '{officer} works {worked}, more than the allowed {allowed}.',
    'violation.overVisitLimit_one': '{officer} has {count} visit, more than their limit of {limit}.',
    'violation.overVisitLimit_other': '{officer} has {count} visits, more than their limit of {limit}.',
    'violation.skillNotHeld_one': 'Visit {visitId} needs the skill {skills, list}, which {officer} does not hold on {date}.',
    'violation.skillNotHeld_other': 'Visit {visitId} needs the skills {skills, list}, which {officer} does not hold on {date}.',
    'violation.breakNotPossible': '{officer} cannot take the {minutes}-minute break starting between {span} in this route.',
    'violation.cancelledInRoute': 'Visit {visitId} is "{status}", but it is in {officer}\'s route.',
    'violation.otherDay': "Visit {visitId} is now on {visitDate}, but it is still in {officer}'s route for {date}.",
    'violation.visitGone': "Visit {visitId} is no longer in this workspace, but it is in {officer}'s route.",
    'violation.officerGone_one': 'Officer {officerId} is no longer on the roster but has {count} visit in the plan.',
    'violation.officerGone_other': 'Officer {officerId} is no longer on the roster but has {count} visits in the plan.',
    'violation.timesChanged':
      "{officer}'s planned times from visit {visitId} on no longer match the visits' places or service times or the officer's start: repair the plan to re-time the route.",
    'violation.tooFrequent_one': 'Customer {customerId} is visited {count} time on the day ({visitIds, list}); at most {limit} allowed.',
    'violation.tooFrequent_other': 'Customer {customerId} is visited {count} times on the day ({visitIds, list}); at most {limit} allowed.',
  },
  {
    'editRefused.stalePlan': '{date} 的方案在看板显示后已在别处（其他窗口或命令行）被修改；看板将重新加载，请重新操作。',
    'editRefused.unknownVisit': '走访 {visitId} 不是 {date} 的走访。',
    'editRefused.unknownOfficer': '花名册中没有外访员 {officerId}。',
    'editRefused.officerOffDuty': '{officer}不在岗，不能为其安排走访。',
    'editRefused.positionOutOfRange': '位置 {position} 超出{officer}的路线范围，只能放在第 0 至 {stopCount} 位。',
    'editRefused.routeLocked': '{officer}的路线已锁定：请先解锁该路线，再增加、移除或调整其中的走访，或在其余路线中重新优化。',
    'editRefused.notInAnyRoute': '走访 {visitId} 不在任何外访员的路线中。',
    'editRefused.notApproved': '走访 {visitId} 的状态为“{status}”，未获批准，不能加入方案。',
    'editRefused.alreadyInRoute': '走访 {visitId} 已在外访员的路线中。',
    'editRefused.nothingToUndo': '{date} 的方案没有可撤销的操作。',
    'editRefused.nothingToRedo': '{date} 的方案没有可重做的操作。',
    'editRefused.lockedRouteBroken': '{officer}的路线已锁定，但违反了规则：{rule}请解锁该路线（重新优化可能改动它），或先手动修正。',
    'editRefused.recordMissing': '方案中的{record}已不在此工作区中，请重新规划当天。',
    'editRefused.missingOfficer': '外访员 {officerId}',
    'editRefused.missingVisit': '走访 {visitId}',
    'editRefused.inconsistentTimes': '重新计算外访员 {officerId} 的路线时间时出现不一致（{finding}），本次修改未保存。',

    'planRefused.noVisits': '{date} 没有可规划的走访。',
    'planRefused.stoppedBeforeAnyVisit': '{date} 的规划在安排任何走访之前已停止；当前方案未改变。',
    'planRefused.breaksRules': '规划结果违反了规则（{violation}），未保存。',
    'planRefused.locksNotKept': '{lock}方案未保存：请解锁妨碍的内容，或重新优化全天。',

    'violation.lockedRouteChanged': '{officer}路线上的锁定将被打破。',
    'violation.pinnedVisitMoved': '走访 {visitId} 已固定给{officer}，却不得不移走。',
    'violation.doneVisitsMoved': '{officer}已完成的走访必须按原顺序留在路线最前面，却不得不移动。',
    'violation.existingRouteChanged': '插入新的走访将改动{officer}原有的路线。',

    'violation.officer': '外访员 {name}（{id}）',
    'violation.officerAtStart': '外访员 {name}（{id}）',
    'violation.duration': '{hours} 小时 {minutes} 分钟',

    'violation.outsideWindow': '{officer}路线中的走访 {visitId} 在 {start} 开始，不在约定时段 {windows} 内。',
    'violation.outsidePermittedHours': '{officer}路线中的走访 {visitId} 安排在 {span}，超出允许上门时段 {hours}。',
    'violation.shiftOverrun': '{officer} 要到 {finish} 才能结束，晚于班次结束时间 {shiftEnd}。',
    'violation.departBeforeShift': '{officer} 需要在 {depart} 出发，早于班次开始时间 {shiftStart}。',
    'violation.offDuty_other': '{officer} 不在岗，但方案中仍有 {count} 次走访。',
    'violation.overWorkingTime': '{officer} 工作 {worked}，超过允许的 {allowed}。',
    'violation.overVisitLimit_other': '{officer} 有 {count} 次走访，超过其上限 {limit} 次。',
    'violation.skillNotHeld_other': '走访 {visitId} 需要 {skills, list} 技能，{officer} 在 {date} 不具备。',
    'violation.breakNotPossible': '按此路线，{officer} 无法在 {span} 之间开始 {minutes} 分钟的休息。',
    'violation.cancelledInRoute': '走访 {visitId} 的状态为“{status}”，却仍在{officer}的路线中。',
    'violation.otherDay': '走访 {visitId} 现已改到 {visitDate}，却仍在{officer} {date} 的路线中。',
    'violation.visitGone': '走访 {visitId} 已不在此工作区中，却仍在{officer}的路线中。',
    'violation.officerGone_other': '外访员 {officerId} 已不在花名册中，但方案中仍有 {count} 次走访。',
    'violation.timesChanged': '{officer}从走访 {visitId} 起的到达时间与走访地点、服务时长或出发地已不相符：请修复方案，重新计算这条路线。',
    'violation.tooFrequent_other': '客户 {customerId} 当天被安排了 {count} 次走访（{visitIds, list}）；最多允许 {limit} 次。',
  },
);
