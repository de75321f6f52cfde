import { LocalDate, Skill, type Message } from '../../../shared/domain';

/** How a column is named in messages ("Latitude" / "纬度"). */
export interface Label {
  en: string;
  zh: string;
}

/** A cell parsed into a typed value, or a message saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Message };

/** A parser of one cell's trimmed, non-empty text. */
export type CellParser<T> = (text: string, label: Label) => Parsed<T>;

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail(en: string, zh: string): Parsed<never> {
  return { ok: false, message: { en, zh } };
}

/** Free text of at most `maxLength` characters. */
export function textCell(maxLength: number): CellParser<string> {
  return (text, label) =>
    text.length <= maxLength ? ok(text) : fail(`${label.en} must be at most ${maxLength} characters (it has ${text.length}).`, `${label.zh}最多 ${maxLength} 个字符（当前 ${text.length} 个）。`);
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
    return integer
      ? fail(`${label.en} must be a whole number from ${min} to ${max}.`, `${label.zh}必须是 ${min} 到 ${max} 之间的整数。`)
      : fail(`${label.en} must be a number between ${min} and ${max}.`, `${label.zh}必须是 ${min} 到 ${max} 之间的数字。`);
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
  return (text, label) =>
    rule.safeParse(text).success
      ? ok(text)
      : fail(`${label.en} "${text}" may use letters, digits and _ . - : # / only, at most 64 characters.`, `${label.zh}“${text}”只能包含字母、数字和 _ . - : # /，最多 64 个字符。`);
}

/** A calendar date: `2026-11-23`, `2026/11/23`, `2026.11.23` or `2026年11月23日`; a midnight time part is tolerated. */
export const dateCell: CellParser<LocalDate> = (text, label) => {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+0{1,2}:00(?::00)?)?$/u.exec(text.normalize('NFKC'));
  if (!match) return fail(`${label.en} must be a date like 2026-11-23.`, `${label.zh}必须是类似 2026-11-23 的日期。`);
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  if (!LocalDate.safeParse(iso).success) return fail(`${label.en} ${iso} is not a real calendar date.`, `${label.zh} ${iso} 不是真实存在的日期。`);
  return ok(iso);
};

/** A phone number: 7–20 digits once spaces, dashes, dots, parentheses and a leading + are removed. */
export const phoneCell: CellParser<string> = (text, label) => {
  const digits = text.normalize('NFKC').replace(/^\+/, '').replace(/[\s\-().]/g, '');
  if (/^\d{7,20}$/.test(digits) && text.length <= 32) return ok(text);
  return fail(`${label.en} "${text}" does not look like a phone number (7 to 20 digits).`, `${label.zh}“${text}”不像电话号码（应为 7 到 20 位数字）。`);
};

/**
 * One of a fixed set of values, looked up case-, space-, `_`- and `-`-insensitively in `table`
 * (English and Chinese spellings). `allowed` lists the canonical values for the message.
 */
export function choiceCell<T>(table: Record<string, T>, allowed: Label): CellParser<T> {
  const lookup = new Map(Object.entries(table).map(([k, v]) => [foldChoice(k), v]));
  return (text, label) => {
    const value = lookup.get(foldChoice(text));
    if (value !== undefined) return ok(value);
    return fail(`${label.en} "${text}" is not recognised; use one of: ${allowed.en}.`, `无法识别的${label.zh}“${text}”，请使用：${allowed.zh}。`);
  };
}

function foldChoice(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** Yes/no as spreadsheets write it. */
export const boolCell = choiceCell<boolean>(
  { yes: true, no: false, y: true, n: false, true: true, false: false, '1': true, '0': false, 是: true, 否: false, 在职: true, 离职: false },
  { en: 'yes, no, true, false, 1, 0', zh: '是、否、yes、no、1、0' },
);

/** Splits a list cell on `;` `；` `,` `，` `、`, dropping empty items. */
export function splitList(text: string): string[] {
  return text.split(/[;；,，、]/u).map((s) => s.trim()).filter((s) => s !== '');
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
  return fail(
    `${label.en}: "${text}" is not a valid skill name; use letters, digits, _ and - only (no spaces, at most 32 characters).`,
    `${label.zh}：“${text}”不是有效的技能名称，只能使用字母、数字、_ 和 -（不含空格，最多 32 个字符）。`,
  );
}
