import { type ReasonCode } from './problem';

/** A sentence for the dispatcher in both languages. */
export interface Sentence {
  en: string;
  zh: string;
}

/** Facts a reason's sentence may quote. */
export interface ReasonDetails {
  /** Skills nobody (on shift and qualified that day) holds, or all required ones when only the combination is missing. */
  missingSkills: readonly string[];
  maxPerCustomer: number;
  permittedStartSec: number;
  permittedEndSec: number;
}

/** One sentence per reason, in the order of `reasons`. */
export function reasonSentence(reason: ReasonCode, details: ReasonDetails): Sentence {
  switch (reason) {
    case 'not_approved':
      return { en: 'Only approved visits are planned.', zh: '只有已批准的访问才会排入计划。' };
    case 'no_officers':
      return { en: 'No officer is on duty this day.', zh: '当天没有在岗的外访员。' };
    case 'no_skilled_officer': {
      const skills = details.missingSkills;
      const en = skills.length === 1
        ? `No officer on shift holds the skill '${skills[0]}'.`
        : `No officer on shift holds all of the skills ${skills.map((s) => `'${s}'`).join(', ')}.`;
      const zh = skills.length === 1
        ? `没有在班外访员具备“${skills[0]}”技能。`
        : `没有在班外访员同时具备${skills.map((s) => `“${s}”`).join('、')}技能。`;
      return { en, zh };
    }
    case 'outside_permitted_hours': {
      const hours = `${clock(details.permittedStartSec)}–${clock(details.permittedEndSec)}`;
      return {
        en: `None of its time windows lets the visit start and finish within the permitted visiting hours (${hours}).`,
        zh: `其时间窗都无法在允许上门时段（${hours}）内开始并完成访问。`,
      };
    }
    case 'outside_all_shifts':
      return {
        en: 'No qualified officer is on shift during any of its time windows.',
        zh: '具备所需技能的外访员在其任何时间窗内都不在班。',
      };
    case 'window_unreachable':
      return {
        en: 'Even as the only visit of the day, no qualified officer can reach it within its time windows and still finish the shift and take the break.',
        zh: '即使当天只安排这一个访问，具备所需技能的外访员也无法在时间窗内到达，并按时收班和休息。',
      };
    case 'too_frequent':
      return {
        en: `The customer already has ${details.maxPerCustomer} visit(s) this day, the most allowed; higher-priority visits were kept.`,
        zh: `该客户当天已有${details.maxPerCustomer}次访问，达到上限；已保留优先级更高的访问。`,
      };
    case 'max_visits_reached':
      return {
        en: 'Every officer who could take it already has the most visits allowed per day.',
        zh: '能承接该访问的外访员都已达到每日访问上限。',
      };
    case 'max_working_time_reached':
      return {
        en: 'Adding it would exceed the maximum working time of every officer who could take it.',
        zh: '加入该访问会使能承接的外访员超出最长工作时间。',
      };
    case 'capacity':
      return {
        en: 'No room left: every officer who could take it would make other visits miss their time windows or finish the shift late.',
        zh: '日程已满：能承接该访问的外访员若加入它，会使其他访问错过时间窗或无法按时收班。',
      };
  }
}

/** The message for an unassigned visit: its reasons' sentences joined. */
export function explainUnassigned(reasons: readonly ReasonCode[], details: ReasonDetails): Sentence {
  const sentences = reasons.map((r) => reasonSentence(r, details));
  return { en: sentences.map((s) => s.en).join(' '), zh: sentences.map((s) => s.zh).join('') };
}

function clock(sec: number): string {
  const minutes = Math.floor(sec / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Sentence for a rule a hand-made route breaks (see `retimeRoute`); `visitId` names the stop if any. */
export function violationSentence(code: string, visitId: string | null): Sentence {
  const at = visitId === null ? { en: '', zh: '' } : { en: ` (visit ${visitId})`, zh: `（访问 ${visitId}）` };
  const text = VIOLATION_TEXT[code] ?? { en: 'The route breaks a planning rule.', zh: '该路线违反了规划规则。' };
  // Every text ends in one full stop; the stop's id goes just before it.
  return { en: `${text.en.slice(0, -1)}${at.en}.`, zh: `${text.zh.slice(0, -1)}${at.zh}。` };
}

const VIOLATION_TEXT: Record<string, Sentence> = {
  window_missed: { en: 'The officer arrives after the last time window.', zh: '外访员到达时已过最后一个时间窗。' },
  shift_end_exceeded: { en: 'The route ends after the shift.', zh: '路线结束时间晚于下班时间。' },
  break_impossible: { en: 'The break cannot be taken within its allowed time.', zh: '无法在规定时段内安排休息。' },
  max_working_exceeded: { en: 'The route is longer than the maximum working time.', zh: '路线超出最长工作时间。' },
  max_visits_exceeded: { en: 'The route has more visits than the daily limit.', zh: '路线访问数超过每日上限。' },
  skill_missing: { en: 'The officer lacks a required skill.', zh: '外访员缺少所需技能。' },
  unknown_officer: { en: 'The officer is not on duty in this plan.', zh: '该外访员不在本计划的在岗名单中。' },
  unknown_visit: { en: 'The visit is not in this plan.', zh: '该访问不在本计划中。' },
  duplicate_visit: { en: 'The visit appears twice in the route.', zh: '该访问在路线中出现了两次。' },
  not_approved: { en: 'Only approved visits can be planned.', zh: '只有已批准的访问才能排入计划。' },
};
