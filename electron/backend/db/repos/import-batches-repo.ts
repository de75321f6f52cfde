import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { ImportKind } from '../../../../shared/api/import-report';
import { systemClock, unixSeconds, type Clock } from './clock';

/** The outcome of one written import, as recorded. */
export interface ImportBatchInput {
  kind: ImportKind;
  fileName: string;
  encoding: string;
  rowCount: number;
  inserted: number;
  updated: number;
  errorCount: number;
  /** When the import was written, ISO 8601; default: the repo's clock. Stored to the second. */
  importedAt?: string;
}

export interface ImportBatch extends Required<ImportBatchInput> {
  id: number;
}

interface ImportBatchRow {
  id: number;
  kind: string;
  file_name: string;
  encoding: string;
  imported_at: number;
  row_count: number;
  inserted: number;
  updated: number;
  error_count: number;
}

export type ImportBatchesRepo = ReturnType<typeof createImportBatchesRepo>;

/** Import history ↔ `import_batches`. */
export function createImportBatchesRepo(db: Db, clock: Clock = systemClock) {
  const insert = db.prepare(
    `INSERT INTO import_batches (kind, file_name, encoding, imported_at, row_count, inserted, updated, error_count)
       VALUES (@kind, @file_name, @encoding, @imported_at, @row_count, @inserted, @updated, @error_count)`,
  );
  const recent = db.prepare('SELECT * FROM import_batches ORDER BY id DESC LIMIT ?');

  return {
    /** Records a batch; returns its id. */
    record(batch: ImportBatchInput): number {
      const at = batch.importedAt;
      const result = insert.run({
        kind: batch.kind,
        file_name: batch.fileName,
        encoding: batch.encoding,
        imported_at: at === undefined ? unixSeconds(clock) : unixSeconds(() => parseIso(at)),
        row_count: batch.rowCount,
        inserted: batch.inserted,
        updated: batch.updated,
        error_count: batch.errorCount,
      });
      return Number(result.lastInsertRowid);
    },
    /** The latest batches, newest first. */
    list(limit = 50): ImportBatch[] {
      return (recent.all(limit) as ImportBatchRow[]).map((r) => ({
        id: r.id,
        kind: r.kind as ImportKind,
        fileName: r.file_name,
        encoding: r.encoding,
        importedAt: new Date(r.imported_at * 1000).toISOString(),
        rowCount: r.row_count,
        inserted: r.inserted,
        updated: r.updated,
        errorCount: r.error_count,
      }));
    },
  };
}

function parseIso(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`importedAt is not a date: ${text}`);
  return date;
}
