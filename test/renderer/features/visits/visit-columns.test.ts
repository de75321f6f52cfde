import { describe, expect, it } from 'vitest';
import { columnsThatFit, VISIT_COLUMNS } from '../../../../renderer/features/visits/visit-columns';

const keysAt = (widthPx: number) => columnsThatFit(widthPx).map((c) => c.key);
const widthOf = (widthPx: number) => columnsThatFit(widthPx).reduce((sum, c) => sum + c.widthPx, 0);

describe('columnsThatFit', () => {
  it('shows every column before layout and when there is room for all', () => {
    const all = ['problem', 'id', 'name', 'kind', 'windows', 'priority', 'status', 'officer'];
    expect(keysAt(0)).toEqual(all);
    // The table's width on a 1920 px wide board; the columns need 28+128+92+92+100+72+80+110 = 702.
    expect(keysAt(735)).toEqual(all);
    expect(keysAt(702)).toEqual(all);
  });

  it('drops the priority, then the kind, the status, the time windows and the officer', () => {
    expect(keysAt(701)).toEqual(['problem', 'id', 'name', 'kind', 'windows', 'status', 'officer']);
    // 1440 px wide: 702 - 72 - 92 = 538 fits in 543.
    expect(keysAt(543)).toEqual(['problem', 'id', 'name', 'windows', 'status', 'officer']);
    // 1280 px wide: 538 - 80 = 458 fits in 479.
    expect(keysAt(479)).toEqual(['problem', 'id', 'name', 'windows', 'officer']);
    expect(keysAt(400)).toEqual(['problem', 'id', 'name', 'officer']);
    expect(keysAt(300)).toEqual(['problem', 'id', 'name']);
    // Narrower than the columns that always stay: those still show (the table scrolls sideways).
    expect(keysAt(120)).toEqual(['problem', 'id', 'name']);
  });

  it('never needs more than the width it was given, and narrower never shows more', () => {
    let previous = columnsThatFit(1000);
    for (let widthPx = 999; widthPx >= 248; widthPx--) {
      const columns = columnsThatFit(widthPx);
      expect(widthOf(widthPx)).toBeLessThanOrEqual(widthPx);
      expect(columns.every((c) => previous.includes(c))).toBe(true);
      // Left to right as listed.
      expect(columns).toEqual(VISIT_COLUMNS.filter((c) => columns.includes(c)));
      previous = columns;
    }
  });

  it('gives the same list for widths that fit the same columns, so rows need not redraw', () => {
    expect(columnsThatFit(480)).toBe(columnsThatFit(530));
    expect(columnsThatFit(0)).toBe(columnsThatFit(5000));
  });
});
