import type { SolomonInstance } from '../../../shared/benchmark/solomon-instance';
import { createRng } from '../../../shared/solver/rng';

/** A Solomon-style instance: depot in the middle, customers at random, each window 30–60 wide. */
export function tightInstance(count: number, seed: number): SolomonInstance {
  const rng = createRng(seed);
  const depot = { id: 0, x: 50, y: 50, demand: 0, ready: 0, due: 400, service: 0 };
  const customers = Array.from({ length: count }, (_, i) => {
    const x = Math.round(rng.next() * 100);
    const y = Math.round(rng.next() * 100);
    const reach = Math.hypot(x - 50, y - 50);
    const ready = Math.round(reach + rng.next() * (300 - 2 * reach));
    return { id: i + 1, x, y, demand: 5 + rng.int(20), ready, due: ready + 30 + rng.int(31), service: 10 };
  });
  return { name: 'TIGHT', vehicles: 25, capacity: 200, depot, customers };
}
