import type { ReportFigures } from '../api/supervisor-report';
import { OutcomeResult } from '../domain';
import type { MessageKey } from '../i18n';

/** One column of the supervisor's report: its heading and its number (durations in whole minutes). */
export interface FigureColumn {
  id: string;
  header: MessageKey;
  value(f: ReportFigures): number;
}

const minutes = (sec: number) => Math.round(sec / 60);

/**
 * The report's figures in the order the screen's tables and the workbook show them: the one list of
 * headings and of how each difference against the plan is taken.
 */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { id: 'planned', header: 'supervisorReport.col.planned', value: (f) => f.planned },
  { id: 'done', header: 'supervisorReport.col.done', value: (f) => f.done },
  { id: 'failed', header: 'supervisorReport.col.failed', value: (f) => f.failed },
  { id: 'notReported', header: 'supervisorReport.col.notReported', value: (f) => f.notReported },
  { id: 'doneVsPlanned', header: 'supervisorReport.col.doneVsPlanned', value: (f) => f.done - f.planned },
  { id: 'movedIn', header: 'supervisorReport.col.movedIn', value: (f) => f.movedIn },
  { id: 'movedOut', header: 'supervisorReport.col.movedOut', value: (f) => f.movedOut },
  { id: 'plannedWorkingMin', header: 'supervisorReport.col.plannedWorkingMin', value: (f) => minutes(f.plannedWorkingSec) },
  { id: 'plannedTravelMin', header: 'supervisorReport.col.plannedTravelMin', value: (f) => minutes(f.plannedTravelSec) },
  { id: 'timed', header: 'supervisorReport.col.timed', value: (f) => f.timed },
  { id: 'plannedSpanMin', header: 'supervisorReport.col.plannedSpanMin', value: (f) => minutes(f.plannedSpanSec) },
  { id: 'actualSpanMin', header: 'supervisorReport.col.actualSpanMin', value: (f) => minutes(f.actualSpanSec) },
  { id: 'spanDiffMin', header: 'supervisorReport.col.spanDiffMin', value: (f) => minutes(f.actualSpanSec - f.plannedSpanSec) },
  { id: 'plannedOnSiteMin', header: 'supervisorReport.col.plannedOnSiteMin', value: (f) => minutes(f.plannedOnSiteSec) },
  { id: 'actualOnSiteMin', header: 'supervisorReport.col.actualOnSiteMin', value: (f) => minutes(f.actualOnSiteSec) },
];

/** One column per result, in the order results are listed everywhere. */
export const RESULT_COLUMNS: readonly FigureColumn[] = OutcomeResult.options.map((result) => ({
  id: result,
  header: `outcome.result.${result}`,
  value: (f: ReportFigures) => f.byResult[result],
}));
