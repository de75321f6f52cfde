import { objectiveFor } from './objective';
import { solve, type SolveOptions } from './solve';
import { encodeVrptw, type VrptwInstance } from './vrptw-problem';

/** Routes as indices into `instance.customers`, empty routes dropped; plus search rounds. */
export interface VrptwSolution {
  routes: number[][];
  iterations: number;
  /** Vehicles used and travel in the problem's integer units (⌈distance × 10⁵⌉ per leg), to compare runs. */
  vehicles: number;
  travel: number;
}

/** Solves a benchmark instance with the literature's objective: fewest vehicles, then least distance. */
export function solveVrptw(instance: VrptwInstance, options: Omit<SolveOptions, 'objective' | 'fleetFirst'>): VrptwSolution {
  const problem = encodeVrptw(instance);
  const result = solve(problem, { ...options, objective: objectiveFor(problem, 'fewest-officers'), fleetFirst: true });
  const routes = result.routes.filter((r) => r.length > 0).map((r) => Array.from(r));
  return { routes, iterations: result.iterations, vehicles: routes.length, travel: result.travelSec };
}
