import type { OfficerSkill } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { dateCell, fail, ok, skillName, splitList, type CellParser } from './cells';

/**
 * An officer's skills: `skill` or `skill@YYYY-MM-DD` (held through that date inclusive), separated
 * like any list cell. A skill listed twice keeps the later expiry (no expiry beats any date).
 */
export const officerSkillsCell: CellParser<OfficerSkill[]> = (text, label) => {
  const byName = new Map<string, OfficerSkill>();
  for (const item of splitList(text)) {
    const [namePart, datePart, ...rest] = item.split(/[@＠]/u);
    const name = skillName(namePart.trim(), label);
    if (!name.ok) return name;
    let validUntil: string | null = null;
    if (datePart !== undefined) {
      const date = rest.length === 0 ? dateCell(datePart.trim(), label) : null;
      if (!date?.ok) {
        return fail(message('importProblem.badSkillExpiry', { column: label, item }));
      }
      validUntil = date.value;
    }
    const earlier = byName.get(name.value);
    byName.set(name.value, { skill: name.value, validUntil: later(earlier?.validUntil, validUntil) });
  }
  return ok([...byName.values()]);
};

function later(a: string | null | undefined, b: string | null): string | null {
  if (a === undefined) return b;
  if (a === null || b === null) return null;
  return a > b ? a : b;
}
