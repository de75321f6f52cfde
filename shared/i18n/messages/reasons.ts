import { defineMessages } from '../define';

/**
 * The planner's sentences: why it left a visit unassigned (one sentence per reason, joined), and
 * why it stopped with an error.
 */
export const reasonMessages = defineMessages(
  {
    'whyUnassigned.notApproved': 'Only approved visits are planned.',
    'whyUnassigned.noOfficers': 'No officer is on duty this day.',
    // `skills` are the skills nobody holds, or all required ones when only their combination is missing.
    'whyUnassigned.noSkilledOfficer_one': 'No officer on shift holds the skill {skills, list}.',
    'whyUnassigned.noSkilledOfficer_other': 'No officer on shift holds all of the skills {skills, list}.',
    'whyUnassigned.outsidePermittedHours':
      'None of its time windows lets the visit start and finish within the permitted visiting hours ({hours}).',
    'whyUnassigned.outsideAllShifts': 'No qualified officer is on shift during any of its time windows.',
    'whyUnassigned.windowUnreachable':
      'Even as the only visit of the day, no qualified officer can reach it within its time windows and still finish the shift and take the break.',
    'whyUnassigned.tooFrequent_one': 'The customer already has {count} visit this day, the most allowed; higher-priority visits were kept.',
    'whyUnassigned.tooFrequent_other':
      'The customer already has {count} visits this day, the most allowed; higher-priority visits were kept.',
    'whyUnassigned.maxVisitsReached': 'Every officer who could take it already has the most visits allowed per day.',
    'whyUnassigned.maxWorkingTimeReached': 'Adding it would exceed the maximum working time of every officer who could take it.',
    'whyUnassigned.capacity':
      'No room left: every officer who could take it would make other visits miss their time windows or finish the shift late.',
    'whyUnassigned.removedByDispatcher':
      "The dispatcher took this visit out of {officer}'s route; it stays unplanned until it is put back in a route.",
    'whyUnassigned.broughtBack': 'Approved again after it was cancelled: fit it into the plan, drag it into a route, or re-optimise.',
    'whyUnassigned.addedByHand': 'Added by hand: fit it into the plan, drag it into a route, or re-optimise.',

    // Why the planner stopped with an error: a travel matrix that does not fit the request, or its own bug.
    'plannerError.matrixSize': 'The travel matrix has {points} points but the request needs {needed}.',
    'plannerError.matrixMode': "The travel matrix has no times for '{mode}'.",
    'plannerError.routeFailsTiming': 'Internal error: a planned route fails its own timing check.',
  },
  {
    'whyUnassigned.notApproved': '只有已批准的走访才会排入方案。',
    'whyUnassigned.noOfficers': '当天没有在岗的外访员。',
    'whyUnassigned.noSkilledOfficer_other': '没有在班外访员具备{skills, list}技能。',
    'whyUnassigned.outsidePermittedHours': '其所有预约时段都无法让走访在允许上门时段（{hours}）内开始并完成。',
    'whyUnassigned.outsideAllShifts': '具备所需技能的外访员在其任何预约时段内都不在班。',
    'whyUnassigned.windowUnreachable': '即使当天只安排这一次走访，具备所需技能的外访员也无法在预约时段内到达，并按时收班和休息。',
    'whyUnassigned.tooFrequent_other': '该客户当天已有{count}次走访，达到上限；已保留优先级更高的走访。',
    'whyUnassigned.maxVisitsReached': '能承接该走访的外访员都已达到每日走访上限。',
    'whyUnassigned.maxWorkingTimeReached': '加入该走访会使能承接的外访员超出最长工作时间。',
    'whyUnassigned.capacity': '日程已满：能承接该走访的外访员若加入它，会使其他走访错过预约时段或无法按时收班。',
    'whyUnassigned.removedByDispatcher': '调度员已将此走访从{officer}的路线中移出；在重新放入路线之前不会安排。',
    'whyUnassigned.broughtBack': '取消后已重新批准：请将其插入方案、拖入路线，或重新优化。',
    'whyUnassigned.addedByHand': '手动添加：请将其插入方案、拖入路线，或重新优化。',

    'plannerError.matrixSize': '出行矩阵有{points}个点，但本次请求需要{needed}个。',
    'plannerError.matrixMode': '出行矩阵缺少“{mode}”出行方式的时间。',
    'plannerError.routeFailsTiming': '内部错误：规划出的路线未通过时间校验。',
  },
);
