import { describe, expect, it } from 'vitest';
import { openingDay } from '../../../shared/logic/opening-day';

describe('openingDay', () => {
  it('opens on today when today has visits', () => {
    expect(openingDay(['2026-11-20', '2026-11-24', '2026-11-26'], '2026-11-24')).toBe('2026-11-24');
  });
  it('opens on the next day with visits when today has none', () => {
    expect(openingDay(['2026-11-20', '2026-11-27', '2026-11-25'], '2026-11-24')).toBe('2026-11-25');
  });
  it('opens on the latest past day when no day is ahead, and on nothing in an empty workspace', () => {
    expect(openingDay(['2026-11-18', '2026-11-20'], '2026-11-24')).toBe('2026-11-20');
    expect(openingDay([], '2026-11-24')).toBeNull();
  });
});
