import { CoordSystem, LocalDate, type Officer, type OfficerDay, type Visit, type VisitOutcome } from '../../../shared/domain';
import { parseAvailabilityRow } from './availability-row';
import { badOption } from './file-errors';
import { importColumns } from './import-columns';
import { parseOfficerRow } from './officer-row';
import { parseOutcomeRow } from './outcome-row';
import { readImport } from './read-import';
import type { ImportOptions, ParsedImport } from './types';
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
      ...importColumns('visits', defaultDate !== undefined),
      idField: 'visit_id',
      parseRow: (reader) => parseVisitRow(reader, { date: defaultDate, coordSystem }),
    },
    options.maxRows,
    options.chooseMapping,
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
      ...importColumns('officers', false),
      idField: 'officer_id',
      parseRow: (reader) => parseOfficerRow(reader, coordSystem),
    },
    options.maxRows,
    options.chooseMapping,
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
      ...importColumns('outcomes', false),
      idField: 'visit_id',
      parseRow: parseOutcomeRow,
    },
    options.maxRows,
    options.chooseMapping,
  );
}

/**
 * Reads an officers' availability file (issue 19) into officers' days and row errors: one row per
 * officer and date. Whether each officer exists is checked against the workspace by the caller.
 */
export async function readAvailabilityFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ParsedImport<OfficerDay>> {
  const { coordSystem } = checkOptions(options);
  return readImport<OfficerDay>(
    bytes,
    fileName,
    {
      kind: 'availability',
      ...importColumns('availability', false),
      idField: 'officer_id',
      keyFields: ['date'],
      parseRow: (reader) => parseAvailabilityRow(reader, coordSystem),
    },
    options.maxRows,
    options.chooseMapping,
  );
}

function checkOptions(options: ImportOptions): { defaultDate: LocalDate | undefined; coordSystem: CoordSystem } {
  if (options.defaultDate !== undefined && !LocalDate.safeParse(options.defaultDate).success)
    throw badOption('defaultDate', options.defaultDate);
  const coordSystem = options.defaultCoordSystem ?? 'wgs84';
  if (!CoordSystem.safeParse(coordSystem).success) throw badOption('defaultCoordSystem', coordSystem);
  return { defaultDate: options.defaultDate, coordSystem };
}
