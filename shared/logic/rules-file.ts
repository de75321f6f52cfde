import {
  DEFAULT_FOLLOW_UP_RULES,
  FollowUpRules,
  formatWindow,
  LocalDate,
  NO_CERTIFICATES,
  parseClockRange,
  RuleSet,
  Skill,
  VisitKind,
  WEEKDAYS,
  type Message,
  type TimeWindow,
} from '../domain';
import { message, type MessageKey } from '../i18n';
import { CALENDAR_WORDS } from '../i18n/messages/visit-rules';
import { fieldPath, normaliseRules, problemSentence, ruleProblems } from './rule-set';

/**
 * The rules file, for people to read and edit and for moving rules between workspaces:
 * `{ "format": "field-dispatch-rules", "version": 1, "rules": { … } }`, the rules' fields as the
 * rule set names them, each weekday's permitted hours as `"08:00-20:00"` blocks and dates as
 * `YYYY-MM-DD`, and per visit kind the certificate an officer needs
 * (`"certificates": { "collection": "cert-a", "verification": null, … }`), and per outcome result
 * its follow-up rule (`"followUps": { "not_at_home": { "then": "visit", … }, … }`). The three date
 * lists, `certificates` and any kind in it may be left out (none), and `followUps` (the defaults);
 * everything else must be there.
 */
export const RULES_FILE_FORMAT = 'field-dispatch-rules';
export const RULES_FILE_VERSION = 1;

/** At most this many blocks a day and dates a list (the rule set's schema says the same). */
const MAX_BLOCKS = 4;
const MAX_DATES = 2_000;
const DATE_LISTS = ['holidays', 'workdays', 'noVisitDays'] as const;
const FREQUENCY = RuleSet.shape.frequency.shape;
const NUMBERS = [
  { field: 'maxVisits', schema: FREQUENCY.maxVisits, whole: true },
  { field: 'windowDays', schema: FREQUENCY.windowDays, whole: true },
  { field: 'minGapHours', schema: FREQUENCY.minGapHours, whole: false },
] as const;

export type RulesFileResult = { ok: true; rules: RuleSet } | { ok: false; problems: Message[] };
export type CalendarResult = { ok: true; holidays: LocalDate[]; workdays: LocalDate[] } | { ok: false; problems: Message[] };

