import { LocalDate, Skill, type Message } from '../../../shared/domain';
import { message, type Sentence } from '../../../shared/i18n';
import { YES_NO_ALIASES } from './value-aliases';

/** How a column is named in messages: its `column.*` name in both languages. */
export type Label = Sentence;

/** A cell parsed into a typed value, or a message saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Message };

/** A parser of one cell's trimmed, non-empty text. */
export type CellParser<T> = (text: string, label: Label) => Parsed<T>;

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail(problem: Message): Parsed<never> {
  return { ok: false, message: problem };
}

/** Free text of at most `maxLength` characters. */
export function textCell(maxLength: number): CellParser<string> {
  return (text, label) =>
    text.length <= maxLength ? ok(text) : fail(message('importProblem.tooLong', { column: label, max: maxLength, length: text.length }));
}

/** A plain decimal number, after full-width folding: `12`, `-3.5`, `.5`. */
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number in [min, max], whole when `integer`; full-width digits are accepted. */
export function numberCell(range: { min: number; max: number; integer?: boolean }): CellParser<number> {
  const { min, max, integer = false } = range;
  return (text, label) => {
    const folded = text.normalize('NFKC').replace(/\s+/g, '');
    const value = DECIMAL.test(folded) ? Number(folded) : NaN;
    if (Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) return ok(value);
    return fail(message(integer ? 'importProblem.notWholeNumber' : 'importProblem.notNumber', { column: label, min, max }));
  };
}

/** A money amount: like numberCell, also accepting ¥/￥ and thousands separators (`12,345.60`). */
export function amountCell(max: number): CellParser<number> {
  const plain = numberCell({ min: 0, max });
  return (text, label) => {
    const stripped = text.normalize('NFKC').replace(/^[¥$]\s*|\s*元$/gu, '');
    const ungrouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(stripped) ? stripped.replace(/,/g, '') : stripped;
    return plain(ungrouped, label);
  };
}

/** An id checked against the domain's id rule (VisitId, OfficerId), with a message a dispatcher can act on. */
export function idCell(rule: { safeParse(text: string): { success: boolean } }): CellParser<string> {
  return (text, label) => (rule.safeParse(text).success ? ok(text) : fail(message('importProblem.badId', { column: label, text })));
}

/** A calendar date: `2026-11-23`, `2026/11/23`, `2026.11.23` or `2026年11月23日`; a midnight time part is tolerated. */
export const dateCell: CellParser<LocalDate> = (text, label) => {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+0{1,2}:00(?::00)?)?$/u.exec(text.normalize('NFKC'));
  if (!match) return fail(message('importProblem.notDate', { column: label }));
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  if (!LocalDate.safeParse(iso).success) return fail(message('importProblem.notRealDate', { column: label, date: iso }));
  return ok(iso);
};

/** A phone number: 7–20 digits once spaces, dashes, dots, parentheses and a leading + are removed. */
export const phoneCell: CellParser<string> = (text, label) => {
  const digits = text
    .normalize('NFKC')
    .replace(/^\+/, '')
    .replace(/[\s\-().]/g, '');
  if (/^\d{7,20}$/.test(digits) && text.length <= 32) return ok(text);
  return fail(message('importProblem.notPhone', { column: label, text }));
};

/**
 * One of a fixed set of values, looked up case-, space-, `_`- and `-`-insensitively in `table`
 * (English and Chinese spellings). `allowed` lists the canonical values for the message.
 */
export function choiceCell<T>(table: Record<string, T>, allowed: Sentence): CellParser<T> {
  const lookup = new Map(Object.entries(table).map(([k, v]) => [foldChoice(k), v]));
  return (text, label) => {
    const value = lookup.get(foldChoice(text));
    if (value !== undefined) return ok(value);
    return fail(message('importProblem.notRecognised', { column: label, text, allowed }));
  };
}

function foldChoice(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** Yes/no as spreadsheets write it. */
export const boolCell = choiceCell(YES_NO_ALIASES, message('importProblem.yesNoChoices'));

/** Splits a list cell on `;` `；` `,` `，` `、`, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；,，、]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list of skill tags, lower-cased and de-duplicated. */
export const skillsCell: CellParser<string[]> = (text, label) => {
  const skills: string[] = [];
  for (const item of splitList(text)) {
    const parsed = skillName(item, label);
    if (!parsed.ok) return parsed;
    if (!skills.includes(parsed.value)) skills.push(parsed.value);
  }
  return ok(skills);
};

/** One skill tag, checked against the domain's Skill rule. */
export function skillName(text: string, label: Label): Parsed<string> {
  const parsed = Skill.safeParse(text);
  if (parsed.success) return ok(parsed.data);
  return fail(message('importProblem.badSkill', { column: label, text }));
}
