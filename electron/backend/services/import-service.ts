import type { Database } from 'better-sqlite3';
import type { ImportKind, ImportReport, RowError } from '../../../shared/api/import-report';
import type { CoordSystem, LocalDate, Officer, Visit } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { readOfficersFile, readVisitsFile, type ParsedImport } from '../import';
import { createVisitsRepo } from '../db/repos/visits-repo';
import { createOfficersRepo } from '../db/repos/officers-repo';
import { createImportBatchesRepo } from '../db/repos/import-batches-repo';
import { createAuditRepo } from '../db/repos/audit-repo';
import { inTransaction } from '../db/repos/transaction';

export interface ImportRequest {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  /** Check and preview only; nothing is written. */
  dryRun: boolean;
  /** Write the valid rows even when some rows have errors (the errors are still reported). */
  validRowsOnly: boolean;
  defaultDate?: LocalDate;
  defaultCoordSystem?: CoordSystem;
  actor?: string;
}

/** Visit statuses an import may overwrite; later stages belong to the field, not the spreadsheet. */
const REIMPORTABLE = new Set(['approved', 'planned', 'cancelled']);

/** A checked file: its report (not yet written) and the rows that may be written. */
export interface CheckedImport {
  request: ImportRequest;
  report: ImportReport;
  valid: { line: number; value: Visit | Officer }[];
}

/** Reads and validates a file against the file rules and the stored workspace; writes nothing. */
export async function checkFile(db: Database, request: ImportRequest): Promise<CheckedImport> {
  const options = { defaultDate: request.defaultDate, defaultCoordSystem: request.defaultCoordSystem };
  const parsed =
    request.kind === 'visits'
      ? await readVisitsFile(request.bytes, request.fileName, options)
      : await readOfficersFile(request.bytes, request.fileName, options);
  const errors = [...parsed.errors];
  let valid: CheckedImport['valid'] = parsed.valid;
  if (request.kind === 'visits') {
    const locked = lockedVisitErrors(db, parsed as ParsedImport<Visit>);
    errors.push(...locked.errors);
    valid = valid.filter((row) => !locked.lines.has(row.line));
  }
  errors.sort((a, b) => a.line - b.line);
  const existing = countExisting(
    db,
    request.kind,
    valid.map((row) => row.value.id),
  );
  const report: ImportReport = {
    kind: request.kind,
    fileName: request.fileName,
    encoding: parsed.encoding,
    rowCount: parsed.rowCount,
    validCount: valid.length,
    errors,
    ignoredColumns: parsed.ignoredColumns,
    dryRun: request.dryRun,
    written: false,
    // A preview: what writing would do. Replaced by the real counts once written.
    inserted: valid.length - existing,
    updated: existing,
  };
  return { request, report, valid };
}

/** Whether a checked file may be written: not a dry run, and errors only if the user accepted them. */
export function isWritable(checked: CheckedImport): boolean {
  const { report, request } = checked;
  return !request.dryRun && (report.errors.length === 0 || request.validRowsOnly);
}

/**
 * Writes checked files in ONE transaction together with their batch records and audit entries:
 * all or nothing. Returns the final reports.
 */
export function writeChecked(db: Database, files: CheckedImport[], clock: () => Date): ImportReport[] {
  return inTransaction(db, () => files.map((checked) => writeOne(db, checked, clock)));
}

function writeOne(db: Database, { request, report, valid }: CheckedImport, clock: () => Date): ImportReport {
  if (valid.length === 0) return report;
  const result =
    request.kind === 'visits'
      ? createVisitsRepo(db, clock).upsertMany(valid.map((row) => row.value as Visit))
      : createOfficersRepo(db, clock).upsertMany(valid.map((row) => row.value as Officer));
  createImportBatchesRepo(db).record({
    kind: request.kind,
    fileName: request.fileName,
    encoding: report.encoding,
    importedAt: clock().toISOString(),
    rowCount: report.rowCount,
    inserted: result.inserted,
    updated: result.updated,
    errorCount: report.errors.length,
  });
  createAuditRepo(db, clock).append({
    actor: request.actor ?? 'dispatcher',
    action: 'import',
    entity: request.kind,
    entityId: request.fileName,
    detail: { rows: report.rowCount, inserted: result.inserted, updated: result.updated, skippedWithErrors: report.errors.length },
  });
  return { ...report, written: true, inserted: result.inserted, updated: result.updated };
}

/** Checks one file and writes it if allowed. */
export async function importFile(db: Database, request: ImportRequest, clock: () => Date): Promise<ImportReport> {
  const checked = await checkFile(db, request);
  return isWritable(checked) ? writeChecked(db, [checked], clock)[0] : checked.report;
}

/** How many of these ids are already stored. */
function countExisting(db: Database, kind: ImportKind, ids: string[]): number {
  if (kind === 'visits') return createVisitsRepo(db).getMany(ids as Visit['id'][]).length;
  const officers = createOfficersRepo(db);
  return ids.filter((id) => officers.get(id as Officer['id']) !== null).length;
}

/** Rows that would overwrite a visit already dispatched, done or failed are refused. */
function lockedVisitErrors(db: Database, parsed: ParsedImport<Visit>): { errors: RowError[]; lines: Set<number> } {
  const existing = new Map(
    createVisitsRepo(db)
      .getMany(parsed.valid.map((r) => r.value.id))
      .map((v) => [v.id, v]),
  );
  const errors: RowError[] = [];
  const lines = new Set<number>();
  for (const row of parsed.valid) {
    const stored = existing.get(row.value.id);
    if (!stored || REIMPORTABLE.has(stored.status)) continue;
    lines.add(row.line);
    errors.push({
      line: row.line,
      field: 'visit_id',
      value: row.value.id,
      // The status as the visits table names it.
      message: message('importProblem.visitLocked', { visitId: row.value.id, status: message(`status.${stored.status}`) }),
    });
  }
  return { errors, lines };
}
