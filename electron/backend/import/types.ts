import type { CoordSystem, LocalDate } from '../../../shared/domain';
import type { ImportKind, RowError } from '../../../shared/api/import-report';
import type { ChooseMapping } from './column-mapping';

/** What reading one file produced: the rows that became domain objects and the rows that did not. */
export interface ParsedImport<T> {
  kind: ImportKind;
  fileName: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5` or `xlsx`. */
  encoding: string;
  /** Data rows seen: the header and fully blank rows are not counted. */
  rowCount: number;
  /** Rows without any error, with their line (CSV) or sheet row (XLSX). */
  valid: { line: number; value: T }[];
  /** Every problem of every bad row, one entry per bad field; a row listed here is never in `valid`. */
  errors: RowError[];
  /** Header cells that matched no known column, as written in the file. */
  ignoredColumns: string[];
  /** Canonical field → its header as the file spells it, for the columns the file has. */
  headers: ReadonlyMap<string, string>;
  /** The saved column mapping the header was read with, by name; null when read by name alone. */
  mappingUsed: string | null;
}

/** Choices the caller makes for values a file may leave out. */
export interface ImportOptions {
  /** Date for visits whose file has no date column or an empty date cell. */
  defaultDate?: LocalDate;
  /** Coordinate system when the file has no `coord_system` column or the cell is empty (default wgs84). */
  defaultCoordSystem?: CoordSystem;
  /** Refuse files with more data rows than this (default 100,000). */
  maxRows?: number;
  /** The saved column mapping to read the file's header with, picked from its layout (default: none). */
  chooseMapping?: ChooseMapping;
}

/** One record of the table as text cells, with where it starts in the file. */
export interface RawRow {
  /** CSV: 1-based physical line where the record starts. XLSX: sheet row number. */
  line: number;
  cells: string[];
  /** Set when the CSV parser found broken quoting in this record. */
  quoteError?: boolean;
}

/** A file turned into text rows, blank rows already dropped; the first row is the header. */
export interface RawTable {
  encoding: string;
  rows: RawRow[];
  /** CSV rows must have as many fields as the header; sheet rows simply have blank cells. */
  strictWidth: boolean;
}
