import type { PointPairs } from './large-day-pairs';

/** One table request: every origin to every destination (point indices). */
export interface PairRequest {
  origins: Int32Array;
  destinations: Int32Array;
}

/**
 * How requests are filled: a block of origins takes the union of what they want, and the next
 * origin joins while at least `minFill` of the block's cells are wanted and it holds fewer than
 * `maxOrigins` origins. Larger blocks mean fewer requests, a higher fill fewer pairs asked in vain.
 */
export interface GroupingOptions {
  minFill: number;
  maxOrigins: number;
}

export const DEFAULT_GROUPING: GroupingOptions = { minFill: 0.3, maxOrigins: 100 };

/**
 * Groups wanted pairs into few, well-filled table requests. Origins are taken in space-filling
 * (Morton) order of their projected place, so a block's origins are neighbours and want mostly the
 * same destinations; visits and officers' places go in separate blocks, since an officer's place is
 * wanted by hundreds of visits and a visit by about a hundred points. Every wanted pair is in
 * exactly one request as origin → destination; a request also carries the unwanted cells of its
 * block (the price of asking in tables).
 */
export function groupPairs(
  size: number,
  visitCount: number,
  pairs: PointPairs,
  xM: Float64Array,
  yM: Float64Array,
  options: GroupingOptions = DEFAULT_GROUPING,
): PairRequest[] {
  const { rowStart, wants } = byOrigin(size, pairs);
  const isOrigin = (a: number) => rowStart[a + 1] > rowStart[a];
  const order = spatialOrder(xM, yM);
  const requests: PairRequest[] = [];
  const stamp = new Int32Array(size).fill(-1);
  for (const officers of [false, true]) {
    let block: number[] = [];
    let union: number[] = [];
    let wanted = 0;
    const close = (): void => {
      if (block.length > 0) requests.push({ origins: Int32Array.from(block), destinations: Int32Array.from(union) });
      block = [];
      union = [];
      wanted = 0;
    };
    for (const a of order) {
      if (!isOrigin(a) || a >= visitCount !== officers) continue;
      let added = 0;
      for (let e = rowStart[a]; e < rowStart[a + 1]; e++) if (stamp[wants[e]] !== requests.length) added++;
      const rowWanted = rowStart[a + 1] - rowStart[a];
      const fill = (wanted + rowWanted) / ((block.length + 1) * (union.length + added));
      if (block.length > 0 && (block.length >= options.maxOrigins || fill < options.minFill)) close();
      block.push(a);
      wanted += rowWanted;
      for (let e = rowStart[a]; e < rowStart[a + 1]; e++) {
        const b = wants[e];
        if (stamp[b] === requests.length) continue;
        stamp[b] = requests.length;
        union.push(b);
      }
    }
    close();
  }
  return requests;
}

/** Wanted destinations per origin, duplicates dropped (compressed rows). */
function byOrigin(size: number, pairs: PointPairs): { rowStart: Int32Array; wants: Int32Array } {
  const count = new Int32Array(size + 1);
  for (const a of pairs.from) count[a + 1]++;
  for (let a = 0; a < size; a++) count[a + 1] += count[a];
  const fill = count.slice(0, size);
  const raw = new Int32Array(pairs.from.length);
  pairs.from.forEach((a, i) => (raw[fill[a]++] = pairs.to[i]));
  const rowStart = new Int32Array(size + 1);
  const wants = new Int32Array(raw.length);
  const seen = new Int32Array(size).fill(-1);
  let n = 0;
  for (let a = 0; a < size; a++) {
    for (let e = count[a]; e < count[a + 1]; e++) {
      const b = raw[e];
      if (b === a || seen[b] === a) continue;
      seen[b] = a;
      wants[n++] = b;
    }
    rowStart[a + 1] = n;
  }
  return { rowStart, wants: wants.subarray(0, n) };
}

/** Point indices in Morton (Z-curve) order of their projected place on a 65,536-square grid. */
function spatialOrder(xM: Float64Array, yM: Float64Array): Int32Array {
  const n = xM.length;
  let minX = Infinity;
  let minY = Infinity;
  let span = 1;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xM[i]);
    minY = Math.min(minY, yM[i]);
  }
  for (let i = 0; i < n; i++) span = Math.max(span, xM[i] - minX, yM[i] - minY);
  const cell = (v: number, min: number): number => Math.min(0xffff, Math.floor(((v - min) / span) * 0x10000));
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = interleave(cell(xM[i], minX)) * 2 + interleave(cell(yM[i], minY));
  return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a] - key[b] || a - b);
}

/** Spreads the 16 bits of `v` to the even bits of a 32-bit number. */
function interleave(v: number): number {
  let x = v & 0xffff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x >>> 0;
}
