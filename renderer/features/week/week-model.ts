import type { DayCell, DayCells, WeekDay } from '../../../shared/api/officer-days';
import { addDays, formatClock, type LocalDate, type Officer, type OfficerDay, type VisitStatus } from '../../../shared/domain';
import { percentUsed } from '../../../shared/logic/day-capacity';
import { dayKind, type DayKind } from '../../../shared/logic/roster';

/** Days the week screen shows at once. */
export const WEEK_DAYS = 7;

/** The strip's dates: `WEEK_DAYS` days from `from`. */
export function weekDates(from: LocalDate): LocalDate[] {
  return Array.from({ length: WEEK_DAYS }, (_, i) => addDays(from, i));
}

/** Statuses in the order a day's visits move through them. */
const STATUS_ORDER: readonly VisitStatus[] = ['approved', 'planned', 'dispatched', 'done', 'failed', 'cancelled'];

/** A day's visits by status, in that order, statuses without visits left out. */
export function visitsByStatus(day: Pick<WeekDay, 'visits'>): { status: VisitStatus; count: number }[] {
  return STATUS_ORDER.flatMap((status) => {
    const count = day.visits[status] ?? 0;
    return count > 0 ? [{ status, count }] : [];
  });
}

/** Every visit of the day, whatever its status. */
export function visitTotal(day: Pick<WeekDay, 'visits'>): number {
  return Object.values(day.visits).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** The day's working time used, as a whole percentage of its shift time (null: nobody on shift). */
export function timeUsedPercent(day: Pick<WeekDay, 'plannedSec' | 'availableSec'>): number | null {
  return percentUsed(day.plannedSec, day.availableSec);
}

/** One cell of the officers × days grid: how the day reads, and the shift it shows when another one. */
export interface CellView {
  kind: DayKind;
  /** The day's own shift, `08:00–12:00`, when it has one. */
  shift: string | null;
  hasOtherStart: boolean;
  note: string;
}

export function cellView(day: OfficerDay | undefined): CellView {
  const shift =
    day && day.shiftStartSec !== null && day.shiftEndSec !== null
      ? `${formatClock(day.shiftStartSec)}–${formatClock(day.shiftEndSec)}`
      : null;
  return { kind: dayKind(day), shift, hasOtherStart: (day?.start ?? null) !== null, note: day?.note ?? '' };
}

/** The days of a range by officer and date, for the grid. */
export function daysByCell(days: readonly OfficerDay[]): Map<string, OfficerDay> {
  return new Map(days.map((d) => [cellKey(d.officerId, d.date), d]));
}

export function cellKey(officerId: string, date: LocalDate): string {
  return `${officerId}|${date}`;
}

/** The day form's fields as typed text, as the availability file writes them. */
export interface DayForm {
  isOff: boolean;
  shift_start: string;
  shift_end: string;
  start_lat: string;
  start_lng: string;
  start_address: string;
  note: string;
}

/** The form for a stored day (none: an empty form, the usual day). */
export function dayForm(day: OfficerDay | undefined): DayForm {
  return {
    isOff: day?.availability === 'off',
    shift_start: day?.shiftStartSec == null ? '' : formatClock(day.shiftStartSec),
    shift_end: day?.shiftEndSec == null ? '' : formatClock(day.shiftEndSec),
    start_lat: day?.start ? String(day.start.lat) : '',
    start_lng: day?.start ? String(day.start.lng) : '',
    start_address: day?.startAddress ?? '',
    note: day?.note ?? '',
  };
}

/** The form as the cells `officers.setDay` reads with the file's rules (a day off sends no shift or place). */
export function formCells(form: DayForm): DayCells {
  const cells: Partial<Record<DayCell, string>> = { available: form.isOff ? 'no' : 'yes', note: form.note };
  if (!form.isOff) {
    Object.assign(cells, {
      shift_start: form.shift_start,
      shift_end: form.shift_end,
      start_lat: form.start_lat,
      start_lng: form.start_lng,
      start_address: form.start_address,
    });
  }
  return cells;
}

/** The officer's usual shift, `09:00–18:00`, which empty times keep. */
export function usualShift(officer: Pick<Officer, 'shiftStartSec' | 'shiftEndSec'>): string {
  return `${formatClock(officer.shiftStartSec)}–${formatClock(officer.shiftEndSec)}`;
}
