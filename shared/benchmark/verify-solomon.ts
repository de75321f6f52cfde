import { euclid, type SolomonInstance } from './solomon-instance';

/** A benchmark solution: routes of customer numbers, depot left out. */
export interface SolomonSolution {
  routes: number[][];
}

export interface SolomonCheck {
  ok: boolean;
  vehicles: number;
  /** Total unrounded Euclidean distance, recomputed here from the coordinates. */
  distance: number;
  problems: string[];
}

/**
 * Checks a solution under the literature's conventions, independently of the solver: every
 * customer exactly once, service starts by the due date (waiting allowed), each route returns to
 * the depot by its due date, load within capacity, no more routes than vehicles.
 */
export function verifySolomon(instance: SolomonInstance, solution: SolomonSolution): SolomonCheck {
  const problems: string[] = [];
  const byId = new Map(instance.customers.map((c) => [c.id, c]));
  const seen = new Set<number>();
  const routes = solution.routes.filter((r) => r.length > 0);
  let distance = 0;
  if (routes.length > instance.vehicles) problems.push(`${routes.length} routes but only ${instance.vehicles} vehicles`);
  routes.forEach((route, index) => {
    let at = instance.depot;
    let time = instance.depot.ready;
    let load = 0;
    for (const id of route) {
      const c = byId.get(id);
      if (!c) {
        problems.push(`route ${index + 1}: unknown customer ${id}`);
        return;
      }
      if (seen.has(id)) problems.push(`customer ${id} is visited twice`);
      seen.add(id);
      const leg = euclid(at, c);
      distance += leg;
      time = Math.max(time + leg, c.ready);
      if (time > c.due + 1e-9) problems.push(`route ${index + 1}: customer ${id} starts at ${time.toFixed(3)} after its due date ${c.due}`);
      time += c.service;
      load += c.demand;
      at = c;
    }
    const back = euclid(at, instance.depot);
    distance += back;
    if (time + back > instance.depot.due + 1e-9)
      problems.push(`route ${index + 1}: returns at ${(time + back).toFixed(3)} after the depot closes at ${instance.depot.due}`);
    if (load > instance.capacity) problems.push(`route ${index + 1}: load ${load} over capacity ${instance.capacity}`);
  });
  for (const c of instance.customers) if (!seen.has(c.id)) problems.push(`customer ${c.id} is not visited`);
  return { ok: problems.length === 0, vehicles: routes.length, distance, problems };
}
