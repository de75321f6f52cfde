import { badInput } from '../api/errors';
import { formatWindow, OutcomeResult, RuleSet, VisitKind, WEEKDAYS, type FollowUpThen, type LocalDate, type TimeWindow } from '../domain';
import { message, paragraph, type Sentence } from '../i18n';

/** A problem with one field of a rule set: where, as the rules file names it (`hours.sat[1]`), and why. */
export interface RuleProblem {
  path: string;
  reason: Sentence;
}

/** "hours.sat[1]: overlaps 08:00-12:00 of the same day; …" in both languages. */
export function problemSentence(problem: RuleProblem): Sentence {
  return message('rules.problem', { path: problem.path, reason: problem.reason });
}

/** A field path as the rules file names it: `['hours', 'sat', 1]` is `hours.sat[1]`. */
export function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

/**
 * What the schema cannot say about a rule set, with the positions as written (before sorting):
 * blocks of one weekday that overlap, and adjusted working days that are also public holidays.
 */
export function ruleProblems(rules: RuleSet): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const day of WEEKDAYS) {
    const blocks = rules.hours[day];
    const order = blocks.map((_, i) => i).sort((a, b) => compareWindows(blocks[a], blocks[b]));
    // Each block is checked against the one reaching furthest among those starting before it.
    let reach = -1;
    for (const i of order) {
      if (reach >= 0 && blocks[i].startSec < blocks[reach].endSec) {
        problems.push({ path: `hours.${day}[${i}]`, reason: message('rules.reason.overlaps', { other: formatWindow(blocks[reach]) }) });
      }
      if (reach < 0 || blocks[i].endSec > blocks[reach].endSec) reach = i;
    }
  }
  const holidayAt = new Map<LocalDate, number>();
  rules.holidays.forEach((date, i) => {
    if (!holidayAt.has(date)) holidayAt.set(date, i);
  });
  rules.workdays.forEach((date, i) => {
    const other = holidayAt.get(date);
    if (other !== undefined) {
      problems.push({ path: `workdays[${i}]`, reason: message('rules.reason.alsoHoliday', { date, other: `holidays[${other}]` }) });
    }
  });
  return problems;
}

/**
 * The one way a rule set is stored and compared: fields in a fixed order, each weekday's blocks
 * in time order, date lists sorted with repeats removed, certificates by visit kind, follow-up
 * rules by outcome result with their fields in a fixed order.
 */
export function normaliseRules(rules: RuleSet): RuleSet {
  const hours = Object.fromEntries(
    WEEKDAYS.map((day) => [day, [...rules.hours[day]].sort(compareWindows).map((w) => ({ startSec: w.startSec, endSec: w.endSec }))]),
  ) as RuleSet['hours'];
  const { maxVisits, windowDays, minGapHours } = rules.frequency;
  return {
    hours,
    holidays: sortedDates(rules.holidays),
    workdays: sortedDates(rules.workdays),
    noVisitDays: sortedDates(rules.noVisitDays),
    frequency: { maxVisits, windowDays, minGapHours },
    certificates: Object.fromEntries(VisitKind.options.map((kind) => [kind, rules.certificates[kind]])) as RuleSet['certificates'],
    followUps: Object.fromEntries(
      OutcomeResult.options.map((result) => [result, normaliseFollowUp(rules.followUps[result])]),
    ) as RuleSet['followUps'],
  };
}

function normaliseFollowUp(rule: FollowUpThen): FollowUpThen {
  if (rule.then !== 'visit') return { then: rule.then };
  const { kind, from, earliestDays, latestDays, window, officer, priority } = rule;
  return { then: 'visit', kind, from, earliestDays, latestDays, window, officer, priority };
}

/** True when two rule sets say the same once normalised (order and repeats do not count). */
export function sameRules(a: RuleSet, b: RuleSet): boolean {
  return JSON.stringify(normaliseRules(a)) === JSON.stringify(normaliseRules(b));
}

/**
 * The rule set, checked by the schema and `ruleProblems` and normalised; otherwise a bad-input
 * error naming every field at fault.
 */
export function validRules(input: unknown): RuleSet {
  const parsed = RuleSet.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => fieldPath(issue.path)))];
    throw badInput(message('rules.invalid', { fields }), { fields });
  }
  const problems = ruleProblems(parsed.data);
  if (problems.length > 0) {
    throw badInput(message('rules.refused', { problems: paragraph(problems.map(problemSentence)) }), {
      fields: problems.map((p) => ({ field: p.path, message: problemSentence(p) })),
    });
  }
  return normaliseRules(parsed.data);
}

function compareWindows(a: TimeWindow, b: TimeWindow): number {
  return a.startSec - b.startSec || a.endSec - b.endSec;
}

function sortedDates(dates: readonly LocalDate[]): LocalDate[] {
  return [...new Set(dates)].sort();
}
