import {
  addDays,
  DEFAULT_PLANNING_RULES,
  type LocalDate,
  type Plan,
  type RuleSetVersion,
  type TimeWindow,
  type Visit,
} from '../../../shared/domain';
import { applyVisitRules, permittedBlocks, type Contact, type KeptOut } from '../../../shared/logic/visit-rules';
import type { Repos } from '../db/repos';

/** Visit statuses that count as a contact with the customer: in a plan, handed out, or made (failed attempts too). */
const CONTACTS = new Set(['planned', 'dispatched', 'done', 'failed']);

/** What the visiting rules leave the planner for a day, and what they keep out, under which version. */
export interface LawfulDay {
  visits: Visit[];
  keptOut: KeptOut[];
  rulesVersion: number;
  /**
   * From the first block's start to the last one's end: the planner's outer bounds (windows are cut
   * to the blocks). On a day without hours only visits already in the field remain, under the defaults.
   */
  permittedHours: TimeWindow;
}

/**
 * The customers' contacts on the days around `date` that the frequency rules look at: their visits
 * in a plan, handed out or made, at the times their day's current plan gives them (or, without one,
 * at the start of their first window).
 */
function contactsAround(repos: Repos, date: LocalDate, visits: readonly Visit[], reachDays: number): Contact[] {
  const from = addDays(date, -reachDays);
  const to = addDays(date, reachDays);
  const plans = new Map<LocalDate, Plan | null>();
  const planOf = (day: LocalDate) => {
    if (!plans.has(day)) plans.set(day, repos.plans.current(day));
    return plans.get(day)!;
  };
  const contacts: Contact[] = [];
  for (const customerId of new Set(visits.map((v) => v.customerId))) {
    for (const other of repos.visits.listByCustomer(customerId)) {
      if (other.date === date || other.date < from || other.date > to || !CONTACTS.has(other.status)) continue;
      const stop = planOf(other.date)
        ?.routes.flatMap((r) => r.stops)
        .find((s) => s.visitId === other.id);
      const startSec = stop?.startSec ?? other.windows[0]?.startSec ?? 0;
      contacts.push({ visitId: other.id, customerId, date: other.date, startSec, endSec: stop?.endSec ?? startSec + other.serviceSec });
    }
  }
  return contacts;
}

/**
 * The workspace's current visiting rules applied to a day's plannable visits before solving (see
 * applyVisitRules), or those of an earlier version (`under`). Visits already in the field are not
 * `visits` here: the rules were met when they were planned, and they stay as they are.
 */
export function lawfulDay(repos: Repos, date: LocalDate, visits: readonly Visit[], under?: RuleSetVersion): LawfulDay {
  const { version, rules } = under ?? repos.rules.current();
  const reachDays = Math.max(rules.frequency.windowDays, Math.ceil(rules.frequency.minGapHours / 24) + 1);
  const applied = applyVisitRules({ rules, version, date, visits, contacts: contactsAround(repos, date, visits, reachDays) });
  const { blocks } = permittedBlocks(rules, date);
  const permittedHours =
    blocks.length > 0
      ? { startSec: Math.min(...blocks.map((b) => b.startSec)), endSec: Math.max(...blocks.map((b) => b.endSec)) }
      : DEFAULT_PLANNING_RULES.permittedHours;
  return { ...applied, rulesVersion: version, permittedHours };
}
