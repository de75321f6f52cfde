import type { OfficerSkill } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { dateCell, fail, ok, skillName, splitList, type CellParser, type Label, type Parsed } from './cells';

/**
 * An officer's skills: `skill`, `skill@YYYY-MM-DD` (held through that date inclusive) or
 * `skill@YYYY-MM-DD~YYYY-MM-DD` (from the first date through the second; `skill@YYYY-MM-DD~` has
 * no end), separated like any list cell. A skill listed twice keeps the earlier start and the
 * later expiry (no start or no expiry beats any date).
 */
export const officerSkillsCell: CellParser<OfficerSkill[]> = (text, label) => {
  const byName = new Map<string, OfficerSkill>();
  for (const item of splitList(text)) {
    const [namePart, datePart, ...rest] = item.split(/[@＠]/u);
    const name = skillName(namePart.trim(), label);
    if (!name.ok) return name;
    const validity = datePart === undefined ? ok<Validity>({ validUntil: null }) : readValidity(datePart, rest.length === 0, item, label);
    if (!validity.ok) return validity;
    const earlier = byName.get(name.value);
    const validFrom = earliest(earlier, validity.value.validFrom);
    byName.set(name.value, {
      skill: name.value,
      ...(validFrom === undefined ? {} : { validFrom }),
      validUntil: later(earlier?.validUntil, validity.value.validUntil),
    });
  }
  return ok([...byName.values()]);
};

type Validity = Pick<OfficerSkill, 'validFrom' | 'validUntil'>;

/** `until`, `from~until` or `from~` after the `@`. */
function readValidity(text: string, single: boolean, item: string, label: Label): Parsed<Validity> {
  const bad = fail(message('importProblem.badSkillExpiry', { column: label, item }));
  const parts = single ? text.split(/[~～至]/u).map((p) => p.trim()) : [];
  if (parts.length === 1) {
    const until = dateCell(parts[0], label);
    return until.ok ? ok({ validUntil: until.value }) : bad;
  }
  if (parts.length !== 2) return bad;
  const from = dateCell(parts[0], label);
  const until = parts[1] === '' ? ok(null) : dateCell(parts[1], label);
  if (!from.ok || !until.ok) return bad;
  if (until.value !== null && until.value < from.value) {
    return fail(message('importProblem.skillEndsBeforeStart', { column: label, item }));
  }
  return ok({ validFrom: from.value, validUntil: until.value });
}

/** The earlier start of a skill listed twice; undefined (valid from any day) when either has none. */
function earliest(earlier: OfficerSkill | undefined, from: string | undefined): string | undefined {
  if (earlier === undefined) return from;
  if (earlier.validFrom === undefined || from === undefined) return undefined;
  return earlier.validFrom < from ? earlier.validFrom : from;
}

function later(a: string | null | undefined, b: string | null): string | null {
  if (a === undefined) return b;
  if (a === null || b === null) return null;
  return a > b ? a : b;
}
