import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidaysFromCalendarCsv } from '../../shared/logic/rules-file';
import { weekdayOf } from '../../shared/logic/visit-rules';

describe('the shipped calendar of mainland China for 2026', () => {
  const text = fs.readFileSync(new URL('../../electron/backend/calendars/cn-2026.csv', import.meta.url), 'utf8');
  const read = holidaysFromCalendarCsv(text);

  it('reads cleanly: 33 public holidays and 6 adjusted working days', () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.holidays).toHaveLength(33);
    expect(read.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(read.holidays).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-15', '2026-02-23', '2026-10-01', '2026-10-07']));
  });

  it('has every adjusted working day on a weekend, as the notice says', () => {
    if (!read.ok) throw new Error('calendar not read');
    for (const day of read.workdays) expect(['sat', 'sun']).toContain(weekdayOf(day));
  });
});
