import type { Handlers } from '../../shared/api/contract';
import type { Repos } from './db/repos';
import { exportSupervisorReport, readSupervisorReport } from './services/supervisor-report-service';

type ReportMethod = 'reports.supervisor' | 'reports.supervisorXlsx';

/** The supervisor's report (issue 19): read on screen, or exported as a workbook. */
export function createReportHandlers(repos: Repos, clock: () => Date): Pick<Handlers, ReportMethod> {
  return {
    'reports.supervisor': ({ from, days }) => readSupervisorReport(repos, from, days),
    'reports.supervisorXlsx': async (request) => ({ file: await exportSupervisorReport(repos, request, clock) }),
  };
}
