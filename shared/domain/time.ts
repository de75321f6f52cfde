import { z } from 'zod';

/**
 * Times of day are integer seconds since local midnight of the plan's date (0..86_400).
 * Durations are integer seconds. Names carry the unit (`startSec`, `serviceSec`).
 */
export const SECONDS_PER_DAY = 86_400;

/** A calendar date in the workspace's local time, `YYYY-MM-DD`. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-23')
  .refine(isRealDate, 'is not a real calendar date');
export type LocalDate = z.infer<typeof LocalDate>;

/** Seconds since local midnight, whole seconds within one day. */
export const DaySeconds = z.number().int().min(0).max(SECONDS_PER_DAY);

/**
 * A planned time, seconds since local midnight of the plan's date. Planners keep routes within the
 * day, but a dispatcher's edit may push a route past midnight: the plan then carries that time,
 * flagged as a broken rule, rather than being unrepresentable. Up to the end of the next day.
 */
export const PlannedSeconds = z
  .number()
  .int()
  .min(0)
  .max(2 * SECONDS_PER_DAY);

/** A half-open-free closed interval of the day: the agreed appointment start must fall inside it. */
export const TimeWindow = z
  .object({ startSec: DaySeconds, endSec: DaySeconds })
  .refine((w) => w.startSec <= w.endSec, 'window ends before it starts');
export type TimeWindow = z.infer<typeof TimeWindow>;

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Parses `H:MM` or `HH:MM` (24-hour, `24:00` allowed) into seconds since midnight; null when malformed. */
export function parseClock(text: string): number | null {
  const match = /^\s*(\d{1,2})[:：](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 3600 + minutes * 60;
}

/** Formats seconds since midnight as `HH:MM` (seconds are truncated). */
export function formatClock(sec: number): string {
  const minutes = Math.floor(sec / 60);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** Formats a date and seconds since its midnight as an ISO 8601 local date-time, `2026-11-23T09:05:00`. */
export function toLocalIso(date: LocalDate, sec: number): string {
  const day = Math.floor(sec / SECONDS_PER_DAY);
  const rest = sec - day * SECONDS_PER_DAY;
  const base = day === 0 ? date : addDays(date, day);
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  return `${base}T${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

/** Adds whole days to a local date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

/** The calendar date of a moment in the machine's local time zone (the day the back end and the screens call today). */
export function localDateOf(moment: Date): LocalDate {
  return `${moment.getFullYear()}-${pad2(moment.getMonth() + 1)}-${pad2(moment.getDate())}`;
}

/** Parses a `HH:MM-HH:MM` range into a window; null when malformed. Does not check order. */
export function parseClockRange(text: string): { startSec: number; endSec: number } | null {
  const parts = text.split(/\s*[-–~～至到]\s*/u);
  if (parts.length !== 2) return null;
  const startSec = parseClock(parts[0]);
  const endSec = parseClock(parts[1]);
  if (startSec === null || endSec === null) return null;
  return { startSec, endSec };
}

/** Formats a window as `HH:MM-HH:MM`. */
export function formatWindow(window: TimeWindow): string {
  return `${formatClock(window.startSec)}-${formatClock(window.endSec)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
