import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanRequest, Route, TravelMatrix } from '../../../shared/domain';
import { dispatchPlanner, encodeRequest, timeRoute, toRoute } from '../../../shared/solver';
import { checkPlan } from './checker';
import { linePositions, makeOfficer, makeVisit, type LineOfficer, type LineVisit } from './fixtures';

// Random small days on the line world; walking officers take 3× as long as driving ones.
const HOUR = 3600;

const windowsArb = fc.uniqueArray(fc.integer({ min: 6 * 4, max: 22 * 4 }), { minLength: 2, maxLength: 6 }).map((qs) => {
  const sorted = [...qs].sort((a, b) => a - b).map((q) => q * 900);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ startSec: sorted[i], endSec: sorted[i + 1] });
  return out;
});

const visitArb = fc.record({
  x: fc.integer({ min: -30, max: 30 }),
  windows: windowsArb,
  serviceSec: fc.integer({ min: 0, max: 60 }).map((m) => m * 60),
  priority: fc.integer({ min: 1, max: 5 }),
  status: fc.constantFrom('approved', 'approved', 'approved', 'planned', 'cancelled'),
  customerId: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'),
  requiredSkills: fc.constantFrom<string[][]>([], [], [], ['a'], ['b'], ['a', 'b']),
});

const breakArb = fc
  .record({ earliest: fc.integer({ min: 10, max: 14 }), slack: fc.integer({ min: 0, max: 8 }), minutes: fc.constantFrom(0, 15, 30, 60) })
  .map((b) => ({ earliestStartSec: b.earliest * HOUR, latestStartSec: b.earliest * HOUR + b.slack * 900, durationSec: b.minutes * 60 }));

const officerArb = fc.record({
  startX: fc.integer({ min: -30, max: 30 }),
  endX: fc.option(fc.integer({ min: -30, max: 30 }), { nil: null }),
  shiftStartSec: fc.integer({ min: 6, max: 10 }).map((h) => h * HOUR),
  shiftEndSec: fc.integer({ min: 13, max: 21 }).map((h) => h * HOUR),
  breaks: fc.array(breakArb, { maxLength: 1 }),
  maxVisits: fc.constantFrom(0, 1, 2, 4, 6, 8, 8),
  maxWorkingSec: fc.integer({ min: 1, max: 12 }).map((h) => h * HOUR),
  skills: fc.subarray([
    { skill: 'a', validUntil: null },
    { skill: 'b', validUntil: '2026-12-31' },
    { skill: 'b', validUntil: '2026-01-01' },
  ]),
  travelMode: fc.constantFrom('driving' as const, 'walking' as const),
  isActive: fc.constantFrom(true, true, true, false),
});

const requestArb = fc
  .record({
    visits: fc.array(visitArb, { minLength: 1, maxLength: 10 }),
    officers: fc.array(officerArb, { minLength: 1, maxLength: 3 }),
    permitted: fc.record({ from: fc.integer({ min: 6, max: 9 }), to: fc.integer({ min: 17, max: 22 }) }),
    maxPerCustomer: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ visits, officers, permitted, maxPerCustomer }): PlanRequest => {
    const lineVisits: LineVisit[] = visits.map((v, i) => ({ ...v, id: `V${i}` }));
    const lineOfficers: LineOfficer[] = officers.map((o, i) => ({ ...o, id: `O${i}` }));
    return {
      date: '2026-11-23',
      visits: lineVisits.map(makeVisit),
      officers: lineOfficers.map(makeOfficer),
      matrix: twoModeMatrix(linePositions(lineVisits, lineOfficers)),
      rules: {
        permittedHours: { startSec: permitted.from * HOUR, endSec: permitted.to * HOUR },
        maxVisitsPerCustomerPerDay: maxPerCustomer,
      },
    };
  });

function twoModeMatrix(xs: number[]): TravelMatrix {
  const size = xs.length;
  const distanceM = new Int32Array(size * size);
  const driving = new Int32Array(size * size);
  const walking = new Int32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const minutes = Math.abs(xs[i] - xs[j]);
      distanceM[i * size + j] = minutes * 500;
      driving[i * size + j] = minutes * 60;
      walking[i * size + j] = minutes * 180;
    }
  }
  return { size, distanceM, durationSec: { driving, walking } };
}

const RULE_REASONS = new Set(['not_approved', 'too_frequent']);

/** Times an officer's order as the back end re-times an edited route: `encodeRequest`, `timeRoute`, `toRoute`. */
function timeOrder(request: PlanRequest, officerId: string, visitIds: readonly string[]): { feasible: boolean; route: Route } {
  const encoded = encodeRequest(request);
  const k = encoded.officers.findIndex((o) => o.id === officerId);
  const index = new Map<string, number>(request.visits.map((v, i) => [v.id, i]));
  const timing = timeRoute(
    encoded.problem,
    k,
    Int32Array.from(visitIds, (id) => index.get(id)!),
  );
  return { feasible: timing.feasible, route: toRoute(encoded, k, timing) };
}

describe('dispatchPlanner properties', () => {
  it('places every visit once, obeys every rule, and leaves out only visits that fit nowhere', () => {
    fc.assert(
      fc.property(requestArb, fc.integer(), (request, seed) => {
        const plan = dispatchPlanner.plan(request, { seed, maxIterations: 8 });
        expect(checkPlan(request, plan)).toEqual([]);
        for (const r of plan.routes) {
          const again = timeOrder(
            request,
            r.officerId,
            r.stops.map((s) => s.visitId),
          );
          expect(again).toEqual({ feasible: true, route: r });
        }
        for (const u of plan.unassigned) {
          if (u.reasons.some((reason) => RULE_REASONS.has(reason))) continue;
          for (const o of request.officers.filter((x) => x.isActive)) {
            const ids = plan.routes.find((r) => r.officerId === o.id)?.stops.map((s) => s.visitId) ?? [];
            for (let pos = 0; pos <= ids.length; pos++) {
              const tried = [...ids.slice(0, pos), u.visitId, ...ids.slice(pos)];
              expect(timeOrder(request, o.id, tried).feasible, `${u.visitId} fits ${o.id} at ${pos}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('gives the same plan for the same input and seed', () => {
    fc.assert(
      fc.property(requestArb, fc.integer(), (request, seed) => {
        expect(dispatchPlanner.plan(request, { seed, maxIterations: 5 })).toEqual(
          dispatchPlanner.plan(request, { seed, maxIterations: 5 }),
        );
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
