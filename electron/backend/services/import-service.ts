import type { ImportKind, ImportReport, RowError } from '../../../shared/api/import-report';
import {
  formatClock,
  type CoordSystem,
  type LocalDate,
  type Officer,
  type OfficerDay,
  type Visit,
  type VisitOutcome,
} from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { readAvailabilityFile, readOfficersFile, readOutcomesFile, readVisitsFile, type ParsedImport } from '../import';
import { countStoredDays, dayKey, unknownOfficerErrors, writeAvailability } from './availability-import';
import { chooseMappingFor } from './column-mapping-service';
import { checkOutcomes, writeOutcomes } from './outcome-service';
import type { Repos } from '../db/repos';
import { keepFoundPlace } from '../../../shared/logic/visit-location';
import { crashPoint } from '../crash-point';

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
  /** The saved column mapping to read the file with; without it, the one saved for the file's layout, if any. */
  mapping?: string;
  actor?: string;
}

/** Visit statuses an import may overwrite; later stages belong to the field, not the spreadsheet. */
const REIMPORTABLE = new Set(['approved', 'planned', 'cancelled']);

/** A checked file: its report (not yet written) and the rows that may be written. */
interface CheckedImport {
  request: ImportRequest;
  report: ImportReport;
  valid: { line: number; value: Visit | Officer | VisitOutcome | OfficerDay }[];
}

/** The row's id: a visit's or officer's own, an outcome's visit, an officer's day's officer and date. */
const idOf = (value: Visit | Officer | VisitOutcome | OfficerDay): string =>
  'visitId' in value ? value.visitId : 'officerId' in value ? dayKey(value) : value.id;

