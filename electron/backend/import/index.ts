import { CoordSystem, LocalDate, type Officer, type Visit, type VisitOutcome } from '../../../shared/domain';
import { badOption } from './file-errors';
import { OFFICER_COLUMNS, REQUIRED_OFFICER_COLUMNS } from './officer-columns';
import { parseOfficerRow } from './officer-row';
import { OUTCOME_COLUMNS, REQUIRED_OUTCOME_COLUMNS } from './outcome-columns';
import { parseOutcomeRow } from './outcome-row';
import { readImport } from './read-import';
import type { ImportOptions, ParsedImport } from './types';
import { VISIT_COLUMNS, requiredVisitColumns } from './visit-columns';
import { parseVisitRow } from './visit-row';

export type { ImportOptions, ParsedImport } from './types';
export { decodeText, type DecodedText } from './decode';
export { MAX_FILE_BYTES, DEFAULT_MAX_ROWS } from './file-errors';

/**
 * Reads a visits file (CSV in UTF-8/GBK/UTF-16, or XLSX) into approved Visits and row errors.
 * Throws AppError('bad_input') for problems with the file as a whole.
 */
export async function readVisitsFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ParsedImport<Visit>> {
  const { defaultDate, coordSystem } = checkOptions(options);
  return readImport<Visit>(
    bytes,
    fileName,
    {
      kind: 'visits',
      columns: VISIT_COLUMNS,
      required: requiredVisitColumns(defaultDate !== undefined),
      idField: 'visit_id',
      parseRow: (reader) => parseVisitRow(reader, { date: defaultDate, coordSystem }),
    },
    options.maxRows,
  );
}

/**
 * Reads an officers (roster) file into Officers and row errors.
 * Throws AppError('bad_input') for problems with the file as a whole.
 */
export async function readOfficersFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ParsedImport<Officer>> {
  const { coordSystem } = checkOptions(options);
  return readImport<Officer>(
    bytes,
    fileName,
    {
      kind: 'officers',
      columns: OFFICER_COLUMNS,
      required: REQUIRED_OFFICER_COLUMNS,
      idField: 'officer_id',
      parseRow: (reader) => parseOfficerRow(reader, coordSystem),
    },
    options.maxRows,
  );
}

/**
 * Reads an officers' returns file (issue 19) into outcomes and row errors; whether each visit may
 * take its outcome is checked against the workspace by the caller.
 */
export async function readOutcomesFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ParsedImport<VisitOutcome>> {
  return readImport<VisitOutcome>(
    bytes,
    fileName,
    {
      kind: 'outcomes',
      columns: OUTCOME_COLUMNS,
      required: REQUIRED_OUTCOME_COLUMNS,
      idField: 'visit_id',
      parseRow: parseOutcomeRow,
    },
    options.maxRows,
  );
}

function checkOptions(options: ImportOptions): { defaultDate: LocalDate | undefined; coordSystem: CoordSystem } {
  if (options.defaultDate !== undefined && !LocalDate.safeParse(options.defaultDate).success)
    throw badOption('defaultDate', options.defaultDate);
  const coordSystem = options.defaultCoordSystem ?? 'wgs84';
  if (!CoordSystem.safeParse(coordSystem).success) throw badOption('defaultCoordSystem', coordSystem);
  return { defaultDate: options.defaultDate, coordSystem };
}
