import {
  addDays,
  formatClock,
  formatWindow,
  SECONDS_PER_DAY,
  WEEKDAYS,
  type LocalDate,
  type Message,
  type RuleSet,
  type TimeWindow,
  type UnassignedReason,
  type Visit,
  type VisitId,
  type Weekday,
} from '../domain';
import { message, type MessageKey, type MessageValues } from '../i18n';

/** A visit that counts as a contact with its customer: planned, dispatched or made, on another day. */
export interface Contact {
  visitId: string;
  customerId: string;
  date: LocalDate;
  /** The visit's planned (or made) start and end, seconds since midnight of its date. */
  startSec: number;
  endSec: number;
}

/** A visit the rules keep out of the day's plan, with the rule and a sentence naming the version. */
export interface KeptOut {
  visitId: VisitId;
  reason: UnassignedReason;
  message: Message;
}

/** The weekday of a local date. */
export function weekdayOf(date: LocalDate): Weekday {
  const [y, m, d] = date.split('-').map(Number);
  // getUTCDay: 0 is Sunday; WEEKDAYS start on Monday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
}

/** Why a whole day has no visiting hours, or null when it has some. */
export type ClosedDay = 'public_holiday' | 'no_visit_day' | 'closed_weekday';

/**
 * The permitted visiting hours of a date: the weekday's blocks, Monday's on an adjusted working
 * day, none on a public holiday or a day the lender keeps free.
 */
export function permittedBlocks(rules: RuleSet, date: LocalDate): { blocks: TimeWindow[]; closed: ClosedDay | null } {
  if (rules.holidays.includes(date)) return { blocks: [], closed: 'public_holiday' };
  if (rules.noVisitDays.includes(date)) return { blocks: [], closed: 'no_visit_day' };
  const blocks = rules.workdays.includes(date) ? rules.hours.mon : rules.hours[weekdayOf(date)];
  return { blocks, closed: blocks.length === 0 ? 'closed_weekday' : null };
}

/** Start-time windows inside the blocks: a visit of `serviceSec` starts and ends inside one block. */
function cutToBlocks(windows: readonly TimeWindow[], blocks: readonly TimeWindow[], serviceSec: number): TimeWindow[] {
  const cut: TimeWindow[] = [];
  for (const w of windows) {
    for (const b of blocks) {
      const startSec = Math.max(w.startSec, b.startSec);
      const endSec = Math.min(w.endSec, b.endSec - serviceSec);
      if (startSec <= endSec) cut.push({ startSec, endSec });
    }
  }
  return cut.sort((a, b) => a.startSec - b.startSec);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / (SECONDS_PER_DAY * 1000));
}

/** The frequency limit for a visit on `date`: null when within it, else the sentence's values. */
function overLimit(rules: RuleSet, date: LocalDate, contacts: readonly Contact[]): MessageValues | null {
  const { maxVisits, windowDays } = rules.frequency;
  const near = contacts.map((c) => daysBetween(date, c.date)).filter((d) => d !== 0 && Math.abs(d) < windowDays);
  // Every run of `windowDays` days that holds `date`, earliest first.
  for (let first = -(windowDays - 1); first <= 0; first++) {
    const inRun = near.filter((d) => d >= first && d <= first + windowDays - 1).sort((a, b) => b - a);
    if (inRun.length + 1 <= maxVisits) continue;
    const past = near.filter((d) => d < 0).sort((a, b) => b - a);
    if (past.length >= maxVisits) {
      // Free again once the maxVisits-th most recent contact leaves the run.
      return { key: 'past', count: past.length, days: windowDays, until: addDays(date, past[maxVisits - 1] + windowDays - 1) };
    }
    return { key: 'around', count: inRun.length, days: windowDays };
  }
  return null;
}

/** Start-time bounds the minimum gap leaves on `date`: after past contacts, before later ones. */
function gapBounds(rules: RuleSet, date: LocalDate, contacts: readonly Contact[], serviceSec: number) {
  const gapSec = rules.frequency.minGapHours * 3600;
  let earliest = -Infinity;
  let latestStart = Infinity;
  let before: Contact | null = null;
  let after: Contact | null = null;
  for (const c of contacts) {
    const offset = daysBetween(date, c.date) * SECONDS_PER_DAY;
    if (offset < 0 && offset + c.endSec + gapSec > earliest) {
      earliest = offset + c.endSec + gapSec;
      before = c;
    }
    if (offset > 0 && offset + c.startSec - gapSec - serviceSec < latestStart) {
      latestStart = offset + c.startSec - gapSec - serviceSec;
      after = c;
    }
  }
  return { earliest, latestStart, before, after };
}

