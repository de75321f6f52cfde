import { formatClock, plannedBreak, type GeoPoint, type Officer } from '../../../shared/domain';
import type { I18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/language';

type T = I18n['t'];

/** One officer as a row of the officers table shows it, in the screen's language. */
export interface OfficerRowView {
  skills: string;
  shift: string;
  lunch: string;
  limits: string;
  places: string;
  active: string;
}

export function officerRowView(officer: Officer, t: T, language: Language): OfficerRowView {
  const lunch = plannedBreak(officer);
  const skills = officer.skills.map((s) => skillText(s, t));
  return {
    skills: skills.length > 0 ? joinList(language, skills) : t('officers.none'),
    shift: `${formatClock(officer.shiftStartSec)}–${formatClock(officer.shiftEndSec)}`,
    lunch: lunch
      ? t('officers.breakAt', { start: breakStart(lunch.earliestStartSec, lunch.latestStartSec), minutes: lunch.durationSec / 60 })
      : t('officers.none'),
    limits: t('officers.limits', { visits: officer.maxVisits, hours: Math.round((officer.maxWorkingSec / 3600) * 10) / 10 }),
    places: `${officer.startAddress ?? place(officer.start)} → ${endPlace(officer, t)}`,
    active: officer.isActive ? t('officers.active') : t('officers.inactive'),
  };
}

/** A skill with how long it holds: "senior until 2026-12-31", "senior from 2027-01-01 until 2027-12-31". */
function skillText(s: Officer['skills'][number], t: T): string {
  if (s.validFrom !== undefined) {
    return s.validUntil === null
      ? t('officers.skillFrom', { skill: s.skill, from: s.validFrom })
      : t('officers.skillFromUntil', { skill: s.skill, from: s.validFrom, date: s.validUntil });
  }
  return s.validUntil === null ? s.skill : t('officers.skillUntil', { skill: s.skill, date: s.validUntil });
}

function breakStart(earliestSec: number, latestSec: number): string {
  return earliestSec === latestSec ? formatClock(earliestSec) : `${formatClock(earliestSec)}–${formatClock(latestSec)}`;
}

function place(point: GeoPoint): string {
  return `${point.lat.toFixed(4)}, ${point.lng.toFixed(4)}`;
}

function endPlace(officer: Officer, t: T): string {
  if (officer.end === null) return t('officers.openEnd');
  if (officer.endAddress !== undefined) return officer.endAddress;
  const same = officer.end.lat === officer.start.lat && officer.end.lng === officer.start.lng;
  return same ? t('officers.backToStart') : place(officer.end);
}

/** Items joined the language's way: "a, b and c", "a、b和c". */
export function joinList(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items);
}
