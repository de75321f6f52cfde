import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { MappedColumn, type ColumnMapping, type SavedColumnMapping } from '../../../../shared/api/column-mapping';
import type { ImportKind } from '../../../../shared/api/import-report';
import { systemClock, unixSeconds, type Clock } from './clock';

interface MappingRow {
  name: string;
  kind: string;
  layout_key: string;
  signature_json: string;
  columns_json: string;
  saved_at: number;
  saved_by: string;
}

export type ImportMappingsRepo = ReturnType<typeof createImportMappingsRepo>;

/** Saved column mappings ↔ `import_mappings`; `layoutKey` is computed by the caller (import/column-mapping.ts). */
export function createImportMappingsRepo(db: Db, clock: Clock = systemClock) {
  const upsert = db.prepare(
    `INSERT INTO import_mappings (name, kind, layout_key, signature_json, columns_json, saved_at, saved_by)
       VALUES (@name, @kind, @layout_key, @signature_json, @columns_json, @saved_at, @saved_by)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, layout_key = excluded.layout_key,
       signature_json = excluded.signature_json, columns_json = excluded.columns_json,
       saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
  );
  const all = db.prepare<[], MappingRow>('SELECT * FROM import_mappings ORDER BY name');
  const byName = db.prepare<[string], MappingRow>('SELECT * FROM import_mappings WHERE name = ?');
  // The latest saved wins when two names were saved for one layout.
  const byLayout = db.prepare<[string, string], MappingRow>(
    'SELECT * FROM import_mappings WHERE kind = ? AND layout_key = ? ORDER BY saved_at DESC, rowid DESC LIMIT 1',
  );

  return {
    /** Every saved mapping, by name. */
    list(): SavedColumnMapping[] {
      return all.all().map(fromRow);
    },
    get(name: string): SavedColumnMapping | null {
      const row = byName.get(name);
      return row ? fromRow(row) : null;
    },
    /** The mapping saved for files of this kind and layout, or null. */
    forLayout(kind: ImportKind, layoutKey: string): SavedColumnMapping | null {
      const row = byLayout.get(kind, layoutKey);
      return row ? fromRow(row) : null;
    },
    /** Saves (or replaces, by name) a checked mapping. */
    save(mapping: ColumnMapping, layoutKey: string, savedBy: string): SavedColumnMapping {
      upsert.run({
        name: mapping.name,
        kind: mapping.kind,
        layout_key: layoutKey,
        signature_json: JSON.stringify(mapping.signature),
        columns_json: JSON.stringify(mapping.columns),
        saved_at: unixSeconds(clock),
        saved_by: savedBy,
      });
      return fromRow(byName.get(mapping.name)!);
    },
  };
}

function fromRow(row: MappingRow): SavedColumnMapping {
  return {
    name: row.name,
    kind: row.kind as ImportKind,
    signature: JSON.parse(row.signature_json) as string[],
    columns: MappedColumn.array().parse(JSON.parse(row.columns_json)),
    savedAt: new Date(row.saved_at * 1000).toISOString(),
    savedBy: row.saved_by,
  };
}
