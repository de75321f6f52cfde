import { formatWindow, VisitKind, WEEKDAYS, type Message, type RuleSet, type Weekday } from '../../../shared/domain';
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
}

/** A field of the form, named as the rules file names it: `hours.sat`, `holidays`, `frequency.maxVisits`, `certificates.collection`. */
export type FieldName = `hours.${Weekday}` | DateField | `frequency.${FrequencyField}` | `certificates.${VisitKind}`;

export type TextsResult = { ok: true; rules: RuleSet } | { ok: false; problems: { field: FieldName | null; message: Message }[] };

/** The rules as text: a day's blocks as `08:00-12:00; 13:30-20:00`, one date a line, no certificate as empty. */
export function rulesToTexts(rules: RuleSet): RulesTexts {
  return {
    hours: record(WEEKDAYS, (day) => rules.hours[day].map(formatWindow).join('; ')),
    dates: record(DATE_FIELDS, (field) => rules[field].join('\n')),
    frequency: record(FREQUENCY_FIELDS, (field) => String(rules.frequency[field])),
    certificates: record(VisitKind.options, (kind) => rules.certificates[kind] ?? ''),
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
    },
  };
  const read = rulesFromFile(JSON.stringify(file));
  if (read.ok) return read;
  return { ok: false, problems: read.problems.map((message) => ({ field: fieldOf(message), message })) };
}

const FIELD_AT_START = /^(hours\.[a-z]{3}|holidays|workdays|noVisitDays|frequency\.[A-Za-z]+|certificates\.[a-z-]+)(?=[[:.])/;

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
