import { message, type MessageKey, type Sentence } from '../i18n';
import { type ReasonCode } from './problem';

export type { Sentence } from '../i18n';

/** Facts a reason's sentence may quote. */
export interface ReasonDetails {
  /** Skills nobody (on shift and qualified that day) holds, or all required ones when only the combination is missing. */
  missingSkills: readonly string[];
  maxPerCustomer: number;
  permittedStartSec: number;
  permittedEndSec: number;
}

/** Reasons whose sentence quotes no facts. */
const PLAIN_REASON: Record<Exclude<ReasonCode, 'no_skilled_officer' | 'outside_permitted_hours' | 'too_frequent'>, MessageKey> = {
  not_approved: 'whyUnassigned.notApproved',
  no_officers: 'whyUnassigned.noOfficers',
  outside_all_shifts: 'whyUnassigned.outsideAllShifts',
  window_unreachable: 'whyUnassigned.windowUnreachable',
  max_visits_reached: 'whyUnassigned.maxVisitsReached',
  max_working_time_reached: 'whyUnassigned.maxWorkingTimeReached',
  capacity: 'whyUnassigned.capacity',
};

/** One sentence per reason, in the order of `reasons`. */
export function reasonSentence(reason: ReasonCode, details: ReasonDetails): Sentence {
  switch (reason) {
    case 'no_skilled_officer': {
      const skills = details.missingSkills.map((s) => `“${s}”`);
      return message('whyUnassigned.noSkilledOfficer', { count: skills.length, skills });
    }
    case 'outside_permitted_hours':
      return message('whyUnassigned.outsidePermittedHours', {
        hours: `${clock(details.permittedStartSec)}–${clock(details.permittedEndSec)}`,
      });
    case 'too_frequent':
      return message('whyUnassigned.tooFrequent', { count: details.maxPerCustomer });
    default:
      return message(PLAIN_REASON[reason]);
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
