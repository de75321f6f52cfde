/** Candidates per grid cell on average: small enough that a ring of cells is cheap to scan. */
const PER_CELL = 4;

/**
 * For each query point, its `k` nearest candidate points by straight line (projected metres),
 * nearest first, never itself; `queries.length × k` point indices, −1 where fewer exist. Ties go
 * to the candidate listed first. Candidates are bucketed in a uniform grid and scanned ring by
 * ring around the query until no unscanned cell can hold a nearer one, so a day of thousands of
 * points costs about `k` distance tests per point instead of one per pair.
 */
export function nearestByGrid(xM: Float64Array, yM: Float64Array, queries: Int32Array, candidates: Int32Array, k: number): Int32Array {
  const out = new Int32Array(queries.length * k).fill(-1);
  if (k === 0 || candidates.length === 0) return out;
  const grid = buildGrid(xM, yM, candidates);
  const bestD = new Float64Array(k);
  const bestP = new Int32Array(k);
  const bestRank = new Int32Array(k);
  for (let q = 0; q < queries.length; q++) {
    const a = queries[q];
    const cx = grid.column(xM[a]);
    const cy = grid.row(yM[a]);
    let filled = 0;
    for (let ring = 0; ; ring++) {
      if (ring > grid.cols && ring > grid.rows) break;
      // Rings 0 … ring − 1 are scanned; every point of ring `ring` or beyond is at least `(ring − 1) × side` away.
      if (filled === k && bestD[k - 1] <= (ring - 1) * grid.side) break;
      for (let y = cy - ring; y <= cy + ring; y++) {
        if (y < 0 || y >= grid.rows) continue;
        const edge = y === cy - ring || y === cy + ring;
        for (let x = cx - ring; x <= cx + ring; x += edge ? 1 : 2 * ring) {
          if (x >= 0 && x < grid.cols) filled = scanCell(grid, y * grid.cols + x, a, xM, yM, k, filled, bestD, bestP, bestRank);
          if (ring === 0) break;
        }
      }
    }
    for (let i = 0; i < filled; i++) out[q * k + i] = bestP[i];
  }
  return out;
}

interface Grid {
  side: number;
  cols: number;
  rows: number;
  cellStart: Int32Array;
  /** Candidate positions (in `candidates`) by cell. */
  items: Int32Array;
  candidates: Int32Array;
  column(x: number): number;
  row(y: number): number;
}

function buildGrid(xM: Float64Array, yM: Float64Array, candidates: Int32Array): Grid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of candidates) {
    minX = Math.min(minX, xM[c]);
    maxX = Math.max(maxX, xM[c]);
    minY = Math.min(minY, yM[c]);
    maxY = Math.max(maxY, yM[c]);
  }
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const side = Math.max(1, Math.sqrt((area * PER_CELL) / candidates.length));
  const cols = Math.floor((maxX - minX) / side) + 1;
  const rows = Math.floor((maxY - minY) / side) + 1;
  const clamp = (i: number, n: number): number => (i < 0 ? 0 : i >= n ? n - 1 : i);
  const column = (x: number): number => clamp(Math.floor((x - minX) / side), cols);
  const row = (y: number): number => clamp(Math.floor((y - minY) / side), rows);
  const cellOf = Int32Array.from(candidates, (c) => row(yM[c]) * cols + column(xM[c]));
  const cellStart = new Int32Array(cols * rows + 1);
  for (const cell of cellOf) cellStart[cell + 1]++;
  for (let i = 0; i < cols * rows; i++) cellStart[i + 1] += cellStart[i];
  const fill = cellStart.slice(0, cols * rows);
  const items = new Int32Array(candidates.length);
  cellOf.forEach((cell, i) => (items[fill[cell]++] = i));
  return { side, cols, rows, cellStart, items, candidates, column, row };
}

/** Offers one cell's candidates to the sorted best list; returns how many it holds. */
function scanCell(
  grid: Grid,
  cell: number,
  a: number,
  xM: Float64Array,
  yM: Float64Array,
  k: number,
  filled: number,
  bestD: Float64Array,
  bestP: Int32Array,
  bestRank: Int32Array,
): number {
  for (let j = grid.cellStart[cell]; j < grid.cellStart[cell + 1]; j++) {
    const rank = grid.items[j];
    const c = grid.candidates[rank];
    if (c === a) continue;
    const dx = xM[c] - xM[a];
    const dy = yM[c] - yM[a];
    const d = Math.sqrt(dx * dx + dy * dy);
    if (filled === k && (d > bestD[k - 1] || (d === bestD[k - 1] && rank > bestRank[k - 1]))) continue;
    let i = filled < k ? filled++ : k - 1;
    while (i > 0 && (bestD[i - 1] > d || (bestD[i - 1] === d && bestRank[i - 1] > rank))) {
      bestD[i] = bestD[i - 1];
      bestP[i] = bestP[i - 1];
      bestRank[i] = bestRank[i - 1];
      i--;
    }
    bestD[i] = d;
    bestP[i] = c;
    bestRank[i] = rank;
  }
  return filled;
}
