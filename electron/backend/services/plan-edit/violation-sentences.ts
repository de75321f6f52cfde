import {
  formatClock,
  formatWindow,
  plannedBreak,
  skillsValidOn,
  type LocalDate,
  type Officer,
  type PlannedStop,
  type PlanningRules,
  type Route,
  type Visit,
} from '../../../../shared/domain';
import { message, type Sentence } from '../../../../shared/i18n';
import { officerAtStart, officerLabel } from './officer-label';

/** A length of working time, "1 h 30 min". */
function duration(sec: number): Sentence {
  const minutes = Math.round(sec / 60);
  return message('violation.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Sentences for the rules a re-timed route breaks, each naming the officer and, where it is about one, the visit. */
export const violationSentences = {
  window(officer: Officer, visit: Visit, stop: PlannedStop): Sentence {
    return message('violation.outsideWindow', {
      visitId: visit.id,
      officer: officerLabel(officer),
      start: formatClock(stop.startSec),
      windows: visit.windows.map(formatWindow).join(', '),
    });
  },
  permittedHours(officer: Officer, visit: Visit, stop: PlannedStop, rules: PlanningRules): Sentence {
    return message('violation.outsidePermittedHours', {
      visitId: visit.id,
      officer: officerLabel(officer),
      span: `${formatClock(stop.startSec)}-${formatClock(stop.endSec)}`,
      hours: formatWindow(rules.permittedHours),
    });
  },
  shiftOverrun(officer: Officer, route: Route): Sentence {
    return message('violation.shiftOverrun', {
      officer: officerAtStart(officer),
      finish: formatClock(route.finishSec),
      shiftEnd: formatClock(officer.shiftEndSec),
    });
  },
  departBeforeShift(officer: Officer, route: Route): Sentence {
    return message('violation.departBeforeShift', {
      officer: officerAtStart(officer),
      depart: formatClock(route.departSec),
      shiftStart: formatClock(officer.shiftStartSec),
    });
  },
  offDuty(officer: Officer, route: Route): Sentence {
    return message('violation.offDuty', { officer: officerAtStart(officer), count: route.stops.length });
  },
  onLeave(officer: Officer, route: Route, date: LocalDate): Sentence {
    return message('violation.onLeave', { officer: officerAtStart(officer), date, count: route.stops.length });
  },
  maxWorkingTime(officer: Officer, route: Route): Sentence {
    return message('violation.overWorkingTime', {
      officer: officerAtStart(officer),
      worked: duration(route.workingSec),
      allowed: duration(officer.maxWorkingSec),
    });
  },
  maxVisits(officer: Officer, route: Route): Sentence {
    return message('violation.overVisitLimit', { officer: officerAtStart(officer), count: route.stops.length, limit: officer.maxVisits });
  },
  skill(officer: Officer, visit: Visit, date: LocalDate): Sentence {
    const valid = skillsValidOn(officer, date);
    const skills = visit.requiredSkills.filter((s) => !valid.has(s)).map((s) => `“${s}”`);
    return message('violation.skillNotHeld', { visitId: visit.id, count: skills.length, skills, officer: officerLabel(officer), date });
  },
  break(officer: Officer): Sentence {
    const rule = plannedBreak(officer);
    return message('violation.breakNotPossible', {
      officer: officerAtStart(officer),
      span: rule ? `${formatClock(rule.earliestStartSec)}-${formatClock(rule.latestStartSec)}` : '',
      minutes: rule ? Math.round(rule.durationSec / 60) : 0,
    });
  },
  cancelled(officer: Officer, visit: Visit): Sentence {
    return message('violation.cancelledInRoute', {
      visitId: visit.id,
      status: message(`status.${visit.status}`),
      officer: officerLabel(officer),
    });
  },
  otherDay(officer: Officer, visit: Visit, date: LocalDate): Sentence {
    return message('violation.otherDay', { visitId: visit.id, visitDate: visit.date, officer: officerLabel(officer), date });
  },
  visitGone(officer: Officer, visitId: string): Sentence {
    return message('violation.visitGone', { visitId, officer: officerLabel(officer) });
  },
  officerGone(route: Route): Sentence {
    return message('violation.officerGone', { officerId: route.officerId, count: route.stops.length });
  },
  timesChanged(officer: Officer, visit: Visit | undefined, route: Route): Sentence {
    return message('violation.timesChanged', { officer: officerAtStart(officer), visitId: visit?.id ?? route.stops[0]?.visitId ?? '' });
  },
  tooFrequent(customerId: string, visitIds: readonly string[], limit: number): Sentence {
    return message('violation.tooFrequent', { customerId, count: visitIds.length, visitIds, limit });
  },
};
