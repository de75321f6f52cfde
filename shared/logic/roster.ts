import type { Break, Officer, OfficerDay } from '../domain';

/** Whether the day puts the officer on leave. */
export function isOnLeave(day: Pick<OfficerDay, 'availability'> | undefined): boolean {
  return day?.availability === 'off';
}

/**
 * The officer as they work on the day `day` describes (no entry: as their record says): the day's
 * shift and start place replace the record's, and breaks are cut to the day's shift (a half day
 * that ends at noon has no lunch break). On leave, the officer is not on duty that day.
 */
export function officerOnDay(officer: Officer, day: OfficerDay | undefined): Officer {
  if (day === undefined) return officer;
  if (isOnLeave(day)) return { ...officer, isActive: false };
  const shiftStartSec = day.shiftStartSec ?? officer.shiftStartSec;
  const shiftEndSec = day.shiftEndSec ?? officer.shiftEndSec;
  const working: Officer = {
    ...officer,
    start: day.start ?? officer.start,
    shiftStartSec,
    shiftEndSec,
    breaks: breaksWithin(officer.breaks, shiftStartSec, shiftEndSec),
  };
  // Another start place comes with its own address (or none): the record's would name the wrong place.
  if (day.start !== null) {
    if (day.startAddress === '') delete working.startAddress;
    else working.startAddress = day.startAddress;
  }
  return working;
}

/**
 * The roster of a date, as the planner uses it: the active officers who are not on leave, each as
 * they work that day. `days` are that date's entries (others are ignored by officer id only, so
 * pass one date's).
 */
export function rosterOn(officers: readonly Officer[], days: readonly OfficerDay[]): Officer[] {
  const dayOf = new Map<string, OfficerDay>(days.map((d) => [d.officerId, d]));
  return officers.map((o) => officerOnDay(o, dayOf.get(o.id))).filter((o) => o.isActive);
}

/**
 * Breaks as a shorter shift allows them: each may start only where it also ends within the shift;
 * a break that no longer fits is dropped.
 */
function breaksWithin(breaks: readonly Break[], shiftStartSec: number, shiftEndSec: number): Break[] {
  return breaks.flatMap((b) => {
    const earliestStartSec = Math.max(b.earliestStartSec, shiftStartSec);
    const latestStartSec = Math.min(b.latestStartSec, shiftEndSec - b.durationSec);
    return earliestStartSec <= latestStartSec ? [{ ...b, earliestStartSec, latestStartSec }] : [];
  });
}

/** How an officer's day reads on the week's grid: as the record says, on leave, or worked differently. */
export type DayKind = 'working' | 'off' | 'changed';

/** The grid's word for a day (no entry, or an entry holding only a note: as the record says). */
export function dayKind(day: OfficerDay | undefined): DayKind {
  if (day === undefined) return 'working';
  if (isOnLeave(day)) return 'off';
  return day.shiftStartSec !== null || day.start !== null ? 'changed' : 'working';
}

/** A day that says nothing the record does not: storing it would only be noise, so it clears the entry. */
export function isOrdinaryDay(day: OfficerDay): boolean {
  return dayKind(day) === 'working' && day.note === '';
}
