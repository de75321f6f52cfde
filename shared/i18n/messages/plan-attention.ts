import { defineMessages } from '../define';

/** A plan that no longer matches the day: the banner, the day's status, the export refusal, and changes that ask first. */
export const planAttentionMessages = defineMessages(
  {
    'attention.title_one': 'The plan needs attention: {count} problem',
    'attention.title_other': 'The plan needs attention: {count} problems',
    'attention.repair': 'Repair: re-optimise',
    'attention.repairHint': 'Re-plans the affected routes, keeping locks and pins and changing as little else as it can (Alt+R)',
    'attention.unassign_one': 'Unassign the affected stop',
    'attention.unassign_other': 'Unassign the {count} affected stops',
    'attention.unassigned_one': 'Took {count} affected stop out of its route. Undo (Ctrl+Z) puts it back.',
    'attention.unassigned_other': 'Took {count} affected stops out of their routes. Undo (Ctrl+Z) puts them back.',

    'import.doneFlagged_one':
      'Imported {file}: stored {inserted} new, {updated} updated. The plan for {dates} now needs attention: it no longer matches the data.',
    'import.doneFlagged_other':
      'Imported {file}: stored {inserted} new, {updated} updated. The plans for {dates} now need attention: they no longer match the data.',

    'day.plan': 'Plan',
    'day.plan.none': 'Not planned',
    'day.plan.ready': 'Ready',
    'day.plan.attention': 'Needs attention',

    'exportAnyway.title_one': 'The plan for {date} has {count} open problem',
    'exportAnyway.title_other': 'The plan for {date} has {count} open problems',
    'exportAnyway.explain':
      'Itineraries are not exported from a plan that no longer matches the day. Repair the plan (re-optimise, or unassign the affected stops), or have a supervisor export it anyway: their name and reason go to the audit log.',
    'exportAnyway.back': 'Back to the plan',
    'exportAnyway.confirm': 'Export anyway',

    'cancelVisits.title_one': 'Cancel {count} visit?',
    'cancelVisits.title_other': 'Cancel {count} visits?',
    'cancelVisits.noPlan': '{date} has no plan yet, so Undo cannot bring the visits back; approving them again can.',
    'cancelVisits.confirm': 'Cancel the visits',
    'cancelVisits.back': 'Keep them',
    'cancelVisits.done_one': 'Cancelled {count} visit and took it out of the plan. Undo (Ctrl+Z) brings it back.',
    'cancelVisits.done_other': 'Cancelled {count} visits and took them out of the plan. Undo (Ctrl+Z) brings them back.',

    'heldPlan.title': 'Keep the current plan?',
    'heldPlan.explain':
      'Planning was stopped before the new plan caught up with the one the day has, so the day keeps its plan. The stopped plan stays one Redo (Ctrl+Y) away until the next change.',
    'heldPlan.current': 'Current plan: {assigned} of {total} visits placed, {km} km, {hours} h of travel',
    'heldPlan.stopped': 'Stopped plan: {assigned} of {total} visits placed, {km} km, {hours} h of travel',
    'heldPlan.keep': 'Keep the current plan',
    'heldPlan.use': 'Use the stopped plan',
    'heldPlan.kept': 'Kept the current plan; the stopped plan is one Redo (Ctrl+Y) away.',
  },
  {
    'attention.title_other': '方案需要处理：{count} 个问题',
    'attention.repair': '修复：重新优化',
    'attention.repairHint': '重新规划受影响的路线，保留锁定和固定，其余尽量不变（Alt+R）',
    'attention.unassign_other': '取消分配 {count} 个受影响的走访',
    'attention.unassigned_other': '已将 {count} 个受影响的走访移出路线。撤销（Ctrl+Z）可放回。',

    'import.doneFlagged_other': '已导入 {file}：新增 {inserted} 条，更新 {updated} 条。{dates} 的方案现在需要处理：已与数据不符。',

    'day.plan': '方案',
    'day.plan.none': '未规划',
    'day.plan.ready': '就绪',
    'day.plan.attention': '需要处理',

    'exportAnyway.title_other': '{date} 的方案有 {count} 个未解决的问题',
    'exportAnyway.explain':
      '方案已与当天情况不符，不能据此导出行程。请修复方案（重新优化，或取消分配受影响的走访），或由主管确认后仍然导出：主管姓名和原因将记入审计日志。',
    'exportAnyway.back': '返回方案',
    'exportAnyway.confirm': '仍然导出',

    'cancelVisits.title_other': '取消 {count} 个走访？',
    'cancelVisits.noPlan': '{date} 还没有方案，撤销无法恢复这些走访；重新批准即可恢复。',
    'cancelVisits.confirm': '取消这些走访',
    'cancelVisits.back': '保留',
    'cancelVisits.done_other': '已取消 {count} 个走访并将其移出方案。撤销（Ctrl+Z）可恢复。',

    'heldPlan.title': '保留当前方案？',
    'heldPlan.explain':
      '规划在新方案赶上当天现有方案之前已停止，因此当天保留原方案。在下一次修改之前，停止时的方案可通过重做（Ctrl+Y）使用。',
    'heldPlan.current': '当前方案：已安排 {assigned}/{total} 个走访，{km} 公里，路途 {hours} 小时',
    'heldPlan.stopped': '停止时的方案：已安排 {assigned}/{total} 个走访，{km} 公里，路途 {hours} 小时',
    'heldPlan.keep': '保留当前方案',
    'heldPlan.use': '使用停止时的方案',
    'heldPlan.kept': '已保留当前方案；停止时的方案可通过重做（Ctrl+Y）使用。',
  },
);
