import { describe, expect, it } from 'vitest';
import { createRng } from '../../../shared/demo';
import { nearestByGrid } from '../../../shared/logic/nearest-by-grid';
import { projectPoints, wantedPairs } from '../../../shared/logic/large-day-pairs';
import { groupPairs } from '../../../shared/logic/pair-requests';

/** Random points in a 20 km square with some clusters, in metres. */
function scatter(n: number, seed: number): { xM: Float64Array; yM: Float64Array } {
  const rng = createRng(seed);
  const xM = new Float64Array(n);
  const yM = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const clustered = i % 3 === 0;
    xM[i] = clustered ? 5000 + rng.next() * 300 : rng.next() * 20_000;
    yM[i] = clustered ? 8000 + rng.next() * 300 : rng.next() * 20_000;
  }
  return { xM, yM };
}

function bruteNearest(xM: Float64Array, yM: Float64Array, a: number, candidates: number[], k: number): number[] {
  return candidates
    .filter((c) => c !== a)
    .map((c, rank) => ({ c, rank, d: Math.hypot(xM[c] - xM[a], yM[c] - yM[a]) }))
    .sort((p, q) => p.d - q.d || p.rank - q.rank)
    .slice(0, k)
    .map((p) => p.c);
}

describe('nearestByGrid', () => {
  it('finds the same k nearest as trying every candidate, even for queries outside the candidates', () => {
    const { xM, yM } = scatter(900, 7);
    const queries = Int32Array.from({ length: 300 }, (_, i) => i * 3);
    const candidates = Int32Array.from({ length: 600 }, (_, i) => 300 + i);
    const k = 12;
    const got = nearestByGrid(xM, yM, queries, candidates, k);
    queries.forEach((a, q) => {
      expect(Array.from(got.subarray(q * k, (q + 1) * k))).toEqual(bruteNearest(xM, yM, a, Array.from(candidates), k));
    });
  });

  it('pads with −1 when fewer candidates exist and never returns the query itself', () => {
    const xM = Float64Array.of(0, 100, 200);
    const yM = Float64Array.of(0, 0, 0);
    const all = Int32Array.of(0, 1, 2);
    expect(Array.from(nearestByGrid(xM, yM, all, all, 3))).toEqual([1, 2, -1, 0, 2, -1, 1, 0, -1]);
  });
});

describe('projectPoints', () => {
  it('places points in metres around their mean: 0.01° of latitude is about 1,112 m', () => {
    const { xM, yM } = projectPoints([
      { lat: 31.2, lng: 121.4 },
      { lat: 31.21, lng: 121.4 },
    ]);
    expect(yM[1] - yM[0]).toBeCloseTo(1111.95, 1);
    expect(xM[1] - xM[0]).toBeCloseTo(0, 6);
  });
});

describe('wantedPairs and groupPairs', () => {
  // 400 visits, then 10 officers' start and end places.
  const V = 400;
  const K = 10;
  const { xM, yM } = scatter(V + 2 * K, 3);
  for (let k = 0; k < K; k++) {
    xM[V + 2 * k + 1] = xM[V + 2 * k];
    yM[V + 2 * k + 1] = yM[V + 2 * k];
  }
  const options = { fromVisits: 100, neighbours: 8, officersPerVisit: 3 };
  const wanted = wantedPairs(xM, yM, V, K, options);
  const key = (a: number, b: number) => a * 10_000 + b;
  const wantedSet = new Set(Array.from(wanted.from, (a, i) => key(a, wanted.to[i])));

  it("asks each visit's nearest visits both ways and its nearest officers' start → visit and visit → end", () => {
    const visits = Array.from({ length: V }, (_, i) => i);
    const starts = Array.from({ length: K }, (_, k) => V + 2 * k);
    for (const v of [0, 57, 399]) {
      for (const w of bruteNearest(xM, yM, v, visits, 8)) {
        expect(wantedSet.has(key(v, w))).toBe(true);
        expect(wantedSet.has(key(w, v))).toBe(true);
      }
      for (const s of bruteNearest(xM, yM, v, starts, 3)) {
        expect(wantedSet.has(key(s, v))).toBe(true);
        expect(wantedSet.has(key(v, s + 1))).toBe(true);
      }
    }
    // Far fewer than the full square: at most V × 2 × (8 + 3) pairs.
    expect(wantedSet.size).toBeLessThanOrEqual(V * 2 * 11);
  });

  it('puts every wanted pair in some request, keeps visits and officers apart, and fills requests well', () => {
    const requests = groupPairs(V + 2 * K, V, wanted, xM, yM, { minFill: 0.3, maxOrigins: 40 });
    const asked = new Set<number>();
    let cells = 0;
    const originsSeen = new Set<number>();
    for (const r of requests) {
      const isOfficers = r.origins[0] >= V;
      for (const a of r.origins) {
        expect(a >= V).toBe(isOfficers);
        expect(originsSeen.has(a)).toBe(false);
        originsSeen.add(a);
        for (const b of r.destinations) asked.add(key(a, b));
      }
      expect(r.origins.length).toBeLessThanOrEqual(40);
      cells += r.origins.length * r.destinations.length;
    }
    for (const pair of wantedSet) expect(asked.has(pair)).toBe(true);
    expect(wantedSet.size / cells).toBeGreaterThan(0.3);
    expect(requests.length).toBeLessThan(V / 5);
  });
});
