import type { RowError } from '../../../shared/api/import-report';
import type { OfficerChanges, OfficerEditField } from '../../../shared/api/officer-edit';
import { plannedBreak, type Officer } from '../../../shared/domain';
import { officerCells } from '../../../shared/logic/officer-cells';
import { OFFICER_COLUMNS } from './officer-columns';
import { parseOfficerRow } from './officer-row';
import { RowReader } from './row-reader';

/** Which record fields each editable cell sets. */
const RECORD_FIELDS: Record<OfficerEditField, keyof Officer> = {
  team: 'team',
  skills: 'skills',
  shift_start: 'shiftStartSec',
  shift_end: 'shiftEndSec',
  break_start: 'breaks',
  break_min: 'breaks',
  max_visits: 'maxVisits',
  max_work_min: 'maxWorkingSec',
  start_lat: 'start',
  start_lng: 'start',
  end_lat: 'end',
  end_lng: 'end',
  start_address: 'startAddress',
  end_address: 'endAddress',
  active: 'isActive',
};

const LABELS = new Map(OFFICER_COLUMNS.map((c) => [c.field, c.label]));

/**
 * An officer with some fields typed anew, read by the import's own row rules: the stored record
 * is written out as a roster row, the changed cells replace their columns, and the row is read
 * back as an import reads it (every cell, and across cells: shift order, break inside the shift).
 * Only the record fields the changed cells set are taken from the reading; the rest stay as stored.
 */
export function readOfficerEdit(officer: Officer, changes: OfficerChanges): { officer: Officer } | { errors: RowError[] } {
  const cells = new Map<string, string>(
    Object.entries({
      officer_id: officer.id,
      name: officer.name,
      agency: officer.agency,
      travel_mode: officer.travelMode,
      coord_system: officer.start.system,
      ...officerCells(officer),
      ...changes,
    }),
  );
  const reader = new RowReader(0, cells, LABELS, new Map());
  const read = parseOfficerRow(reader, officer.start.system);
  if (!read) return { errors: reader.errors };
  const edited: Record<string, unknown> = { ...officer };
  for (const field of Object.keys(changes) as OfficerEditField[]) {
    const key = RECORD_FIELDS[field];
    const value = key === 'breaks' ? withPlannedBreak(officer, read.breaks) : read[key];
    // An address cleared is no address at all, as an import's empty cell is.
    if (value === undefined) delete edited[key];
    else edited[key] = value;
  }
  return { officer: edited as Officer };
}

/** The edit form sets the break a plan schedules; any further breaks of the officer stay. */
function withPlannedBreak(officer: Officer, planned: Officer['breaks']): Officer['breaks'] {
  const current = plannedBreak(officer);
  return [...officer.breaks.filter((b) => b !== current), ...planned];
}

/** Whether a stored record still passes the import's row rules (an undo restores fields written before). */
export function officerRowErrors(officer: Officer): RowError[] {
  const result = readOfficerEdit(officer, officerCells(officer));
  return 'errors' in result ? result.errors : [];
}
