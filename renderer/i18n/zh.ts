import type { MessageKey } from './en';

/** 简体中文文本；键与英文词典完全一致（类型检查保证不缺不多）。 */
export const zh: Record<MessageKey, string> = {
  'app.title': '外勤调度',
  'app.loading': '加载中…',
  'app.shortcuts': '快捷键：Alt+P 规划当天，Alt+E 导出，Alt+L 切换语言。',

  'lang.switch': 'English',
  'lang.switchLabel': '将界面语言切换为英文（Alt+L）',

  'day.label': '日期',
  'day.counts': '所选日期的统计',
  'count.visits': '走访',
  'count.approved': '已批准',
  'count.planned': '已排程',
  'count.unassigned': '未分配',
  'count.officers': '外勤人员',

  'empty.title': '还没有走访任务',
  'empty.body': '请导入走访文件和人员文件，或加载一套合成的演示数据，看看路线规划如何工作。',
  'empty.loadDemo': '加载演示日',
  'empty.loadingDemo': '正在加载演示日…',

  'plan.button': '规划当天',
  'plan.busy': '正在规划…{percent}%',
  'plan.done': '规划完成：{total} 个走访中 {assigned} 个已分配给 {officers} 名人员，总行程 {km} 公里。',

  'export.button': '导出',
  'export.busy': '正在导出…',
  'export.format': '导出格式',
  'export.done': '已下载 {count} 个文件。',

  'visits.title': '走访任务',
  'visits.filter': '筛选走访',
  'visits.filterHint': '姓名、地址、编号或人员',
  'visits.none': '没有符合筛选条件的走访。',
  'visits.more': '显示 {total} 个走访中的 {shown} 个。请缩小筛选范围查看其余走访。',
  'visits.col.id': '编号',
  'visits.col.name': '客户',
  'visits.col.kind': '类型',
  'visits.col.windows': '可访时段',
  'visits.col.priority': '优先级',
  'visits.col.status': '状态',
  'visits.col.officer': '人员',
  'visits.noOfficer': '未分配',

  'kind.verification': '贷前核查',
  'kind.collection': '催收',
  'kind.follow-up': '回访',

  'status.approved': '已批准',
  'status.planned': '已排程',
  'status.dispatched': '已派发',
  'status.done': '已完成',
  'status.failed': '未成功',
  'status.cancelled': '已取消',

  'unassigned.title': '未分配的走访（{count}）',
  'unassigned.noPlan': '规划当天后，这里会列出无法安排的走访及原因。',
  'unassigned.none': '所有走访都已分配人员。',

  'map.label': '走访与路线地图',
  'map.start': '出发点：{name}',

  'error.title': '需要注意',
  'error.dismiss': '关闭',
  'error.unknown': '出了点问题，请重试。',
};
