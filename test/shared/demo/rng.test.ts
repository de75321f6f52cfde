import { describe, expect, it } from 'vitest';
import { createRng } from '../../../shared/demo/rng';

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for neighbouring, negative and huge seeds', () => {
    const first = (seed: number) => createRng(seed).next();
    const values = [1, 2, -1, 2 ** 32 + 1, 0].map(first);
    expect(new Set(values).size).toBe(values.length);
  });

  it('keeps draws in range and roughly uniform', () => {
    const rng = createRng(7);
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i += 1) {
      const value = rng.int(1, 6);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('draws normals with mean ~0 and deviation ~1', () => {
    const rng = createRng(3);
    const draws = Array.from({ length: 40_000 }, () => rng.normal());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(variance) - 1)).toBeLessThan(0.03);
  });

  it('picks by weight', () => {
    const rng = createRng(11);
    let heavy = 0;
    for (let i = 0; i < 10_000; i += 1) if (rng.weighted(['a', 'b'], (x) => (x === 'a' ? 9 : 1)) === 'a') heavy += 1;
    expect(heavy / 10_000).toBeCloseTo(0.9, 1);
  });
});
