import { z } from 'zod';
import { Message } from '../domain';
import { ImportKind } from './import-report';

/** What a column mapped to this reads as: nothing, the column is left out. */
export const IGNORE_COLUMN = 'ignore';

/** Longest name of a saved mapping. */
export const MAX_MAPPING_NAME = 80;

/** A mapping's name as the dispatcher gives it (`--mapping NAME`, the dialog's name box). */
export const MappingName = z.string().trim().min(1).max(MAX_MAPPING_NAME);

/** One column of a file read as a field: the header as the file spells it → canonical field, or `ignore`. */
export const MappedColumn = z.object({
  header: z.string().trim().min(1).max(200),
  /** Canonical field (`visit_id`, `lat`) or IGNORE_COLUMN. */
  field: z.string().trim().min(1).max(64),
});
export type MappedColumn = z.infer<typeof MappedColumn>;

/**
 * How the files of one source are read (issue 19): a file whose header row is `signature` reads
 * each listed column as its field; columns left out are read by their name as usual.
 */
export const ColumnMapping = z.object({
  name: MappingName,
  kind: ImportKind,
  /** The file layout: its header cells in order, normalised (case, spaces, `_`, `-` and width folded), blanks left out. */
  signature: z.array(z.string().max(200)).min(1).max(300),
  columns: z.array(MappedColumn).min(1).max(300),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A mapping as the workspace keeps it: when and by whom it was last saved. */
export const SavedColumnMapping = ColumnMapping.extend({ savedAt: z.string(), savedBy: z.string() });
export type SavedColumnMapping = z.infer<typeof SavedColumnMapping>;

/** A field a file of some kind may have, as the mapping step offers it. */
export const ImportField = z.object({
  field: z.string(),
  label: Message,
  /** The file must have a column read as it. */
  required: z.boolean(),
});
export type ImportField = z.infer<typeof ImportField>;

/** A file's header row and first rows, and how its columns read now: what the mapping step shows. */
export const FileInspection = z.object({
  kind: ImportKind,
  fileName: z.string(),
  encoding: z.string(),
  signature: z.array(z.string()),
  /** Each non-blank header cell as written, with the field it reads as now (IGNORE_COLUMN: none). */
  columns: z.array(MappedColumn),
  /** The first data rows, one cell per entry of `columns`, shortened. */
  rows: z.array(z.array(z.string())),
  fields: z.array(ImportField),
  /** Required fields no column reads as. */
  missing: z.array(z.string()),
  /** The saved mapping of this layout, already applied to `columns`; null when there is none. */
  mapping: SavedColumnMapping.nullable(),
});
export type FileInspection = z.infer<typeof FileInspection>;
