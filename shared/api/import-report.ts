import { z } from 'zod';
import { LocalDate, Message } from '../domain';
import { catalogue, message, type MessageKey, type Sentence } from '../i18n';

/** One problem in an imported file: where it is and what is wrong, in words a dispatcher understands. */
export const RowError = z.object({
  /** 1-based line in the file (CSV) or row in the sheet (XLSX); the header is line 1. 0 for the whole file. */
  line: z.number().int().min(0),
  /** Canonical column name (`windows`, `lat`), or `*` for the whole row; for tests and machines. */
  field: z.string(),
  /**
   * The column's header exactly as the file spells it (`纬度`, `预约时段`, `Latitude`), `*` for the
   * whole row, and '' for a column the file does not have.
   */
  header: z.string(),
  /** The offending cell text, shortened. */
  value: z.string(),
  message: Message,
});
export type RowError = z.infer<typeof RowError>;

/**
 * A row error's column as people read it: the file's own header, `*` for the whole row, and for a
 * column the file lacks the catalogue's name for it, said to be missing from the file.
 */
export function columnOfError(error: Pick<RowError, 'field' | 'header'>): Sentence {
  if (error.header !== '') return { en: error.header, zh: error.header };
  const key = `column.${error.field}`;
  const column = key in catalogue.en ? message(key as MessageKey) : error.field;
  return message('importProblem.columnNotInFile', { column });
}

export const ImportKind = z.enum(['visits', 'officers', 'outcomes', 'availability']);
export type ImportKind = z.infer<typeof ImportKind>;

/** The outcome of checking (and perhaps writing) one file. */
export const ImportReport = z.object({
  kind: ImportKind,
  fileName: z.string(),
  /** Detected text encoding (`utf-8`, `utf-8-bom`, `gb18030`) or `xlsx`. */
  encoding: z.string(),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  errors: z.array(RowError),
  /** Headers that were not recognised and were ignored. */
  ignoredColumns: z.array(z.string()),
  /** The saved column mapping the file's header was read with (named, or matching its layout); absent when read by name alone. */
  mappingUsed: z.string().optional(),
  dryRun: z.boolean(),
  /** True when rows were stored; false for a dry run or when errors blocked the import. */
  written: z.boolean(),
  /** Rows stored as new / replacing an existing one; for a dry run, what would be. */
  inserted: z.number().int(),
  updated: z.number().int(),
  /**
   * The visit dates of the rows written, each once and in order (for a dry run or a refused
   * import, of the rows that would be); empty for officers. The board moves to the imported day.
   */
  dates: z.array(LocalDate),
});
export type ImportReport = z.infer<typeof ImportReport>;
