import type { ImportKind, ImportReport, RowError } from '../../../shared/api/import-report';
import type { CoordSystem, LocalDate, Officer, Visit } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { readOfficersFile, readVisitsFile, type ParsedImport } from '../import';
import type { Repos } from '../db/repos';

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
interface CheckedImport {
  request: ImportRequest;
  report: ImportReport;
  valid: { line: number; value: Visit | Officer }[];
}

/** Reads and validates a file against the file rules and the stored workspace; writes nothing. */
async function checkFile(repos: Repos, request: ImportRequest): Promise<CheckedImport> {
  const options = { defaultDate: request.defaultDate, defaultCoordSystem: request.defaultCoordSystem };
  const parsed =
    request.kind === 'visits'
      ? await readVisitsFile(request.bytes, request.fileName, options)
      : await readOfficersFile(request.bytes, request.fileName, options);
  const errors = [...parsed.errors];
  let valid: CheckedImport['valid'] = parsed.valid;
  if (request.kind === 'visits') {
    const locked = lockedVisitErrors(repos, parsed as ParsedImport<Visit>);
    errors.push(...locked.errors);
    valid = valid.filter((row) => !locked.lines.has(row.line));
  }
  errors.sort((a, b) => a.line - b.line);
  const existing = countExisting(
    repos,
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
    dates: request.kind === 'visits' ? datesOf(valid.map((row) => row.value as Visit)) : [],
  };
  return { request, report, valid };
}

/** Whether a checked file may be written: not a dry run, and errors only if the user accepted them. */
function isWritable(checked: CheckedImport): boolean {
  const { report, request } = checked;
  return !request.dryRun && (report.errors.length === 0 || request.validRowsOnly);
}

/** What an import wrote, for the plans that depend on it to be re-checked in the same transaction. */
export interface ImportWritten {
  visitIds: Visit['id'][];
  officerIds: Officer['id'][];
}

/**
 * Writes checked files in ONE transaction together with their batch records and audit entries,
 * then lets `afterWrite` act on what was written in that same transaction: all or nothing.
 * Returns the final reports.
 */
function writeChecked(repos: Repos, files: CheckedImport[], afterWrite: (written: ImportWritten) => void): ImportReport[] {
  return repos.transaction(() => {
    const reports = files.map((checked) => writeOne(repos, checked));
    const idsOf = (kind: ImportKind) => files.filter((f) => f.request.kind === kind).flatMap((f) => f.valid.map((row) => row.value.id));
    afterWrite({ visitIds: idsOf('visits') as Visit['id'][], officerIds: idsOf('officers') as Officer['id'][] });
    return reports;
  });
}

function writeOne(repos: Repos, { request, report, valid }: CheckedImport): ImportReport {
  if (valid.length === 0) return report;
  const result =
    request.kind === 'visits'
      ? repos.visits.upsertMany(valid.map((row) => row.value as Visit))
      : repos.officers.upsertMany(valid.map((row) => row.value as Officer));
  repos.importBatches.record({
    kind: request.kind,
    fileName: request.fileName,
    encoding: report.encoding,
    importedAt: repos.clock().toISOString(),
    rowCount: report.rowCount,
    inserted: result.inserted,
    updated: result.updated,
    errorCount: report.errors.length,
  });
  repos.audit.append({
    actor: request.actor,
    action: 'import',
    entity: request.kind,
    entityId: request.fileName,
    detail: { rows: report.rowCount, inserted: result.inserted, updated: result.updated, skippedWithErrors: report.errors.length },
  });
  return { ...report, written: true, inserted: result.inserted, updated: result.updated };
}

/**
 * Checks every file first, then writes them all in one transaction, or none when any may not be
 * written (a dry run, or errors the user did not accept). Officers go before visits.
 */
export async function importFiles(
  repos: Repos,
  requests: readonly ImportRequest[],
  afterWrite: (written: ImportWritten) => void = () => undefined,
): Promise<ImportReport[]> {
  const checked: CheckedImport[] = [];
  for (const request of [...requests].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]))
    checked.push(await checkFile(repos, request));
  return checked.every(isWritable) ? writeChecked(repos, checked, afterWrite) : checked.map((c) => c.report);
}

const KIND_ORDER: Record<ImportKind, number> = { officers: 0, visits: 1 };

/** The visits' dates, each once, earliest first. */
function datesOf(visits: readonly Visit[]): LocalDate[] {
  return [...new Set(visits.map((v) => v.date))].sort();
}

/** How many of these ids are already stored. */
function countExisting(repos: Repos, kind: ImportKind, ids: string[]): number {
  if (kind === 'visits') return repos.visits.getMany(ids as Visit['id'][]).length;
  return ids.filter((id) => repos.officers.get(id as Officer['id']) !== null).length;
}

/** Rows that would overwrite a visit already dispatched, done or failed are refused. */
function lockedVisitErrors(repos: Repos, parsed: ParsedImport<Visit>): { errors: RowError[]; lines: Set<number> } {
  const existing = new Map(repos.visits.getMany(parsed.valid.map((r) => r.value.id)).map((v) => [v.id, v]));
  const errors: RowError[] = [];
  const lines = new Set<number>();
  for (const row of parsed.valid) {
    const stored = existing.get(row.value.id);
    if (!stored || REIMPORTABLE.has(stored.status)) continue;
    lines.add(row.line);
    errors.push({
      line: row.line,
      field: 'visit_id',
      header: parsed.headers.get('visit_id') ?? 'visit_id',
      value: row.value.id,
      // The status as the visits table names it.
      message: message('importProblem.visitLocked', { visitId: row.value.id, status: message(`status.${stored.status}`) }),
    });
  }
  return { errors, lines };
}
