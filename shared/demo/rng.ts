import { createRng as createUniformRng } from '../solver/rng';

/**
 * A small seeded PRNG (the solver's mulberry32) so the demo day is the same for the same seed on every
 * machine; shared/ never touches Math.random.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item, uniformly. `items` must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to `weightOf(item)`. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** Standard normal draw (mean 0, deviation 1), Box–Muller. */
  normal(): number;
}

/** Creates a PRNG from any integer seed (negative and > 2^32 seeds are folded, not truncated to equal values). */
export function createRng(seed: number): Rng {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const low = whole >>> 0;
  const high = Math.floor(whole / 2 ** 32) >>> 0;
  // Hashing the seed first makes neighbouring seeds (1, 2, 3) start far apart.
  const { next } = createUniformRng(mix32(low ^ mix32(high + 0x9e3779b9)));

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items, weightOf) => {
      const total = items.reduce((sum, item) => sum + weightOf(item), 0);
      let target = next() * total;
      for (const item of items) {
        target -= weightOf(item);
        if (target < 0) return item;
      }
      return items[items.length - 1];
    },
    normal: () => {
      const u1 = 1 - next();
      const u2 = next();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
  };
}

function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
