import {
  formatWindow,
  OutcomeResult,
  VisitKind,
  WEEKDAYS,
  type FollowUpFrom,
  type FollowUpOfficer,
  type FollowUpThen,
  type FollowUpWindow,
  type Message,
  type RuleSet,
  type Weekday,
} from '../../../shared/domain';
import { RULES_FILE_FORMAT, RULES_FILE_VERSION, rulesFromFile } from '../../../shared/logic/rules-file';

export const DATE_FIELDS = ['holidays', 'workdays', 'noVisitDays'] as const;
export const FREQUENCY_FIELDS = ['maxVisits', 'windowDays', 'minGapHours'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export type FrequencyField = (typeof FREQUENCY_FIELDS)[number];

/** The rules as the screen's fields hold them: text, as a person types it. */
export interface RulesTexts {
  hours: Record<Weekday, string>;
  dates: Record<DateField, string>;
  frequency: Record<FrequencyField, string>;
  certificates: Record<VisitKind, string>;
  followUps: Record<OutcomeResult, FollowUpTexts>;
}

/** One outcome result's follow-up rule as its row of controls holds it (the visit's fields kept while another choice is shown). */
export interface FollowUpTexts {
  then: FollowUpThen['then'];
  kind: VisitKind;
  from: FollowUpFrom;
  earliestDays: string;
  latestDays: string;
  window: FollowUpWindow;
  officer: FollowUpOfficer;
  /** '' : the priority of the visit it came from. */
  priority: string;
}

/** What a row starts from when a result had no visit: a follow-up visit 2 to 5 days later, as the defaults' not-at-home. */
const VISIT_TEXTS: Omit<FollowUpTexts, 'then'> = {
  kind: 'follow-up',
  from: 'visit',
  earliestDays: '2',
  latestDays: '5',
  window: 'other',
  officer: 'any',
  priority: '',
};

/**
 * A field of the form, named as the rules file names it: `hours.sat`, `holidays`,
 * `frequency.maxVisits`, `certificates.collection`, `followUps.not_at_home`.
 */
export type FieldName =
  `hours.${Weekday}` | DateField | `frequency.${FrequencyField}` | `certificates.${VisitKind}` | `followUps.${OutcomeResult}`;

export type TextsResult = { ok: true; rules: RuleSet } | { ok: false; problems: { field: FieldName | null; message: Message }[] };

/** The rules as text: a day's blocks as `08:00-12:00; 13:30-20:00`, one date a line, no certificate as empty. */
export function rulesToTexts(rules: RuleSet): RulesTexts {
  return {
    hours: record(WEEKDAYS, (day) => rules.hours[day].map(formatWindow).join('; ')),
    dates: record(DATE_FIELDS, (field) => rules[field].join('\n')),
    frequency: record(FREQUENCY_FIELDS, (field) => String(rules.frequency[field])),
    certificates: record(VisitKind.options, (kind) => rules.certificates[kind] ?? ''),
    followUps: record(OutcomeResult.options, (result) => followUpTexts(rules.followUps[result])),
  };
}

function followUpTexts(rule: FollowUpThen): FollowUpTexts {
  if (rule.then !== 'visit') return { then: rule.then, ...VISIT_TEXTS };
  const { earliestDays, latestDays, priority, ...choices } = rule;
  return {
    ...choices,
    earliestDays: String(earliestDays),
    latestDays: String(latestDays),
    priority: priority === null ? '' : String(priority),
  };
}

/** A row as the rules file writes it: a visit's numbers as numbers when they look like one. */
function followUpOfTexts(texts: FollowUpTexts): Record<string, unknown> {
  if (texts.then !== 'visit') return { then: texts.then };
  const { earliestDays, latestDays, priority, ...choices } = texts;
  return {
    ...choices,
    earliestDays: numberOrText(earliestDays),
    latestDays: numberOrText(latestDays),
    priority: priority.trim() === '' ? null : numberOrText(priority),
  };
}

/**
 * Reads the fields exactly as a rules file is read: the text is put into a rules file (blocks and
 * dates split at `;` and line ends, numbers as numbers when they look like one) and handed to the
 * rules-file reader, whose problem sentences name the field in both languages.
 */
export function rulesFromTexts(texts: RulesTexts): TextsResult {
  const file = {
    format: RULES_FILE_FORMAT,
    version: RULES_FILE_VERSION,
    rules: {
      hours: record(WEEKDAYS, (day) => pieces(texts.hours[day])),
      ...record(DATE_FIELDS, (field) => pieces(texts.dates[field])),
      frequency: record(FREQUENCY_FIELDS, (field) => numberOrText(texts.frequency[field])),
      certificates: record(VisitKind.options, (kind) => texts.certificates[kind].trim()),
      followUps: record(OutcomeResult.options, (result) => followUpOfTexts(texts.followUps[result])),
    },
  };
  const read = rulesFromFile(JSON.stringify(file));
  if (read.ok) return read;
  return { ok: false, problems: read.problems.map((message) => ({ field: fieldOf(message), message })) };
}

const FIELD_AT_START =
  /^(hours\.[a-z]{3}|holidays|workdays|noVisitDays|frequency\.[A-Za-z]+|certificates\.[a-z-]+|followUps\.[a-z_]+)(?=[[:.])/;

/** The field a problem sentence names (it starts `{path}: `), or null for a sentence about the whole. */
function fieldOf(message: Message): FieldName | null {
  return (FIELD_AT_START.exec(message.en)?.[1] as FieldName | undefined) ?? null;
}

/** Entries separated by `;` or line ends, blanks left out. */
function pieces(text: string): string[] {
  return text
    .split(/[;\n\r]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/** A number as the file would hold it; anything else stays text (refused by the reader), empty is missing. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function record<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}
