import { type Problem } from './problem';

/**
 * For every visit, its `count` nearest candidate visits by round-trip distance (the shared road
 * metres; the first duration matrix when no distances are given). The search has no moves of
 * its own between neighbours; these lists say where a ruin walks from its seed, which routes and
 * positions recreate offers a visit, which unassigned visits a ruin brings along, and which pairs
 * the compactness price counts, so each round costs about the same however many visits the day has.
 * Returns `V × count` indices, −1 where fewer exist; ties go to the lower index.
 */
export function nearestNeighbours(p: Problem, candidates: Int32Array, count: number): Int32Array {
  if (p.sparse) return p.sparse.nearest(p.visitCount, candidates, count);
  const out = new Int32Array(p.visitCount * count).fill(-1);
  const metric = hasValues(p.distanceM) ? p.distanceM : p.durations[0];
  if (!metric || count === 0) return out;
  const size = p.size;
  const bestD = new Float64Array(count);
  const bestV = new Int32Array(count);
  for (let u = 0; u < p.visitCount; u++) {
    let filled = 0;
    for (let c = 0; c < candidates.length; c++) {
      const w = candidates[c];
      if (w === u) continue;
      filled = keepNearest(bestD, bestV, filled, metric[u * size + w] + metric[w * size + u], w);
    }
    for (let i = 0; i < filled; i++) out[u * count + i] = bestV[i];
  }
  return out;
}

function hasValues(values: Int32Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) return true;
  return false;
}

/**
 * Keeps the `bestD.length` nearest candidates seen so far, sorted by distance, in `bestD`/`bestV`:
 * adds `w` at distance `d` when it is nearer than the farthest kept (ties keep the earlier one).
 * Returns how many are kept now.
 */
export function keepNearest(bestD: Float64Array, bestV: Int32Array, filled: number, d: number, w: number): number {
  const count = bestD.length;
  // Insertion into a short sorted list: most candidates are rejected by this first test.
  if (filled === count && d >= bestD[count - 1]) return filled;
  let i = filled < count ? filled++ : count - 1;
  while (i > 0 && bestD[i - 1] > d) {
    bestD[i] = bestD[i - 1];
    bestV[i] = bestV[i - 1];
    i--;
  }
  bestD[i] = d;
  bestV[i] = w;
  return filled;
}
