import {
  formatClock, formatWindow, plannedBreak, skillsValidOn,
  type LocalDate, type Message, type Officer, type PlannedStop, type PlanningRules, type Route, type Visit,
} from '../../../../shared/domain';

/** "officer 王伟 (O-2)" in both languages. */
function officerLabel(officer: Officer): Message {
  return { en: `officer ${officer.name} (${officer.id})`, zh: `外访员 ${officer.name}（${officer.id}）` };
}

function hoursText(sec: number): Message {
  const minutes = Math.round(sec / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return { en: `${h} h ${m} min`, zh: `${h} 小时 ${m} 分钟` };
}

/** Sentences for the rules a re-timed route breaks, each naming the officer and, where it is about one, the visit. */
export const violationSentences = {
  window(officer: Officer, visit: Visit, stop: PlannedStop): Message {
    const who = officerLabel(officer);
    const windows = visit.windows.map(formatWindow).join(', ');
    return {
      en: `Visit ${visit.id} in ${who.en}'s route starts at ${formatClock(stop.startSec)}, outside its agreed windows ${windows}.`,
      zh: `${who.zh}路线中的外访 ${visit.id} 在 ${formatClock(stop.startSec)} 开始，不在约定时间窗 ${windows} 内。`,
    };
  },
  permittedHours(officer: Officer, visit: Visit, stop: PlannedStop, rules: PlanningRules): Message {
    const who = officerLabel(officer);
    const span = `${formatClock(stop.startSec)}-${formatClock(stop.endSec)}`;
    const hours = formatWindow(rules.permittedHours);
    return {
      en: `Visit ${visit.id} in ${who.en}'s route runs ${span}, outside the permitted visiting hours ${hours}.`,
      zh: `${who.zh}路线中的外访 ${visit.id} 安排在 ${span}，超出允许上门时段 ${hours}。`,
    };
  },
  shiftOverrun(officer: Officer, route: Route): Message {
    const who = officerLabel(officer);
    return {
      en: `${cap(who.en)} finishes at ${formatClock(route.finishSec)}, after the shift ends at ${formatClock(officer.shiftEndSec)}.`,
      zh: `${who.zh} 要到 ${formatClock(route.finishSec)} 才能结束，晚于班次结束时间 ${formatClock(officer.shiftEndSec)}。`,
    };
  },
  departBeforeShift(officer: Officer, route: Route): Message {
    const who = officerLabel(officer);
    return {
      en: `${cap(who.en)} would have to leave at ${formatClock(route.departSec)}, before the shift starts at ${formatClock(officer.shiftStartSec)}.`,
      zh: `${who.zh} 需要在 ${formatClock(route.departSec)} 出发，早于班次开始时间 ${formatClock(officer.shiftStartSec)}。`,
    };
  },
  offDuty(officer: Officer, route: Route): Message {
    const who = officerLabel(officer);
    return {
      en: `${cap(who.en)} is not on duty but has ${route.stops.length} visits in the plan.`,
      zh: `${who.zh} 不在岗，但方案中仍有 ${route.stops.length} 个外访。`,
    };
  },
  maxWorkingTime(officer: Officer, route: Route): Message {
    const who = officerLabel(officer);
    const worked = hoursText(route.workingSec);
    const allowed = hoursText(officer.maxWorkingSec);
    return {
      en: `${cap(who.en)} works ${worked.en}, more than the allowed ${allowed.en}.`,
      zh: `${who.zh} 工作 ${worked.zh}，超过允许的 ${allowed.zh}。`,
    };
  },
  maxVisits(officer: Officer, route: Route): Message {
    const who = officerLabel(officer);
    return {
      en: `${cap(who.en)} has ${route.stops.length} visits, more than their limit of ${officer.maxVisits}.`,
      zh: `${who.zh} 有 ${route.stops.length} 个外访，超过其上限 ${officer.maxVisits} 个。`,
    };
  },
  skill(officer: Officer, visit: Visit, date: LocalDate): Message {
    const who = officerLabel(officer);
    const valid = skillsValidOn(officer, date);
    const missing = visit.requiredSkills.filter((s) => !valid.has(s)).map((s) => `"${s}"`).join(', ');
    return {
      en: `Visit ${visit.id} needs the skill ${missing}, which ${who.en} does not hold on ${date}.`,
      zh: `外访 ${visit.id} 需要 ${missing} 技能，${who.zh} 在 ${date} 不具备。`,
    };
  },
  break(officer: Officer): Message {
    const who = officerLabel(officer);
    const rule = plannedBreak(officer);
    const span = rule ? `${formatClock(rule.earliestStartSec)}-${formatClock(rule.latestStartSec)}` : '';
    const minutes = rule ? Math.round(rule.durationSec / 60) : 0;
    return {
      en: `${cap(who.en)} cannot take the ${minutes}-minute break starting between ${span} in this route.`,
      zh: `按此路线，${who.zh} 无法在 ${span} 之间开始 ${minutes} 分钟的休息。`,
    };
  },
  cancelled(officer: Officer, visit: Visit): Message {
    const who = officerLabel(officer);
    return {
      en: `Visit ${visit.id} is ${visit.status}, but it is in ${who.en}'s route.`,
      zh: `外访 ${visit.id} 的状态为“${visit.status}”，却仍在${who.zh}的路线中。`,
    };
  },
  tooFrequent(customerId: string, visitIds: readonly string[], limit: number): Message {
    return {
      en: `Customer ${customerId} is visited ${visitIds.length} times on the day (${visitIds.join(', ')}); at most ${limit} allowed.`,
      zh: `客户 ${customerId} 当天被安排了 ${visitIds.length} 次外访（${visitIds.join('、')}）；最多允许 ${limit} 次。`,
    };
  },
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
