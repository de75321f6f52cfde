import { defineMessages } from '../define';

/**
 * The visiting rules (issue 18): changing them as a new version, the rules file (certificates per
 * visit kind among them), the holiday calendar and `dispatch rules`. A problem reads `{path}: {reason}`; reasons are fragments.
 */
export const visitRulesMessages = defineMessages(
  {
    'rules.day.mon': 'Monday',
    'rules.day.tue': 'Tuesday',
    'rules.day.wed': 'Wednesday',
    'rules.day.thu': 'Thursday',
    'rules.day.fri': 'Friday',
    'rules.day.sat': 'Saturday',
    'rules.day.sun': 'Sunday',

    'rules.problem': '{path}: {reason}.',
    'rules.refused': 'The visiting rules were not saved: {problems}',
    'rules.invalid': 'The visiting rules were not saved: {fields, list} are not valid.',
    'rules.noReason': 'Say why the visiting rules change: the reason is kept with the new version.',
    'rules.noChangedBy': 'Say who changes the visiting rules: the name is kept with the new version.',
    'rules.unchanged': 'These are the visiting rules of version {version} already; nothing was saved.',

    'rules.reason.missing': 'is missing',
    'rules.reason.unknownField': 'is not a field of the rules file',
    'rules.reason.notObject': 'must be named fields in curly brackets',
    'rules.reason.notList': 'must be a list in square brackets',
    'rules.reason.notText': 'must be text in quotes',
    'rules.reason.tooMany': 'has more than {max} entries',
    'rules.reason.notRange': 'must be a time range like "08:00-20:00"',
    'rules.reason.endsBeforeStart': 'ends before it starts',
    'rules.reason.overlaps': 'overlaps {other} of the same day; make them separate blocks',
    'rules.reason.notDate': 'must be a date like 2026-10-01',
    'rules.reason.notRealDate': 'is not a real calendar date',
    'rules.reason.alsoHoliday': '{date} is also listed as a public holiday ({other}); an adjusted working day cannot be one',
    'rules.reason.notWholeNumber': 'must be a whole number from {min} to {max}',
    'rules.reason.notNumber': 'must be a number from {min} to {max}',
    'rules.reason.invalid': 'is not valid',
    'rules.reason.notCertificate': 'must be null or a certificate name in quotes: letters, digits, _ and -, at most 32',

    'rules.file.notJson': 'The rules file is not valid JSON: check its brackets, commas and quotes.',
    'rules.file.notRulesFile': 'This is not a rules file: its "format" must be "field-dispatch-rules".',
    'rules.file.version': 'This rules file is version {version}; this app reads version 1.',

    'rules.calendar.problem': 'Line {line}, column {column}: {reason}.',
    'rules.calendar.badType': 'must be holiday or workday (放假 or 休息, 上班 or 调休), not "{value}"',
    'rules.calendar.empty': 'is empty',
    'rules.calendar.conflict': '{date} is already listed as the other kind on line {other}',
    'rules.calendar.noDates': 'The holiday calendar lists no dates: one line per day, as date,type.',

    'rules.cli.version': 'Visiting rules version {version}, changed {at} by {by}: {reason}',
    'rules.cli.hoursTitle': 'Permitted visiting hours:',
    'rules.cli.hours': '  {day}: {blocks}',
    'rules.cli.noHours': 'no visits',
    'rules.cli.dates': 'Public holidays: {holidays}; adjusted working days: {workdays}; days kept free of visits: {noVisitDays}.',
    'rules.cli.frequency_one': 'At most {count} visit to one customer in any {windowDays} days, visits at least {minGapHours} h apart.',
    'rules.cli.frequency_other': 'At most {count} visits to one customer in any {windowDays} days, visits at least {minGapHours} h apart.',
    'rules.cli.certificates': 'Certificates officers need: {certificates, list}.',
    'rules.cli.certificateFor': '{certificate} ({kind})',
    'rules.cli.noCertificates': 'No visit kind needs a certificate.',
    'rules.cli.exported': 'Visiting rules version {version} written to {file}.',
    'rules.cli.saved': 'Visiting rules version {version} saved, changed by {by}.',
    'rules.cli.calendarSaved':
      'Visiting rules version {version} saved, changed by {by}. From the calendar: public holidays {holidays}, adjusted working days {workdays}.',
    'rules.cli.refused_one': '{file} has {count} problem; nothing was saved:',
    'rules.cli.refused_other': '{file} has {count} problems; nothing was saved:',
    'rules.cli.problem': '  {problem}',
  },
  {
    'rules.day.mon': '周一',
    'rules.day.tue': '周二',
    'rules.day.wed': '周三',
    'rules.day.thu': '周四',
    'rules.day.fri': '周五',
    'rules.day.sat': '周六',
    'rules.day.sun': '周日',

    'rules.problem': '{path}：{reason}。',
    'rules.refused': '走访规则未保存：{problems}',
    'rules.invalid': '走访规则未保存：{fields, list} 无效。',
    'rules.noReason': '请说明修改走访规则的原因：原因随新的规则版本保存。',
    'rules.noChangedBy': '请说明由谁修改走访规则：姓名随新的规则版本保存。',
    'rules.unchanged': '这已是第 {version} 版的走访规则，未保存任何内容。',

    'rules.reason.missing': '缺少此项',
    'rules.reason.unknownField': '不是规则文件中的字段',
    'rules.reason.notObject': '须为花括号中的具名字段',
    'rules.reason.notList': '须为方括号中的列表',
    'rules.reason.notText': '须为带引号的文本',
    'rules.reason.tooMany': '超过 {max} 项',
    'rules.reason.notRange': '须为 "08:00-20:00" 这样的时间范围',
    'rules.reason.endsBeforeStart': '结束早于开始',
    'rules.reason.overlaps': '与同一天的 {other} 重叠，请分成互不重叠的时间',
    'rules.reason.notDate': '须为 2026-10-01 这样的日期',
    'rules.reason.notRealDate': '不是有效的日期',
    'rules.reason.alsoHoliday': '{date} 同时列为法定节假日（{other}），调休工作日不能是法定节假日',
    'rules.reason.notWholeNumber': '须为 {min} 到 {max} 之间的整数',
    'rules.reason.notNumber': '须为 {min} 到 {max} 之间的数',
    'rules.reason.invalid': '无效',
    'rules.reason.notCertificate': '须为 null 或带引号的资质证书名称：字母、数字、_ 和 -，最多 32 个字符',

    'rules.file.notJson': '规则文件不是有效的 JSON，请检查括号、逗号和引号。',
    'rules.file.notRulesFile': '这不是规则文件："format" 须为 "field-dispatch-rules"。',
    'rules.file.version': '此规则文件为第 {version} 版格式，本应用读取第 1 版。',

    'rules.calendar.problem': '第 {line} 行 {column} 列：{reason}。',
    'rules.calendar.badType': '须为 holiday 或 workday（放假、休息，或上班、调休），而不是 "{value}"',
    'rules.calendar.empty': '为空',
    'rules.calendar.conflict': '{date} 已在第 {other} 行列为另一类',
    'rules.calendar.noDates': '节假日日历中没有日期：每天一行，格式为 date,type。',

    'rules.cli.version': '走访规则第 {version} 版，{at} 由 {by} 修改：{reason}',
    'rules.cli.hoursTitle': '允许走访的时间：',
    'rules.cli.hours': '  {day}：{blocks}',
    'rules.cli.noHours': '不安排走访',
    'rules.cli.dates': '法定节假日 {holidays} 天；调休工作日 {workdays} 天；不安排走访的日子 {noVisitDays} 天。',
    'rules.cli.frequency_other': '同一客户任意 {windowDays} 天内至多走访 {count} 次，两次走访至少间隔 {minGapHours} 小时。',
    'rules.cli.certificates': '外访员须持有的资质证书：{certificates, list}。',
    'rules.cli.certificateFor': '{certificate}（{kind}）',
    'rules.cli.noCertificates': '各类走访均无需资质证书。',
    'rules.cli.exported': '走访规则第 {version} 版已写入 {file}。',
    'rules.cli.saved': '走访规则第 {version} 版已保存，修改人：{by}。',
    'rules.cli.calendarSaved':
      '走访规则第 {version} 版已保存（修改人：{by}）。日历中有法定节假日 {holidays} 天、调休工作日 {workdays} 天。',
    'rules.cli.refused_other': '{file} 有 {count} 个问题，未保存任何内容：',
    'rules.cli.problem': '  {problem}',
  },
);

/**
 * Words a holiday calendar's cells and header use, English and Chinese: data to look words up in,
 * not sentences (lookups ignore case and surrounding spaces).
 */
export const CALENDAR_WORDS = {
  holiday: ['holiday', '放假', '休息'],
  workday: ['workday', '上班', '调休'],
  dateHeader: ['date', '日期'],
  typeHeader: ['type', '类型'],
} as const;
