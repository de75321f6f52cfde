import { describe, expect, it } from 'vitest';
import type { OfficerDay, OfficerId } from '../../../shared/domain';
import { OfficerDay as OfficerDaySchema } from '../../../shared/domain';
import { dayKind, isOrdinaryDay, officerOnDay, rosterOn } from '../../../shared/logic/roster';
import { dayCapacity, percentUsed } from '../../../shared/logic/day-capacity';
import { makeOfficer } from '../../backend/db/builders';

const HOUR = 3600;
const DATE = '2026-11-23';

/** An ordinary working entry for `officerId` on DATE, changed by `overrides`. */
function day(officerId: string, overrides: Partial<OfficerDay> = {}): OfficerDay {
  return {
    officerId: officerId as OfficerId,
    date: DATE,
    availability: 'working',
    shiftStartSec: null,
    shiftEndSec: null,
    start: null,
    startAddress: '',
    note: '',
    ...overrides,
  };
}

// The builder's officer: 08:00-18:00, lunch may start 11:30-13:00 for an hour, 8 visits a day.
const wang = makeOfficer('O-1', { name: 'Wang', startAddress: 'Home' });
const li = makeOfficer('O-2', { name: 'Li' });
const zhao = makeOfficer('O-3', { name: 'Zhao', isActive: false });

describe('the roster of a date', () => {
  it('leaves out officers on leave and inactive ones; an officer without an entry works as the record says', () => {
    const roster = rosterOn([wang, li, zhao], [day('O-1', { availability: 'off' })]);
    expect(roster.map((o) => o.id)).toEqual(['O-2']);
    expect(roster[0]).toBe(li);
  });

  it('keeps an inactive officer off the roster even on a day set as working', () => {
    expect(rosterOn([zhao], [day('O-3', { shiftStartSec: 9 * HOUR, shiftEndSec: 12 * HOUR })])).toEqual([]);
  });

  it('gives a half day its shorter shift, and cuts the lunch break to it', () => {
    // 08:00-13:00: the hour's lunch must end by 13:00, so it may start 11:30-12:00 only.
    const half = officerOnDay(wang, day('O-1', { shiftStartSec: 8 * HOUR, shiftEndSec: 13 * HOUR }));
    expect([half.shiftStartSec, half.shiftEndSec]).toEqual([8 * HOUR, 13 * HOUR]);
    expect(half.breaks).toEqual([{ earliestStartSec: 11.5 * HOUR, latestStartSec: 12 * HOUR, durationSec: HOUR }]);
    // 08:00-12:00: no hour of lunch fits before noon's end, so there is none.
    expect(officerOnDay(wang, day('O-1', { shiftStartSec: 8 * HOUR, shiftEndSec: 12 * HOUR })).breaks).toEqual([]);
    // An afternoon half day 13:00-18:00: lunch may start at 13:00 at the earliest.
    expect(officerOnDay(wang, day('O-1', { shiftStartSec: 13 * HOUR, shiftEndSec: 18 * HOUR })).breaks).toEqual([
      { earliestStartSec: 13 * HOUR, latestStartSec: 13 * HOUR, durationSec: HOUR },
    ]);
    expect(officerOnDay(wang, day('O-1', { shiftStartSec: 14 * HOUR, shiftEndSec: 18 * HOUR })).breaks).toEqual([]);
  });

  it('starts the day from the day’s own place, with its address or none', () => {
    const place = { lat: 31.3, lng: 121.5, system: 'wgs84' as const };
    const elsewhere = officerOnDay(wang, day('O-1', { start: place, startAddress: 'Branch office' }));
    expect(elsewhere.start).toEqual(place);
    expect(elsewhere.startAddress).toBe('Branch office');
    expect(elsewhere.end).toEqual(wang.end);
    expect(elsewhere.shiftEndSec).toBe(18 * HOUR);
    expect(officerOnDay(wang, day('O-1', { start: place })).startAddress).toBeUndefined();
    // A shift of the day leaves the recorded start and its address alone.
    expect(officerOnDay(wang, day('O-1', { shiftStartSec: 9 * HOUR, shiftEndSec: 17 * HOUR })).startAddress).toBe('Home');
  });

  it('takes an officer on leave off duty without touching the record', () => {
    const off = officerOnDay(wang, day('O-1', { availability: 'off' }));
    expect(off.isActive).toBe(false);
    expect(wang.isActive).toBe(true);
  });
});

describe('a day as the grid reads it', () => {
  it('is working, off or changed; an entry saying nothing new is an ordinary day', () => {
    expect(dayKind(undefined)).toBe('working');
    expect(dayKind(day('O-1', { availability: 'off' }))).toBe('off');
    expect(dayKind(day('O-1', { shiftStartSec: 8 * HOUR, shiftEndSec: 12 * HOUR }))).toBe('changed');
    expect(dayKind(day('O-1', { start: { lat: 31, lng: 121, system: 'wgs84' } }))).toBe('changed');
    expect(dayKind(day('O-1', { note: 'training in the morning' }))).toBe('working');
    expect(isOrdinaryDay(day('O-1'))).toBe(true);
    expect(isOrdinaryDay(day('O-1', { note: 'training' }))).toBe(false);
  });

  it('refuses a day off with a shift, and half a shift', () => {
    expect(OfficerDaySchema.safeParse(day('O-1', { availability: 'off', shiftStartSec: 8 * HOUR, shiftEndSec: 12 * HOUR })).success).toBe(
      false,
    );
    expect(OfficerDaySchema.safeParse(day('O-1', { shiftStartSec: 8 * HOUR })).success).toBe(false);
    expect(OfficerDaySchema.safeParse(day('O-1', { shiftStartSec: 12 * HOUR, shiftEndSec: 8 * HOUR })).success).toBe(false);
  });
});

describe('capacity used', () => {
  it('sets the plan’s working time and visits against the roster’s shifts and limits', () => {
    // Two officers of 10 h and one half day of 4 h: 24 h of shift, 3 × 8 visits allowed.
    const half = officerOnDay(li, day('O-2', { shiftStartSec: 8 * HOUR, shiftEndSec: 12 * HOUR }));
    const capacity = dayCapacity([wang, half, makeOfficer('O-4')], { workingSec: 18 * HOUR, assignedCount: 12 });
    expect(capacity).toEqual({ plannedSec: 18 * HOUR, availableSec: 24 * HOUR, plannedVisits: 12, maxVisits: 24 });
    expect(percentUsed(capacity.plannedSec, capacity.availableSec)).toBe(75);
    expect(dayCapacity([wang], null)).toEqual({ plannedSec: 0, availableSec: 10 * HOUR, plannedVisits: 0, maxVisits: 8 });
    expect(percentUsed(5, 0)).toBeNull();
  });
});
