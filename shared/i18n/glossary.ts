/**
 * One Chinese term per concept. The catalogue's Chinese uses the term and none of the words in
 * `avoid`, which offices use for the same thing (a test checks it); the README shows this table.
 * Import column aliases are not sentences and keep every word offices write.
 */
export const glossary = [
  { concept: 'visit', zh: '走访', avoid: ['外访', '访问', '拜访'] },
  { concept: 'officer', zh: '外访员', avoid: ['人员', '专员', '催收员', '业务员'] },
  { concept: 'dispatcher', zh: '调度员', avoid: ['派单员'] },
  { concept: 'supervisor', zh: '主管', avoid: ['督导', '组长'] },
  { concept: 'appointment window', zh: '时段', avoid: ['时间窗', '时间段'] },
  { concept: 'shift', zh: '班次', avoid: ['轮班', '班表'] },
  { concept: 'leave', zh: '休假', avoid: ['请假'] },
  { concept: 'itinerary', zh: '行程', avoid: ['路线单', '路书'] },
  { concept: 'plan', zh: '方案', avoid: ['计划'] },
  { concept: 'certificate', zh: '资质证书', avoid: ['资格证', '上岗证', '执业证'] },
  { concept: 'override', zh: '特批', avoid: ['越权', '强制通过'] },
  { concept: 'hold', zh: '冻结', avoid: ['暂停客户', '封禁'] },
] as const;

/**
 * The avoided words a Chinese sentence uses. The glossary's own terms are taken out first, so the
 * officer's 外访员 does not count as the avoided 外访.
 */
export function avoidedTermsIn(text: string): string[] {
  const withoutTerms = glossary.reduce((rest, entry) => rest.split(entry.zh).join('\u0000'), text);
  return glossary.flatMap((entry) => entry.avoid.filter((word) => withoutTerms.includes(word)));
}
