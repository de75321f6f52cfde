import { formatClock, OfficerDay, OfficerId, type CoordSystem, type GeoPoint } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { choiceCell, dateCell, idCell, textCell } from './cells';
import { clockCell } from './cell-times';
import { readPoint } from './points';
import type { RowReader } from './row-reader';
import { schemaGate } from './schema-gate';
import { AVAILABLE_ALIASES } from './value-aliases';

const officerIdCell = idCell(OfficerId);
const availableCell = choiceCell(AVAILABLE_ALIASES, message('importProblem.availableChoices'));

/**
 * Turns one row of an availability file (or a day typed on the week screen) into an officer's
 * day, or records every bad field on the reader and returns undefined. An empty `available` is a
 * working day; the shift needs both ends; a day off has neither a shift nor a start place.
 * Whether the officer exists is checked against the workspace afterwards.
 */
export function parseAvailabilityRow(reader: RowReader, coordSystem: CoordSystem): OfficerDay | undefined {
  const officerId = reader.required('officer_id', officerIdCell);
  const date = reader.required('date', dateCell);
  const isWorking = reader.optional('available', availableCell, true);
  const shift = readDayShift(reader);
  const start = readDayStart(reader, coordSystem);
  const startAddress = reader.optional('start_address', textCell(200), '');
  const note = reader.optional('note', textCell(500), '');
  if (startAddress && start === null) reader.fail('start_address', message('importProblem.dayAddressWithoutPlace'));
  if (isWorking === false && (shift !== null || start !== null)) {
    reader.fail('available', message('importProblem.dayOffWithShift'));
  }
  if (reader.errors.length > 0) return undefined;
  const candidate = {
    officerId,
    date,
    availability: isWorking ? 'working' : 'off',
    shiftStartSec: shift?.startSec ?? null,
    shiftEndSec: shift?.endSec ?? null,
    start,
    startAddress,
    note,
  };
  return schemaGate(reader, OfficerDay, candidate, DAY_PATHS);
}

/** The day's shift: both clocks or neither, the end after the start; null for none. */
function readDayShift(reader: RowReader): { startSec: number; endSec: number } | null | undefined {
  const startSec = reader.optional('shift_start', clockCell, null);
  const endSec = reader.optional('shift_end', clockCell, null);
  if (startSec === undefined || endSec === undefined) return undefined;
  if (startSec === null && endSec === null) return null;
  if (startSec === null || endSec === null) {
    reader.fail(startSec === null ? 'shift_start' : 'shift_end', message('importProblem.dayShiftHalf'));
    return undefined;
  }
  if (endSec <= startSec) {
    reader.fail('shift_end', message('importProblem.shiftEndsBeforeStart', { end: formatClock(endSec), start: formatClock(startSec) }));
    return undefined;
  }
  return { startSec, endSec };
}

/** The day's start place: null when both coordinates are empty, else a point read as the roster reads one. */
function readDayStart(reader: RowReader, coordSystem: CoordSystem): GeoPoint | null | undefined {
  if (reader.text('start_lat') === '' && reader.text('start_lng') === '') return null;
  return readPoint(reader, 'start_lat', 'start_lng', coordSystem);
}

const DAY_PATHS: Record<string, string> = {
  officerId: 'officer_id',
  date: 'date',
  availability: 'available',
  shiftStartSec: 'shift_start',
  shiftEndSec: 'shift_end',
  start: 'start_lat',
  startAddress: 'start_address',
  note: 'note',
};
