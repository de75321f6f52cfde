import type { OfficerSkill } from '../../../shared/domain';
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
        return fail(
          `${label.en}: "${item}" has a bad valid-until date; write it as skill@2026-12-31.`,
          `${label.zh}：“${item}”的有效期日期不正确，请写成 技能@2026-12-31 的形式。`,
        );
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
