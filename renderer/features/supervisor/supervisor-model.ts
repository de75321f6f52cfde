import type { OfficerFigures, SupervisorReport } from '../../../shared/api/supervisor-report';
import { addDays, OutcomeResult, type LocalDate } from '../../../shared/domain';
import { weekStartOf } from '../../../shared/logic/supervisor-report';

/** What the supervisor looks at: the day on screen, or the Monday-to-Sunday week it falls in. */
export type ReportPeriod = 'day' | 'week';

/** The days a period of the day on screen covers, as `reports.supervisor` takes them. */
export function periodRange(period: ReportPeriod, date: LocalDate): { from: LocalDate; days: number; to: LocalDate } {
  const from = period === 'day' ? date : weekStartOf(date);
  const days = period === 'day' ? 1 : 7;
  return { from, days, to: addDays(from, days - 1) };
}

/** One officer's bars: a value per series, in the series' order. */
export interface ChartRow {
  key: string;
  name: string;
  values: readonly number[];
}

/** Officers with something to show, as the report orders them (by team, then id). */
function shown(report: SupervisorReport): OfficerFigures[] {
  return report.officers.filter((o) => o.figures.planned > 0 || o.figures.movedOut > 0);
}

/** Planned, done and failed visits per officer. */
export function visitRows(report: SupervisorReport): ChartRow[] {
  return shown(report).map((o) => ({ key: o.officerId, name: o.name, values: [o.figures.planned, o.figures.done, o.figures.failed] }));
}

/**
 * Minutes per officer: the plan's working time, then the plan's time for the visits reported with
 * times and the actual time for them (first arrival to last leaving), which compare like with like.
 */
export function timeRows(report: SupervisorReport): ChartRow[] {
  const minutes = (sec: number) => Math.round(sec / 60);
  return shown(report).map((o) => ({
    key: o.officerId,
    name: o.name,
    values: [minutes(o.figures.plannedWorkingSec), minutes(o.figures.plannedSpanSec), minutes(o.figures.actualSpanSec)],
  }));
}

/** Reported visits per officer and result, in the results' order. */
export function resultRows(report: SupervisorReport): ChartRow[] {
  return shown(report).map((o) => ({ key: o.officerId, name: o.name, values: OutcomeResult.options.map((r) => o.figures.byResult[r]) }));
}

/** Days of the period without a plan, and planned days not sent to the field yet. */
export function dayNotes(report: SupervisorReport): { noPlan: LocalDate[]; notDispatched: LocalDate[] } {
  return {
    noPlan: report.days.filter((d) => !d.hasPlan).map((d) => d.date),
    notDispatched: report.days.filter((d) => d.hasPlan && !d.dispatched).map((d) => d.date),
  };
}
