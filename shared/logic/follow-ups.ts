import {
  addDays,
  type FollowUpOfficer,
  type FollowUpRule,
  type FollowUpVisitRule,
  type LocalDate,
  type RuleSet,
  type TimeWindow,
  type Visit,
  type VisitKind,
  type VisitOutcome,
} from '../domain';
import { permittedBlocks } from './visit-rules';

/** What an outcome calls for under the rule set's follow-up rules. */
export type FollowUpAction =
  | {
      action: 'visit';
      rule: FollowUpRule;
      kind: VisitKind;
      earliestDate: LocalDate;
      latestDate: LocalDate;
      windows: TimeWindow[];
      officer: FollowUpOfficer;
      priority: number | null;
    }
  | { action: 'flag'; rule: FollowUpRule }
  | { action: 'hold' }
  | { action: 'withdraw' }
  | null;

const H = 3600;
const MORNING: TimeWindow = { startSec: 9 * H, endSec: 12 * H };
const AFTERNOON: TimeWindow = { startSec: 14 * H, endSec: 18 * H };

/** Another part of the day than the one the officer found nobody in: afternoon after a morning, else morning. */
function otherWindow(visit: Visit, outcome: VisitOutcome): TimeWindow {
  const at = outcome.arrivedSec ?? visit.windows[0]?.startSec ?? MORNING.startSec;
  return at < 12 * H ? AFTERNOON : MORNING;
}

/** The follow-up's windows as its rule asks: another part of the day, the visit's own, or any time the rules allow on its day. */
function windowsFor(rule: FollowUpVisitRule, visit: Visit, outcome: VisitOutcome, rules: RuleSet, day: LocalDate): TimeWindow[] {
  if (rule.window === 'same') return visit.windows;
  if (rule.window === 'other') return [otherWindow(visit, outcome)];
  const { blocks } = permittedBlocks(rules, day);
  return blocks.length > 0 ? blocks : [MORNING, AFTERNOON];
}

/**
 * What an outcome calls for under the rule set's follow-up rules (`rules.followUps`, one per
 * result): a visit on the days the rule counts from the visit or from the promised date, a flag, a
 * hold on the customer, or nothing. A payment always withdraws the collection visit a promise called
 * for, whatever the rules say: the customer has paid.
 */
export function followUpFor(outcome: VisitOutcome, visit: Visit, rules: RuleSet): FollowUpAction {
  if (outcome.result === 'paid') return { action: 'withdraw' };
  const rule = rules.followUps[outcome.result];
  switch (rule.then) {
    case 'visit': {
      const base = rule.from === 'promise' ? outcome.promiseDate : visit.date;
      if (base === null) return null;
      const earliestDate = addDays(base, rule.earliestDays);
      return {
        action: 'visit',
        rule: outcome.result,
        kind: rule.kind,
        earliestDate,
        latestDate: addDays(base, rule.latestDays),
        windows: windowsFor(rule, visit, outcome, rules, earliestDate),
        officer: rule.officer,
        priority: rule.priority,
      };
    }
    case 'flag':
      return { action: 'flag', rule: outcome.result };
    case 'hold':
      return { action: 'hold' };
    default:
      return null;
  }
}
