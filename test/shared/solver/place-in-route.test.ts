import { describe, expect, it } from 'vitest';
import { encodeRequest, placeInRoute } from '../../../shared/solver';
import { hhmm, lineRequest, type LineVisit } from './fixtures';

// One officer leaving x = 0 at 08:00 with an open end (the day ends at the last visit), so every
// place in the route costs a different amount of travel. Visits take 10 minutes; a minute a unit.
const A: LineVisit = { id: 'A', x: 10 };
const B: LineVisit = { id: 'B', x: 30 };
const C: LineVisit = { id: 'C', x: 20 };

/** The visit ids in the order placeInRoute gives, for visits listed in `all` (indices = list order). */
function placed(all: LineVisit[], kept: number[], adding: number[], firstFree = 0): string[] {
  const { problem } = encodeRequest(lineRequest(all, [{ id: 'O-1', startX: 0, endX: null }]));
  return [...placeInRoute(problem, 0, kept, adding, firstFree)].map((i) => all[i].id);
}

describe('placing visits of a batch move in one route', () => {
  it('puts a visit where it adds least travel', () => {
    // 0→A→B is 30 min. C between them adds nothing (0→10→20→30); at the end 10 (→20); first 20.
    expect(placed([A, B, C], [0, 1], [2])).toEqual(['A', 'C', 'B']);
  });

  it('keeps stops already made first: nothing goes before `firstFree`', () => {
    // A and B made: C can only follow B, though between them would be cheaper.
    expect(placed([A, B, C], [0, 1], [2], 2)).toEqual(['A', 'B', 'C']);
  });

  it('places several visits into an empty route, each within its window', () => {
    // D at x = 40 only from 09:00; E at x = 35 only until 08:50. E (earliest window) goes in
    // first; D before it would make E start at 09:15, after its window: so D follows E.
    const D: LineVisit = { id: 'D', x: 40, windows: [{ startSec: hhmm('09:00'), endSec: hhmm('20:00') }] };
    const E: LineVisit = { id: 'E', x: 35, windows: [{ startSec: hhmm('08:00'), endSec: hhmm('08:50') }] };
    expect(placed([D, E], [], [0, 1])).toEqual(['E', 'D']);
  });

  it('puts a visit that fits nowhere where the route breaks fewest rules, not where it travels least', () => {
    // B must start 08:30-08:40; F (x = 20) must start by 08:05, which nobody can reach.
    // Before B (the least travel, 30 min) F makes B late too: two broken rules. After B
    // (40 min of travel) only F's own window is missed.
    const tightB: LineVisit = { ...B, windows: [{ startSec: hhmm('08:30'), endSec: hhmm('08:40') }] };
    const F: LineVisit = { id: 'F', x: 20, windows: [{ startSec: hhmm('08:00'), endSec: hhmm('08:05') }] };
    expect(placed([A, tightB, F], [0, 1], [2])).toEqual(['A', 'B', 'F']);
  });
});
