import { defineMessages } from '../define';

/** Why the visiting rules keep a visit out of a plan: the rule, the reason, and the rules' version. */
export const keptOutMessages = defineMessages(
  {
    'keptOut.public_holiday': '{date} is a public holiday: no visits (visiting rules, version {version}).',
    'keptOut.no_visit_day': 'The lender keeps {date} free of visits (visiting rules, version {version}).',
    'keptOut.closed_weekday': 'No visiting hours on this weekday ({date}) (visiting rules, version {version}).',
    'keptOut.outsideHours':
      'Its appointment windows {windows} leave no time inside the permitted visiting hours {hours} (visiting rules, version {version}).',
    'keptOut.frequencyPast_one': '{count} visit in the last {days} days: limit reached until {until} (visiting rules, version {version}).',
    'keptOut.frequencyPast_other':
      '{count} visits in the last {days} days: limit reached until {until} (visiting rules, version {version}).',
    'keptOut.frequencyAround_one':
      '{count} other visit of this customer falls within {days} days: one more would pass the limit (visiting rules, version {version}).',
    'keptOut.frequencyAround_other':
      '{count} other visits of this customer fall within {days} days: one more would pass the limit (visiting rules, version {version}).',
    'check.startNotAllowed':
      'Visit {visitId} is planned to start at {start}, which the visiting rules (version {version}) do not allow: outside the permitted hours, or too soon after or before another visit to the customer.',
    'check.complainedOfficer': 'Visit {visitId} is with officer {officerId}, whom the customer has an open complaint against.',
    'check.followUpOfficer': 'Visit {visitId} is a follow-up with officer {officerId}, but its follow-up rule asks for another officer.',
    'check.missingSkill': 'Visit {visitId} needs {skill}, which officer {officerName} ({officerId}) does not hold on {date}.',
    'check.unknownVersion': 'There is no version {version} of the visiting rules in this workspace.',
    'check.clean': 'The plan for {date} breaks no rule (checked under visiting rules version {version}).',
    'check.found_one': 'The plan for {date} breaks {count} rule (checked under visiting rules version {version}; made under {made}):',
    'check.found_other': 'The plan for {date} breaks {count} rules (checked under visiting rules version {version}; made under {made}):',
    'check.unversioned': 'no version',
    'check.madeUnder': 'version {version}',
    'check.overriddenHeading_one': '{count} rule broken with a supervisor’s override:',
    'check.overriddenHeading_other': '{count} rules broken with a supervisor’s override:',
    'check.overriddenBy': 'accepted by {by} at {at}: {reason}',
    'keptOut.minGap':
      'Visits to one customer must be {hours} h apart, and another is at {other}: no window is left (visiting rules, version {version}).',
  },
  {
    'keptOut.public_holiday': '{date} 是法定节假日，不安排走访（走访规则第 {version} 版）。',
    'keptOut.no_visit_day': '{date} 为不安排走访的日子（走访规则第 {version} 版）。',
    'keptOut.closed_weekday': '{date} 这一天没有允许走访的时间（走访规则第 {version} 版）。',
    'keptOut.outsideHours': '预约时段 {windows} 不在允许走访时间 {hours} 之内（走访规则第 {version} 版）。',
    'keptOut.frequencyPast_other': '过去 {days} 天内已走访 {count} 次：{until} 前已达上限（走访规则第 {version} 版）。',
    'keptOut.frequencyAround_other': '该客户在 {days} 天内已有 {count} 次其他走访，再安排将超出上限（走访规则第 {version} 版）。',
    'check.startNotAllowed':
      '走访 {visitId} 在方案中于 {start} 开始，走访规则（第 {version} 版）不允许：不在允许走访的时间内，或与该客户的另一次走访间隔太短。',
    'check.complainedOfficer': '走访 {visitId} 由外访员 {officerId} 执行，但客户对该外访员的投诉尚未结案。',
    'check.followUpOfficer': '走访 {visitId} 是后续走访，由外访员 {officerId} 执行，但其后续走访规则要求由其他外访员执行。',
    'check.missingSkill': '走访 {visitId} 需要 {skill}，外访员 {officerName}（{officerId}）在 {date} 不具备。',
    'check.unknownVersion': '工作区中没有第 {version} 版走访规则。',
    'check.clean': '{date} 的方案未违反任何规则（按走访规则第 {version} 版检查）。',
    'check.found_other': '{date} 的方案违反 {count} 项规则（按走访规则第 {version} 版检查；方案依据 {made}）：',
    'check.unversioned': '无版本',
    'check.madeUnder': '第 {version} 版',
    'check.overriddenHeading_other': '{count} 项违规已由主管特批：',
    'check.overriddenBy': '由 {by} 于 {at} 特批：{reason}',
    'keptOut.minGap': '同一客户两次走访须间隔 {hours} 小时，另一次走访在 {other}，已无可用时段（走访规则第 {version} 版）。',
  },
);
