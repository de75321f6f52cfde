import { formatWindow, type LocalDate, type OfficerDay } from '../domain';
import { message, type Sentence } from '../i18n';

/**
 * What an officer's day is, in one sentence (`officer` as it should be named, "王伟 (O-1)"): on
 * leave, another shift, another start place, or the day as the roster says (no entry).
 */
export function sayDay(officer: string, date: LocalDate, day: OfficerDay | null): Sentence {
  if (day === null) return message('officerDay.said.ordinary', { officer, date });
  if (day.availability === 'off') return message('officerDay.said.off', { officer, date });
  const shift =
    day.shiftStartSec !== null && day.shiftEndSec !== null ? formatWindow({ startSec: day.shiftStartSec, endSec: day.shiftEndSec }) : null;
  const place = day.start === null ? null : day.startAddress || `${day.start.lat}, ${day.start.lng}`;
  if (shift !== null && place !== null) return message('officerDay.said.shiftAndStart', { officer, date, shift, place });
  if (shift !== null) return message('officerDay.said.shift', { officer, date, shift });
  if (place !== null) return message('officerDay.said.start', { officer, date, place });
  return message('officerDay.said.ordinary', { officer, date });
}