/** Reads and validates a file against the file rules and the stored workspace; writes nothing. */
async function checkFile(repos: Repos, request: ImportRequest): Promise<CheckedImport> {
  const options = {
    defaultDate: request.defaultDate,
    defaultCoordSystem: request.defaultCoordSystem,
    chooseMapping: chooseMappingFor(repos, request.kind, request.mapping),
  };
  const parsed =
    request.kind === 'visits'
      ? await readVisitsFile(request.bytes, request.fileName, options)
      : request.kind === 'officers'
        ? await readOfficersFile(request.bytes, request.fileName, options)
        : request.kind === 'availability'
          ? await readAvailabilityFile(request.bytes, request.fileName, options)
          : await readOutcomesFile(request.bytes, request.fileName, options);
  const errors = [...parsed.errors];
  let valid: CheckedImport['valid'] = parsed.valid;
  const refused =
    request.kind === 'visits'
      ? lockedVisitErrors(repos, parsed as ParsedImport<Visit>)
      : request.kind === 'outcomes'
        ? outcomeErrors(repos, parsed as ParsedImport<VisitOutcome>)
        : request.kind === 'availability'
          ? unknownOfficerErrors(repos, parsed as ParsedImport<OfficerDay>)
          : null;
  if (refused) {
    errors.push(...refused.errors);
    valid = valid.filter((row) => !refused.lines.has(row.line));
  }
  errors.sort((a, b) => a.line - b.line);
  const existing = countExisting(
    repos,
    request.kind,
    valid.map((row) => idOf(row.value)),
  );
  const report: ImportReport = {
    kind: request.kind,
    fileName: request.fileName,
    encoding: parsed.encoding,
    rowCount: parsed.rowCount,
    validCount: valid.length,
    errors,
    ignoredColumns: parsed.ignoredColumns,
    ...(parsed.mappingUsed !== null && { mappingUsed: parsed.mappingUsed }),
    dryRun: request.dryRun,
    written: false,
    // A preview: what writing would do. Replaced by the real counts once written.
    inserted: valid.length - existing,
    updated: existing,
    dates: datesOf(
      request.kind === 'visits'
        ? valid.map((row) => row.value as Visit)
        : request.kind === 'outcomes'
          ? repos.visits.getMany(valid.map((row) => idOf(row.value)) as Visit['id'][])
          : [],
    ),
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
  /** The dates of officers' days an availability file changed: those days' plans are re-checked. */
  dates: LocalDate[];
  /** The outcomes an officers' returns file recorded: their reported times re-time the running day. */
  outcomes: VisitOutcome[];
}

/**
 * Writes checked files in ONE transaction together with their batch records and audit entries,
 * then lets `afterWrite` act on what was written in that same transaction: all or nothing.
 * Returns the final reports.
 */
function writeChecked(repos: Repos, files: CheckedImport[], afterWrite: (written: ImportWritten) => void): ImportReport[] {
  return repos.transaction(() => {
    const reports = files.map((checked) => writeOne(repos, checked));
    const idsOf = (kind: ImportKind) => files.filter((f) => f.request.kind === kind).flatMap((f) => f.valid.map((row) => idOf(row.value)));
    const days = files.filter((f) => f.request.kind === 'availability').flatMap((f) => f.valid.map((row) => row.value as OfficerDay));
    afterWrite({
      visitIds: idsOf('visits') as Visit['id'][],
      officerIds: idsOf('officers') as Officer['id'][],
      dates: [...new Set(days.map((d) => d.date))],
      outcomes: files.filter((f) => f.request.kind === 'outcomes').flatMap((f) => f.valid.map((row) => row.value as VisitOutcome)),
    });
    return reports;
  });
}

function writeOne(repos: Repos, { request, report, valid }: CheckedImport): ImportReport {
  if (valid.length === 0) return report;
  const result =
    request.kind === 'visits'
      ? repos.visits.upsertMany(
          keepFoundPlaces(
            repos,
            valid.map((row) => row.value as Visit),
          ),
        )
      : request.kind === 'officers'
        ? repos.officers.upsertMany(valid.map((row) => row.value as Officer))
        : request.kind === 'availability'
          ? writeAvailability(
              repos,
              valid.map((row) => row.value as OfficerDay),
            )
          : writeOutcomes(
              repos,
              valid.map((row) => row.value as VisitOutcome),
            );
  crashPoint('import.rows');
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
    detail: {
      rows: report.rowCount,
      inserted: result.inserted,
      updated: result.updated,
      skippedWithErrors: report.errors.length,
      ...(report.mappingUsed !== undefined && { mapping: report.mappingUsed }),
    },
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

// An availability file after the officers it names, when both come together.
const KIND_ORDER: Record<ImportKind, number> = { officers: 0, visits: 1, availability: 1, outcomes: 2 };

/** The visits' dates, each once, earliest first. */
function datesOf(visits: readonly Visit[]): LocalDate[] {
  return [...new Set(visits.map((v) => v.date))].sort();
}

/** How many of these ids are already stored. */
function countExisting(repos: Repos, kind: ImportKind, ids: string[]): number {
  if (kind === 'visits') return repos.visits.getMany(ids as Visit['id'][]).length;
  if (kind === 'outcomes') return repos.outcomes.ofVisits(ids).length;
  if (kind === 'availability') return countStoredDays(repos, ids);
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

/** Rows whose outcome the visit cannot take (unknown, never planned, a result it contradicts): the one rule, outcomeProblems. */
function outcomeErrors(repos: Repos, parsed: ParsedImport<VisitOutcome>): { errors: RowError[]; lines: Set<number> } {
  const problems = checkOutcomes(
    repos,
    parsed.valid.map((row) => row.value),
  );
  const errors: RowError[] = [];
  const lines = new Set<number>();
  for (const row of parsed.valid) {
    for (const problem of problems.get(row.value.visitId) ?? []) {
      lines.add(row.line);
      const header = parsed.headers.get(problem.field) ?? '';
      errors.push({
        line: row.line,
        field: problem.field,
        header,
        value: header === '' ? '' : String(cellOf(row.value, problem.field)),
        message: problem.message,
      });
    }
  }
  return { errors, lines };
}

/** The cell an outcome problem is about, as the row held it. */
function cellOf(outcome: VisitOutcome, field: string): string | number {
  switch (field) {
    case 'visit_id':
      return outcome.visitId;
    case 'result':
      return outcome.result;
    case 'promise_amount':
      return outcome.promiseAmount ?? '';
    case 'promise_date':
      return outcome.promiseDate ?? '';
    case 'left_at':
      return outcome.leftSec === null ? '' : formatClock(outcome.leftSec);
    default:
      return '';
  }
}

/** Visits imported again without coordinates keep the places their unchanged addresses led to (issue 20). */
function keepFoundPlaces(repos: Repos, visits: Visit[]): Visit[] {
  const stored = new Map(repos.visits.getMany(visits.map((v) => v.id)).map((v) => [v.id, v]));
  return visits.map((visit) => keepFoundPlace(stored.get(visit.id), visit));
}
