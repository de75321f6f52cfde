import type { ImportReport } from '../../shared/api/import-report';
import type { Plan } from '../../shared/domain';

/** How many row errors to print per file before summarising the rest. */
const MAX_ERRORS_SHOWN = 50;

/** An import report as lines a dispatcher reads: counts first, then each bad row with line and field. */
export function formatImportReport(report: ImportReport): string {
  const lines = [
    `${report.kind} ${report.fileName} (${report.encoding}): ${report.rowCount} rows, ${report.validCount} valid, ` +
      `${report.errors.length} errors` +
      (report.written
        ? `; stored ${report.inserted} new, ${report.updated} updated`
        : report.dryRun
          ? `; dry run, nothing stored (would store ${report.inserted} new, ${report.updated} updated)`
          : '; nothing stored'),
  ];
  if (report.ignoredColumns.length > 0) lines.push(`  ignored columns: ${report.ignoredColumns.join(', ')}`);
  for (const error of report.errors.slice(0, MAX_ERRORS_SHOWN)) {
    const where = error.line > 0 ? `line ${error.line}` : 'file';
    lines.push(`  ${where}, ${error.field}${error.value ? ` "${error.value}"` : ''}: ${error.message.en} / ${error.message.zh}`);
  }
  if (report.errors.length > MAX_ERRORS_SHOWN) lines.push(`  … and ${report.errors.length - MAX_ERRORS_SHOWN} more errors`);
  return lines.join('\n') + '\n';
}

/** A plan's headline figures. */
export function formatPlanSummary(plan: Plan): string {
  const s = plan.stats;
  const hours = (sec: number) => (sec / 3600).toFixed(1);
  return (
    `Planned ${plan.date}: ${s.assignedCount} of ${s.visitCount} visits assigned to ${s.officersUsed} officers, ` +
    `${s.unassignedCount} unassigned; travel ${hours(s.travelSec)} h, ${(s.distanceM / 1000).toFixed(1)} km; ` +
    `working ${hours(s.workingSec)} h; solved in ${(s.solveMs / 1000).toFixed(2)} s (${plan.planner}, seed ${plan.seed}).\n`
  );
}
