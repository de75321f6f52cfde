import type { DayCells } from '../../../shared/api/officer-days';
import type { RowError } from '../../../shared/api/import-report';
import type { CoordSystem, LocalDate, OfficerDay, OfficerId } from '../../../shared/domain';
import { AVAILABILITY_COLUMNS } from './availability-columns';
import { parseAvailabilityRow } from './availability-row';
import { RowReader } from './row-reader';

const LABELS = new Map(AVAILABILITY_COLUMNS.map((c) => [c.field, c.label]));

/**
 * A day typed on the week screen (or the command line), read by the availability file's own row
 * rules, as if it were a row of that file: the screen and the file never disagree.
 */
export function readDayCells(
  officerId: OfficerId,
  date: LocalDate,
  cells: DayCells,
  coordSystem: CoordSystem,
): { day: OfficerDay } | { errors: RowError[] } {
  const reader = new RowReader(0, new Map(Object.entries({ ...cells, officer_id: officerId, date })), LABELS, new Map());
  const day = parseAvailabilityRow(reader, coordSystem);
  return day ? { day } : { errors: reader.errors };
}
