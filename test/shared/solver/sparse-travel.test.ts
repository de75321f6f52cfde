import { describe, expect, it } from 'vitest';
import { fetchedLeg, isSparseTravel, type PlanRequest, type TravelMatrix } from '../../../shared/domain';
import { buildSparseTravel, ESTIMATE_MARGIN, type FetchedBlock } from '../../../shared/logic/sparse-travel-build';
import { unfetchedLegs } from '../../../shared/logic/large-day-legs';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import { dispatchPlanner, encodeRequest } from '../../../shared/solver';
import { travelM, travelSec } from '../../../shared/solver/problem';
import { randomDay } from './random-day';
import { sparseFromMatrix } from '../../support/sparse-from-matrix';

describe('buildSparseTravel', () => {
  // Four places on a line 0, 1000, 2000, 3000 m east; travel = 100 s + 0.2 s/m, road = 1.25 × straight.
  const xM = Float64Array.of(0, 1000, 2000, 3000);
  const yM = new Float64Array(4);
  const block = (origins: number[], destinations: number[], bump = 0): FetchedBlock => {
    const cells = origins.flatMap((a) => destinations.map((b) => Math.abs(xM[a] - xM[b])));
    return {
      origins: Int32Array.from(origins),
      destinations: Int32Array.from(destinations),
      distanceM: Int32Array.from(cells, (m) => m * 1.25),
      durationSec: { driving: Int32Array.from(cells, (m) => (m === 0 ? 0 : 100 + 0.2 * m + bump)) },
    };
  };

  it('keeps each pair once, later blocks winning, rows ascending, no pair from a place to itself', () => {
    const travel = buildSparseTravel(xM, yM, ['driving'], [block([0, 1], [3, 1, 0]), block([1], [3], 7)]);
    expect(Array.from(travel.rowStart)).toEqual([0, 2, 4, 4, 4]);
    expect(Array.from(travel.to)).toEqual([1, 3, 0, 3]);
    // 1 → 3 is 2000 m: 100 + 400 s, and the second block's answer (+7 s) wins.
    expect(fetchedLeg(travel, 'driving', 1, 3)).toEqual({ durationSec: 507, distanceM: 2500 });
    expect(fetchedLeg(travel, 'driving', 3, 1)).toBeNull();
    expect(fetchedLeg(travel, 'driving', 2, 2)).toEqual({ durationSec: 0, distanceM: 0 });
  });

  it('fits the straight-line model on the fetched pairs, erring long by the margin', () => {
    const travel = buildSparseTravel(xM, yM, ['driving'], [block([0, 1, 2, 3], [0, 1, 2, 3])]);
    expect(travel.estimate.modes.driving?.secPerM).toBeCloseTo(0.2 * ESTIMATE_MARGIN, 9);
    expect(travel.estimate.modes.driving?.overheadSec).toBeCloseTo(100 * ESTIMATE_MARGIN, 6);
    expect(travel.estimate.distancePerM).toBeCloseTo(1.25 * ESTIMATE_MARGIN, 9);
  });

  it('extends a travel with more blocks, keeping what it had', () => {
    const first = buildSparseTravel(xM, yM, ['driving'], [block([0], [1])]);
    const more = buildSparseTravel(xM, yM, ['driving'], [block([2], [3])], first);
    expect(fetchedLeg(more, 'driving', 0, 1)).toEqual({ durationSec: 300, distanceM: 1250 });
    expect(fetchedLeg(more, 'driving', 2, 3)).toEqual({ durationSec: 300, distanceM: 1250 });
  });
});

describe('the solver on sparse travel', () => {
  it('reads every fetched pair as the full matrix has it, and plans as well as on the full matrix', () => {
    const dense = randomDay(150, 8, 11);
    const matrix = dense.matrix as TravelMatrix;
    const sparse: PlanRequest = { ...dense, matrix: sparseFromMatrix(matrix) };
    const p = encodeRequest(sparse).problem;
    const q = encodeRequest(dense).problem;
    expect(p.sparse).toBeDefined();
    for (let a = 0; a < p.size; a += 7) {
      for (let b = 0; b < p.size; b += 3) {
        const slots = q.durations.map((_, slot) => slot);
        expect([...slots.map((slot) => travelSec(p, slot, a, b)), travelM(p, a, b)]).toEqual([
          ...slots.map((slot) => travelSec(q, slot, a, b)),
          travelM(q, a, b),
        ]);
      }
    }
    const onDense = dispatchPlanner.plan(dense, { seed: 3, maxIterations: 400 });
    const onSparse = dispatchPlanner.plan(sparse, { seed: 3, maxIterations: 400 });
    // The checker reads the same legs from both: each plan checks out against the other's request.
    expect(verifyPlan(sparse, onDense).ok).toBe(true);
    expect(verifyPlan(dense, onSparse).ok).toBe(true);
    expect(verifyPlan(sparse, onSparse).ok).toBe(true);
    expect(unfetchedLegs(sparse, onSparse).from.length).toBe(0);
    expect(onSparse.unassigned.length).toBeLessThanOrEqual(onDense.unassigned.length + 1);
    expect(onSparse.cost!).toBeLessThan(onDense.cost! * 1.05);
  });

  it('never fails for lack of a pair, and the checker refuses a plan whose legs rest on estimates', () => {
    const dense = randomDay(120, 6, 5);
    // Only pairs between visits of the same tenth, and officers' places to and from visits of the first tenth.
    const tenth = (p: number) => (p < 120 ? Math.floor(p / 12) : 0);
    const travel = sparseFromMatrix(dense.matrix as TravelMatrix, (a, b) => tenth(a) === tenth(b));
    expect(isSparseTravel(travel)).toBe(true);
    const request: PlanRequest = { ...dense, matrix: travel };
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 200 });
    expect(plan.routes.length).toBeGreaterThan(0);
    const estimated = unfetchedLegs(request, plan);
    // Every place sits at the same projected point here, so estimates are 0 s: the search takes them.
    expect(estimated.from.length).toBeGreaterThan(0);
    const verdict = verifyPlan(request, plan);
    expect(verdict.ok).toBe(false);
    expect(verdict.violations.some((v) => /rests on an estimate/.test(v.message))).toBe(true);
  });
});