function keptOut(visit: Visit, reason: UnassignedReason, version: number, key: MessageKey, values: MessageValues): KeptOut {
  return { visitId: visit.id, reason, message: message(key, { ...values, version }) };
}

/** When a contact was, as a sentence shows it: `2026-12-06 15:00`. */
function moment(date: LocalDate, sec: number): string {
  const day = Math.floor(sec / SECONDS_PER_DAY);
  return `${addDays(date, day)} ${formatClock(sec - day * SECONDS_PER_DAY)}`;
}

/** The visit's required skills with the certificate its kind needs under the rules, once. */
function withCertificate(visit: Visit, rules: RuleSet): Visit['requiredSkills'] {
  const certificate = rules.certificates[visit.kind];
  return certificate === null || visit.requiredSkills.includes(certificate) ? visit.requiredSkills : [...visit.requiredSkills, certificate];
}

export interface RulesInput {
  rules: RuleSet;
  version: number;
  date: LocalDate;
  /** The day's visits the planner would plan. */
  visits: readonly Visit[];
  /** The customers' contacts on other days (see `Contact`). */
  contacts: readonly Contact[];
}

/**
 * The visiting rules as hard constraints before solving: each visit's windows are cut to the
 * permitted hours of its weekday and to the minimum gap around the customer's other contacts; a
 * visit on a holiday or a day without hours, over the frequency limit, or with no window left is
 * kept out, naming the rule and the rules' version. A kept visit whose kind needs a certificate
 * requires it as a skill, so only officers holding it valid on the day may make it. What remains
 * is all the planner may plan.
 */
export function applyVisitRules(input: RulesInput): { visits: Visit[]; keptOut: KeptOut[] } {
  const { rules, version, date } = input;
  const { blocks, closed } = permittedBlocks(rules, date);
  if (closed) {
    const reason: UnassignedReason = closed === 'closed_weekday' ? 'outside_permitted_hours' : closed;
    const values = { date, weekday: weekdayOf(date) };
    return { visits: [], keptOut: input.visits.map((v) => keptOut(v, reason, version, `keptOut.${closed}`, values)) };
  }
  const byCustomer = new Map<string, Contact[]>();
  for (const c of input.contacts) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);
  const kept: Visit[] = [];
  const out: KeptOut[] = [];
  for (const visit of input.visits) {
    const contacts = (byCustomer.get(visit.customerId) ?? []).filter((c) => c.visitId !== visit.id && c.date !== date);
    const limit = overLimit(rules, date, contacts);
    if (limit) {
      const { key, ...values } = limit;
      out.push(keptOut(visit, 'too_frequent', version, key === 'past' ? 'keptOut.frequencyPast' : 'keptOut.frequencyAround', values));
      continue;
    }
    const inHours = cutToBlocks(visit.windows, blocks, visit.serviceSec);
    if (inHours.length === 0) {
      const values = { windows: visit.windows.map(formatWindow).join('; '), hours: blocks.map(formatWindow).join('; ') };
      out.push(keptOut(visit, 'outside_permitted_hours', version, 'keptOut.outsideHours', values));
      continue;
    }
    const gap = gapBounds(rules, date, contacts, visit.serviceSec);
    const windows = inHours
      .map((w) => ({ startSec: Math.max(w.startSec, gap.earliest), endSec: Math.min(w.endSec, gap.latestStart) }))
      .filter((w) => w.startSec <= w.endSec);
    if (windows.length === 0) {
      const near = gap.before ?? gap.after!;
      const values = { hours: rules.frequency.minGapHours, other: moment(near.date, near.startSec) };
      out.push(keptOut(visit, 'too_frequent', version, 'keptOut.minGap', values));
      continue;
    }
    kept.push({ ...visit, windows, requiredSkills: withCertificate(visit, rules) });
  }
  return { visits: kept, keptOut: out };
}
