import type { SupervisorReport } from '../../../shared/api/supervisor-report';
import { addDays, type Language, type LocalDate } from '../../../shared/domain';
import { supervisorReport, type ReportDayInput } from '../../../shared/logic/supervisor-report';
import type { Repos } from '../db/repos';
import { supervisorReportFileName } from '../export/file-names';
import { MEDIA_TYPES } from '../export/render-itineraries';
import { supervisorReportWorkbook } from '../export/supervisor-report-xlsx';
import type { ExportFile } from './export-service';

/**
 * The supervisor's report (issue 19) over `days` days from `from`, from what is stored: each day's
 * current plan, the plan its itineraries first went out with, and the outcomes of its routed visits.
 * It reads no customer details: the report has none.
 */
export function readSupervisorReport(repos: Repos, from: LocalDate, days: number): SupervisorReport {
  const inputs = Array.from({ length: days }, (_, i): ReportDayInput => {
    const date = addDays(from, i);
    const plan = repos.plans.current(date);
    const sentId = repos.sentPlans.firstSentPlanId(date);
    const dispatched = sentId === null ? null : sentId === plan?.id ? plan : repos.plans.get(sentId);
    const routed = (plan?.routes ?? []).flatMap((r) => r.stops.map((s) => s.visitId));
    return { date, plan, dispatched, outcomes: routed.length > 0 ? repos.outcomes.ofVisits(routed) : [] };
  });
  const roster = repos.officers.list().map(({ id, name, team }) => ({ id, name, team }));
  return supervisorReport(from, inputs, roster);
}

/** The report as an XLSX workbook in `language`; the export is recorded in the audit log. */
export async function exportSupervisorReport(
  repos: Repos,
  request: { from: LocalDate; days: number; language: Language },
  clock: () => Date,
): Promise<ExportFile> {
  const report = readSupervisorReport(repos, request.from, request.days);
  const bytes = await supervisorReportWorkbook(report, request.language, clock());
  const file: ExportFile = {
    name: supervisorReportFileName(report.from, report.to),
    mediaType: MEDIA_TYPES.xlsx,
    content: Buffer.from(bytes).toString('base64'),
    encoding: 'base64',
  };
  repos.audit.append({
    action: 'export.supervisorReport',
    entity: 'report',
    entityId: `${report.from}..${report.to}`,
    detail: { from: report.from, to: report.to, language: request.language, file: file.name },
  });
  return file;
}
