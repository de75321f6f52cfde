import { formatClock, formatWindow, Officer, OfficerId, type Break, type CoordSystem, type GeoPoint } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { boolCell, choiceCell, idCell, numberCell, textCell } from './cells';
import { breakStartCell, clockCell } from './cell-times';
import { officerSkillsCell } from './officer-skills';
import { coordSystemCell, readPoint } from './points';
import type { RowReader } from './row-reader';
import { schemaGate } from './schema-gate';
import { OPEN_END_WORDS, TRAVEL_MODE_ALIASES } from './value-aliases';

const travelModeCell = choiceCell(TRAVEL_MODE_ALIASES, message('importProblem.travelModeChoices'));

const officerIdCell = idCell(OfficerId);
const maxVisitsCell = numberCell({ min: 0, max: 200, integer: true });
const maxWorkMinCell = numberCell({ min: 1, max: 1440, integer: true });
const breakMinCell = numberCell({ min: 0, max: 240, integer: true });

/**
 * Turns one roster row into an Officer, or records every bad field on the reader and returns
 * undefined. Empty end coordinates mean the day ends where it starts; `open` means no return.
 */
export function parseOfficerRow(reader: RowReader, defaultCoordSystem: CoordSystem): Officer | undefined {
  const id = reader.required('officer_id', officerIdCell);
  const name = reader.required('name', textCell(100));
  const team = reader.optional('team', textCell(64), '');
  const agency = reader.optional('agency', textCell(100), '');
  const system = reader.optional('coord_system', coordSystemCell, defaultCoordSystem);
  const start = readPoint(reader, 'start_lat', 'start_lng', system);
  const end = readEnd(reader, start, system);
  const startAddress = reader.optional('start_address', textCell(200), '');
  const endAddress = reader.optional('end_address', textCell(200), '');
  const shiftStartSec = reader.required('shift_start', clockCell);
  const shiftEndSec = reader.required('shift_end', clockCell);
  if (shiftStartSec !== undefined && shiftEndSec !== undefined && shiftEndSec <= shiftStartSec) {
    reader.fail(
      'shift_end',
      message('importProblem.shiftEndsBeforeStart', { end: formatClock(shiftEndSec), start: formatClock(shiftStartSec) }),
    );
  }
  const breaks = readBreak(reader, shiftStartSec, shiftEndSec);
  const maxVisits = reader.optional('max_visits', maxVisitsCell, 12);
  const shiftMin =
    shiftStartSec !== undefined && shiftEndSec !== undefined ? Math.max(0, Math.floor((shiftEndSec - shiftStartSec) / 60)) : 0;
  const maxWorkMin = reader.optional('max_work_min', maxWorkMinCell, shiftMin);
  const skills = reader.optional('skills', officerSkillsCell, []);
  const travelMode = reader.optional('travel_mode', travelModeCell, 'driving');
  const isActive = reader.optional('active', boolCell, true);
  if (reader.errors.length > 0) return undefined;

  const candidate = {
    id,
    name,
    team,
    agency,
    start,
    end,
    ...(startAddress ? { startAddress } : {}),
    ...(endAddress ? { endAddress } : {}),
    shiftStartSec,
    shiftEndSec,
    breaks,
    maxVisits,
    maxWorkingSec: (maxWorkMin ?? 0) * 60,
    skills,
    travelMode,
    isActive,
  };
  return schemaGate(reader, Officer, candidate, OFFICER_PATHS);
}

/** End place: empty → the start place, `open` → null (no return trip), else a point of its own. */
function readEnd(reader: RowReader, start: GeoPoint | undefined, system: CoordSystem | undefined): GeoPoint | null | undefined {
  const latText = reader.text('end_lat');
  const lngText = reader.text('end_lng');
  if (OPEN_END_WORDS.has(latText.toLowerCase()) && (lngText === '' || OPEN_END_WORDS.has(lngText.toLowerCase()))) return null;
  if (latText === '' && lngText === '') return start === undefined ? undefined : { ...start };
  if (latText === '' || lngText === '') {
    reader.fail(latText === '' ? 'end_lat' : 'end_lng', message('importProblem.halfEndPoint'));
    return undefined;
  }
  return readPoint(reader, 'end_lat', 'end_lng', system);
}

/** The lunch break, which must lie inside the shift; none when break_start is empty. */
function readBreak(reader: RowReader, shiftStartSec: number | undefined, shiftEndSec: number | undefined): Break[] {
  const start = reader.optional('break_start', breakStartCell, null);
  if (start === null) {
    if (reader.text('break_min') !== '') {
      reader.fail('break_min', message('importProblem.breakMinutesWithoutStart'));
    }
    return [];
  }
  const minutes = reader.optional('break_min', breakMinCell, 60);
  if (start === undefined || minutes === undefined || shiftStartSec === undefined || shiftEndSec === undefined) return [];
  const durationSec = minutes * 60;
  if (start.earliestSec < shiftStartSec || start.latestSec + durationSec > shiftEndSec) {
    const shift = formatWindow({ startSec: shiftStartSec, endSec: shiftEndSec });
    reader.fail('break_start', message('importProblem.breakOutsideShift', { minutes, start: reader.text('break_start'), shift }));
    return [];
  }
  return [{ earliestStartSec: start.earliestSec, latestStartSec: start.latestSec, durationSec }];
}

const OFFICER_PATHS: Record<string, string> = {
  id: 'officer_id',
  name: 'name',
  team: 'team',
  agency: 'agency',
  start: 'start_lat',
  end: 'end_lat',
  startAddress: 'start_address',
  endAddress: 'end_address',
  shiftStartSec: 'shift_start',
  shiftEndSec: 'shift_end',
  breaks: 'break_start',
  maxVisits: 'max_visits',
  maxWorkingSec: 'max_work_min',
  skills: 'skills',
  travelMode: 'travel_mode',
  isActive: 'active',
};