/** The rules as a rules file (normalised, so equal rules give equal files). */
export function rulesToFile(rules: RuleSet): string {
  const r = normaliseRules(rules);
  const file = {
    format: RULES_FILE_FORMAT,
    version: RULES_FILE_VERSION,
    rules: {
      hours: Object.fromEntries(WEEKDAYS.map((day) => [day, r.hours[day].map(formatWindow)])),
      holidays: r.holidays,
      workdays: r.workdays,
      noVisitDays: r.noVisitDays,
      frequency: r.frequency,
      certificates: r.certificates,
      followUps: r.followUps,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a rules file: the rules (checked as a save checks them, normalised), or every problem
 * found, each naming the field (`hours.sat[1]`, `holidays[3]`) and what is wrong with it.
 */
export function rulesFromFile(text: string): RulesFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refused([message('rules.file.notJson')]);
  }
  if (!isRecord(data) || data.format !== RULES_FILE_FORMAT) return refused([message('rules.file.notRulesFile')]);
  if (data.version === undefined) return refused([problemSentence({ path: 'version', reason: message('rules.reason.missing') })]);
  if (data.version !== RULES_FILE_VERSION) return refused([message('rules.file.version', { version: JSON.stringify(data.version) })]);

  const reader = new FieldReader();
  reader.unknownFields(data, ['format', 'version', 'rules'], []);
  const rules = reader.object(data.rules, 'rules') ? readRules(reader, data.rules) : null;
  if (rules === null || reader.problems.length > 0) return refused(reader.problems);

  const problems = ruleProblems(rules).map(problemSentence);
  if (problems.length > 0) return refused(problems);
  // The reader mirrors the schema; should they ever differ, the schema still has the last word.
  const parsed = RuleSet.safeParse(rules);
  if (!parsed.success) {
    return refused(parsed.error.issues.map((i) => problemSentence({ path: fieldPath(i.path), reason: message('rules.reason.invalid') })));
  }
  return { ok: true, rules: normaliseRules(parsed.data) };
}

/**
 * Reads a holiday calendar, a CSV file with one line per day, `date,type`: the type `holiday`
 * (放假, 休息) or `workday` (an adjusted working day: 上班, 调休). A first line naming the
 * columns, blank lines, lines starting with `#` and further columns (a holiday's name) are
 * skipped; dates may also be written `2026/10/1`. Returns the dates sorted, or every problem by
 * line and column.
 */
export function holidaysFromCalendarCsv(text: string): CalendarResult {
  const problems: Message[] = [];
  const seen = new Map<LocalDate, { type: 'holiday' | 'workday'; line: number }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let first = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const [dateCell = '', typeCell = ''] = raw.split(/[,;\t，]/).map(unquote);
    const isHeader = first && isWord(dateCell, CALENDAR_WORDS.dateHeader);
    first = false;
    if (isHeader) return;
    const problem = (column: string, reason: Message) => problems.push(message('rules.calendar.problem', { line, column, reason }));
    const date = calendarDate(dateCell);
    if ('reason' in date) problem('date', date.reason);
    const type = isWord(typeCell, CALENDAR_WORDS.holiday) ? 'holiday' : isWord(typeCell, CALENDAR_WORDS.workday) ? 'workday' : null;
    if (type === null) {
      problem('type', typeCell === '' ? message('rules.calendar.empty') : message('rules.calendar.badType', { value: typeCell }));
    }
    if (!('date' in date) || type === null) return;
    const earlier = seen.get(date.date);
    if (earlier && earlier.type !== type) {
      problem('type', message('rules.calendar.conflict', { date: date.date, other: earlier.line }));
    } else if (!earlier) {
      seen.set(date.date, { type, line });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  if (seen.size === 0) return { ok: false, problems: [message('rules.calendar.noDates')] };
  const of = (type: 'holiday' | 'workday') =>
    [...seen]
      .filter(([, entry]) => entry.type === type)
      .map(([date]) => date)
      .sort();
  return { ok: true, holidays: of('holiday'), workdays: of('workday') };
}

function readRules(reader: FieldReader, data: Record<string, unknown>): RuleSet | null {
  reader.unknownFields(data, ['hours', ...DATE_LISTS, 'frequency', 'certificates', 'followUps'], []);
  const hours: Partial<Record<(typeof WEEKDAYS)[number], TimeWindow[]>> = {};
  if (reader.object(data.hours, 'hours')) {
    const days = data.hours;
    reader.unknownFields(days, WEEKDAYS, ['hours']);
    for (const day of WEEKDAYS) {
      const blocks = reader.list(days[day], ['hours', day], MAX_BLOCKS, true);
      if (blocks) hours[day] = blocks.flatMap((block, i) => reader.window(block, ['hours', day, i]) ?? []);
    }
  }
  const dates = Object.fromEntries(
    DATE_LISTS.map((field) => {
      const list = reader.list(data[field], [field], MAX_DATES, false) ?? [];
      return [field, list.flatMap((value, i) => reader.date(value, [field, i]) ?? [])];
    }),
  ) as Record<(typeof DATE_LISTS)[number], LocalDate[]>;
  let frequency: Partial<RuleSet['frequency']> = {};
  if (reader.object(data.frequency, 'frequency')) {
    const given = data.frequency;
    reader.unknownFields(
      given,
      NUMBERS.map((n) => n.field),
      ['frequency'],
    );
    frequency = Object.fromEntries(NUMBERS.map((n) => [n.field, reader.number(given[n.field], ['frequency', n.field], n)]));
  }
  // A file written before certificates existed has none: no certificate is required.
  const certificates = { ...NO_CERTIFICATES };
  if (data.certificates !== undefined && reader.object(data.certificates, 'certificates')) {
    const given = data.certificates;
    reader.unknownFields(given, VisitKind.options, ['certificates']);
    for (const kind of VisitKind.options) certificates[kind] = reader.certificate(given[kind], ['certificates', kind]);
  }
  const followUps = reader.followUps(data.followUps);
  if (reader.problems.length > 0) return null;
  return { hours: hours as RuleSet['hours'], ...dates, frequency: frequency as RuleSet['frequency'], certificates, followUps };
}

/** Reads the file's fields one by one, keeping a problem for each that is wrong. */
class FieldReader {
  readonly problems: Message[] = [];

  add(path: readonly PropertyKey[] | string, key: MessageKey, values?: Parameters<typeof message>[1]): void {
    this.problems.push(problemSentence({ path: typeof path === 'string' ? path : fieldPath(path), reason: message(key, values) }));
  }

  /** A file written before follow-up rules existed has the defaults; one that has them names each field at fault. */
  followUps(value: unknown): RuleSet['followUps'] {
    if (value === undefined) return DEFAULT_FOLLOW_UP_RULES;
    const parsed = FollowUpRules.strict().safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key: MessageKey = issue.code === 'unrecognized_keys' ? 'rules.reason.unknownField' : 'rules.reason.invalid';
      this.add(['followUps', ...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])], key);
    }
    return DEFAULT_FOLLOW_UP_RULES;
  }

  unknownFields(data: Record<string, unknown>, known: readonly string[], at: readonly PropertyKey[]): void {
    for (const key of Object.keys(data)) if (!known.includes(key)) this.add([...at, key], 'rules.reason.unknownField');
  }

  object(value: unknown, path: string): value is Record<string, unknown> {
    if (value === undefined) this.add(path, 'rules.reason.missing');
    else if (!isRecord(value)) this.add(path, 'rules.reason.notObject');
    else return true;
    return false;
  }

  list(value: unknown, path: readonly PropertyKey[], max: number, required: boolean): unknown[] | null {
    if (value === undefined) {
      if (required) this.add(path, 'rules.reason.missing');
      return null;
    }
    if (!Array.isArray(value)) this.add(path, 'rules.reason.notList');
    else if (value.length > max) this.add(path, 'rules.reason.tooMany', { max });
    else return value;
    return null;
  }

  window(value: unknown, path: readonly PropertyKey[]): TimeWindow | null {
    if (typeof value !== 'string') return this.refuse(path, 'rules.reason.notText');
    const range = parseClockRange(value);
    if (range === null) return this.refuse(path, 'rules.reason.notRange');
    if (range.endSec < range.startSec) return this.refuse(path, 'rules.reason.endsBeforeStart');
    return range;
  }

  date(value: unknown, path: readonly PropertyKey[]): LocalDate | null {
    if (typeof value !== 'string') return this.refuse(path, 'rules.reason.notText');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return this.refuse(path, 'rules.reason.notDate');
    if (!LocalDate.safeParse(value).success) return this.refuse(path, 'rules.reason.notRealDate');
    return value;
  }

  number(value: unknown, path: readonly PropertyKey[], spec: (typeof NUMBERS)[number]): number | null {
    const min = spec.schema.minValue ?? 0;
    const max = spec.schema.maxValue ?? Number.MAX_SAFE_INTEGER;
    if (value === undefined) return this.refuse(path, 'rules.reason.missing');
    const fits = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
    if (fits && (!spec.whole || Number.isInteger(value))) return value;
    return this.refuse(path, spec.whole ? 'rules.reason.notWholeNumber' : 'rules.reason.notNumber', { min, max });
  }

  /** A certificate's name as a skill is named (lower-cased), or null (also for `""`: none). */
  certificate(value: unknown, path: readonly PropertyKey[]): string | null {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
    const name = typeof value === 'string' ? Skill.safeParse(value) : null;
    return name?.success ? name.data : this.refuse(path, 'rules.reason.notCertificate');
  }

  private refuse(path: readonly PropertyKey[], key: MessageKey, values?: Parameters<typeof message>[1]): null {
    this.add(path, key, values);
    return null;
  }
}

/** A calendar date cell: `2026-10-01`, or with `/` or `.` and single-digit month or day. */
function calendarDate(cell: string): { date: LocalDate } | { reason: Message } {
  if (cell === '') return { reason: message('rules.calendar.empty') };
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(cell);
  if (!match) return { reason: message('rules.reason.notDate') };
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return LocalDate.safeParse(date).success ? { date } : { reason: message('rules.reason.notRealDate') };
}

function refused(problems: Message[]): RulesFileResult {
  return { ok: false, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWord(cell: string, words: readonly string[]): boolean {
  return words.includes(cell.toLowerCase());
}

function unquote(cell: string): string {
  return cell
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
}
