import { describe, expect, it } from 'vitest';
import { encodeRequest } from '../../../shared/solver';
import { createRng } from '../../../shared/solver/rng';
import { RouteState } from '../../../shared/solver/route-state';
import { OK, TimingCursor } from '../../../shared/solver/timing';
import { randomDay } from './random-day';

describe('RouteState timing without breaks or working-time limits', () => {
  it('matches the full three-state walk field by field, feasible or not', () => {
    // The random city day without lunch breaks and with a working limit as long as the shift:
    // several windows per visit, open ends, two travel modes, visit limits.
    const day = randomDay(60, 6, 3);
    const officers = day.officers.map((o) => ({ ...o, breaks: [], maxWorkingSec: o.shiftEndSec - o.shiftStartSec }));
    const p = encodeRequest({ ...day, officers }).problem;
    const cursor = new TimingCursor(p);
    expect(cursor.simple).toBe(true);
    const walk = new TimingCursor(p);
    const rng = createRng(9);
    const codes = new Set<number>();
    for (let trial = 0; trial < 400; trial++) {
      const k = rng.int(p.officerCount);
      const route = new RouteState(k, p.visitCount);
      const seq = Array.from({ length: p.visitCount }, (_, v) => v)
        .sort(() => rng.next() - 0.5)
        .slice(0, rng.int(12));
      route.assign(cursor, seq, seq.length);
      walk.reset(k);
      seq.forEach((v, i) => {
        walk.step(v);
        expect([route.leaveN[i], route.leaveS[i], route.leaveLin[i], route.leaveLout[i], route.loadAfter[i]]).toEqual([
          walk.leaveN,
          walk.leaveS,
          walk.leaveLin,
          walk.leaveLout,
          walk.load,
        ]);
      });
      const code = walk.conclude();
      codes.add(code);
      expect({
        code: route.code,
        travel: route.travelSec,
        working: route.workingSec,
        load: route.load,
        finish: [route.finishN, route.finishL, route.finishS],
        first: [route.firstTravelSec, route.firstStartN, route.firstStartS],
      }).toEqual({
        code,
        travel: walk.travelSec,
        working: walk.workingSec,
        load: walk.load,
        finish: [walk.finishN, walk.finishL, walk.finishS],
        first: [walk.firstTravelSec, walk.firstStartN, walk.firstStartS],
      });
    }
    // Feasible routes and several kinds of broken ones were all compared.
    expect(codes.has(OK)).toBe(true);
    expect(codes.size).toBeGreaterThanOrEqual(3);
  });
});
