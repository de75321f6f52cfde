import { describe, expect, it } from 'vitest';
import { VisitId } from '../../../../shared/domain';
import { activeFilterCount, applyVisitFilter, NO_FILTER } from '../../../../renderer/features/visits/filter-visits';
import { nextSort, sortVisits } from '../../../../renderer/features/visits/sort-visits';
import { sampleVisit } from '../../sample-data';

const H = 3600;
const visits = [
  sampleVisit({
    id: VisitId.parse('V-1'),
    kind: 'collection',
    priority: 2,
    windows: [{ startSec: 9 * H, endSec: 11 * H }],
    displayName: '王**',
  }),
  sampleVisit({
    id: VisitId.parse('V-2'),
    kind: 'verification',
    priority: 5,
    status: 'planned',
    windows: [{ startSec: 14 * H, endSec: 16 * H }],
    displayName: 'Li ***',
  }),
  sampleVisit({
    id: VisitId.parse('V-10'),
    kind: 'follow-up',
    priority: 5,
    status: 'cancelled',
    windows: [
      { startSec: 8 * H, endSec: 9 * H },
      { startSec: 17 * H, endSec: 18 * H },
    ],
    displayName: '张*',
  }),
];
const teams: Record<string, string> = { 'V-2': 'East' };
const problems = new Set(['V-1']);
const context = {
  labelsOf: () => [],
  teamOf: (v: (typeof visits)[number]) => teams[v.id] ?? null,
  hasProblem: (v: (typeof visits)[number]) => problems.has(v.id),
};
const idsOf = (list: readonly { id: string }[]) => list.map((v) => v.id);

describe('filtering the visits table', () => {
  it('filters by status, kind, priority, team and problems', () => {
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, status: 'planned' }, context))).toEqual(['V-2']);
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, kind: 'follow-up' }, context))).toEqual(['V-10']);
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, priority: 5 }, context))).toEqual(['V-2', 'V-10']);
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, team: 'East' }, context))).toEqual(['V-2']);
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, problemsOnly: true }, context))).toEqual(['V-1']);
  });

  it('keeps visits with any window overlapping the time range', () => {
    const from10to15 = { ...NO_FILTER, fromSec: 10 * H, toSec: 15 * H };
    expect(idsOf(applyVisitFilter(visits, from10to15, context))).toEqual(['V-1', 'V-2']);
    // Only "from": anything still open at 17:30.
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, fromSec: 17.5 * H }, context))).toEqual(['V-10']);
    expect(idsOf(applyVisitFilter(visits, { ...NO_FILTER, toSec: 8.5 * H }, context))).toEqual(['V-10']);
  });

  it('combines every filter with the text search and counts what is set', () => {
    const filter = { ...NO_FILTER, text: 'li', priority: 5 };
    expect(idsOf(applyVisitFilter(visits, filter, context))).toEqual(['V-2']);
    expect(activeFilterCount(filter)).toBe(2);
    expect(activeFilterCount(NO_FILTER)).toBe(0);
  });
});

describe('sorting the visits table', () => {
  const valueOf = (v: (typeof visits)[number], key: string) =>
    key === 'priority' ? v.priority : key === 'windows' ? v.windows[0].startSec : v.id;

  it('sorts by a column, ascending then descending, with ids as the tie-break', () => {
    expect(idsOf(sortVisits(visits, { key: 'priority', descending: false }, valueOf, 'en'))).toEqual(['V-1', 'V-2', 'V-10']);
    expect(idsOf(sortVisits(visits, { key: 'priority', descending: true }, valueOf, 'en'))).toEqual(['V-2', 'V-10', 'V-1']);
    expect(idsOf(sortVisits(visits, { key: 'windows', descending: false }, valueOf, 'en'))).toEqual(['V-10', 'V-1', 'V-2']);
  });

  it('compares ids as people read them (V-2 before V-10) and leaves the order alone without a sort', () => {
    expect(idsOf(sortVisits(visits, { key: 'id', descending: false }, valueOf, 'en'))).toEqual(['V-1', 'V-2', 'V-10']);
    expect(idsOf(sortVisits(visits, null, valueOf, 'en'))).toEqual(['V-1', 'V-2', 'V-10']);
  });

  it('flips the direction on a second click on the same column', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextSort({ key: 'name', descending: false }, 'name')).toEqual({ key: 'name', descending: true });
    expect(nextSort({ key: 'name', descending: true }, 'kind')).toEqual({ key: 'kind', descending: false });
  });
});
