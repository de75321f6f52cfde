import { columnOfError, type ImportReport } from '../../shared/api/import-report';
import type { Language, Plan } from '../../shared/domain';
import { message, type Sentence } from '../../shared/i18n';
import { line } from './language';

/** How many row errors to print per file before summarising the rest. */
const MAX_ERRORS_SHOWN = 50;

/** How the report names each kind of file. */
const IMPORT_KIND_WORDS = {
  visits: 'cli.importKindVisits',
  officers: 'cli.importKindOfficers',
  outcomes: 'cli.importKindOutcomes',
  availability: 'cli.importKindAvailability',
} as const;

function outcome(report: ImportReport): Sentence {
  const counts = { inserted: report.inserted, updated: report.updated };
  if (report.written) return message('cli.importStored', counts);
  return report.dryRun ? message('cli.importDryRun', counts) : message('cli.importNothingStored');
}

function rowProblem(error: ImportReport['errors'][number]): Sentence {
  const where = error.line > 0 ? message('cli.atLine', { line: error.line }) : message('cli.atFile');
  // The column as the dispatcher's own file heads it, so it can be found there.
  const values = { where, field: columnOfError(error), problem: error.message };
  return error.value ? message('cli.rowProblemWithValue', { ...values, value: error.value }) : message('cli.rowProblem', values);
}

/** An import report as lines a dispatcher reads: counts first, then each bad row with line and column. */
export function formatImportReport(report: ImportReport, language: Language): string {
  const summary = message('cli.importSummary', {
    kind: message(IMPORT_KIND_WORDS[report.kind]),
    fileName: report.fileName,
    encoding: report.encoding,
    rows: message('cli.rowCount', { count: report.rowCount }),
    validCount: report.validCount,
    errors: message('cli.errorCount', { count: report.errors.length }),
    outcome: outcome(report),
  });
  const lines = [summary];
  if (report.mappingUsed !== undefined) lines.push(message('cli.mappingUsed', { fileName: report.fileName, name: report.mappingUsed }));
  if (report.ignoredColumns.length > 0) lines.push(message('cli.ignoredColumns', { columns: report.ignoredColumns }));
  lines.push(...report.errors.slice(0, MAX_ERRORS_SHOWN).map(rowProblem));
  if (report.errors.length > MAX_ERRORS_SHOWN) lines.push(message('cli.moreErrors', { count: report.errors.length - MAX_ERRORS_SHOWN }));
  // The summary line stands at the margin; what it found is indented under it.
  return lines.map((sentence, i) => (i === 0 ? '' : '  ') + sentence[language] + '\n').join('');
}

/** A plan's headline figures. */
export function formatPlanSummary(plan: Pick<Plan, 'date' | 'stats' | 'planner' | 'seed'>, language: Language): string {
  const s = plan.stats;
  const hours = (sec: number) => (sec / 3600).toFixed(1);
  return line(language, 'cli.planSummary', {
    date: plan.date,
    assigned: s.assignedCount,
    visits: message('cli.visitCount', { count: s.visitCount }),
    officers: message('cli.officerCount', { count: s.officersUsed }),
    unassigned: s.unassignedCount,
    travelHours: hours(s.travelSec),
    distanceKm: (s.distanceM / 1000).toFixed(1),
    workingHours: hours(s.workingSec),
    solveSeconds: (s.solveMs / 1000).toFixed(2),
    planner: plan.planner,
    seed: plan.seed,
  });
}
