import type { OfficerEditField } from '../api/officer-edit';
import { formatClock, plannedBreak, type GeoPoint, type Officer } from '../domain';

/** The word an officers file uses for an end place with no return trip. */
export const OPEN_END = 'open';

/**
 * An officer's editable fields written as an officers file writes them, so the edit form starts
 * from text the import's rules read back to the same record: clocks `HH:MM`, a flexible break
 * start `HH:MM-HH:MM`, minutes, `skill@YYYY-MM-DD` lists, `open` for no return trip, `yes`/`no`.
 */
export function officerCells(officer: Officer): Record<OfficerEditField, string> {
  const lunch = plannedBreak(officer);
  return {
    team: officer.team,
    skills: officer.skills.map(skillText).join(';'),
    shift_start: formatClock(officer.shiftStartSec),
    shift_end: formatClock(officer.shiftEndSec),
    break_start: lunch ? breakStartText(lunch.earliestStartSec, lunch.latestStartSec) : '',
    break_min: lunch ? String(Math.round(lunch.durationSec / 60)) : '',
    max_visits: String(officer.maxVisits),
    // Zero minutes is not a limit a file can write: empty means "the shift's length", as on import.
    max_work_min: officer.maxWorkingSec > 0 ? String(Math.round(officer.maxWorkingSec / 60)) : '',
    start_lat: coordinate(officer.start, 'lat'),
    start_lng: coordinate(officer.start, 'lng'),
    end_lat: officer.end === null ? OPEN_END : coordinate(officer.end, 'lat'),
    end_lng: officer.end === null ? '' : coordinate(officer.end, 'lng'),
    start_address: officer.startAddress ?? '',
    end_address: officer.endAddress ?? '',
    active: officer.isActive ? 'yes' : 'no',
  };
}

/** `skill`, `skill@until`, `skill@from~until` or `skill@from~`. */
function skillText(s: Officer['skills'][number]): string {
  if (s.validFrom !== undefined) return `${s.skill}@${s.validFrom}~${s.validUntil ?? ''}`;
  return s.validUntil === null ? s.skill : `${s.skill}@${s.validUntil}`;
}

function breakStartText(earliestSec: number, latestSec: number): string {
  return earliestSec === latestSec ? formatClock(earliestSec) : `${formatClock(earliestSec)}-${formatClock(latestSec)}`;
}

function coordinate(point: GeoPoint, axis: 'lat' | 'lng'): string {
  return String(point[axis]);
}
