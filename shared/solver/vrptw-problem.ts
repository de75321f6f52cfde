import { INF, noLocks, type Problem } from './problem';

/**
 * Benchmark instances (Solomon, Gehring–Homberger) as a solver `Problem`: every vehicle is an
 * officer starting and ending at the depot, customers are visits with one window each.
 *
 * The solver times in integers, so travel = ⌈distance × TIME_SCALE⌉ and windows × TIME_SCALE.
 * Rounding travel up keeps every plan the solver calls feasible feasible with unrounded distances
 * too (the literature's convention); the error per leg is below 1/TIME_SCALE.
 */
export const TIME_SCALE = 100_000;

/** The shape of a parsed instance (see shared/benchmark/solomon-instance.ts), declared here so the solver imports nothing. */
export interface VrptwInstance {
  vehicles: number;
  capacity: number;
  depot: VrptwPlace;
  customers: readonly VrptwPlace[];
}

export interface VrptwPlace {
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export function encodeVrptw(instance: VrptwInstance): Problem {
  const V = instance.customers.length;
  const K = instance.vehicles;
  const size = V + 2 * K;
  const place = (point: number): VrptwPlace => (point < V ? instance.customers[point] : instance.depot);
  const durations = new Int32Array(size * size);
  for (let a = 0; a < size; a++) {
    const pa = place(a);
    for (let b = 0; b < size; b++) {
      const pb = place(b);
      durations[a * size + b] = Math.ceil(Math.hypot(pa.x - pb.x, pa.y - pb.y) * TIME_SCALE);
    }
  }
  const scaled = (t: number): number => Math.round(t * TIME_SCALE);
  const perVisit = (f: (c: VrptwPlace, i: number) => number): Int32Array => Int32Array.from(instance.customers, f);
  const perVehicle = (value: number): Int32Array => new Int32Array(K).fill(value);
  return {
    visitCount: V,
    officerCount: K,
    size,
    durations: [durations],
    distanceM: durations,
    // Present though empty: a travel lookup then reads an own field instead of missing one.
    sparse: undefined,
    serviceSec: perVisit((c) => scaled(c.service)),
    priority: perVisit(() => 1),
    twOffset: Int32Array.from({ length: V + 1 }, (_, i) => i),
    twStart: perVisit((c) => scaled(c.ready)),
    twEnd: perVisit((c) => scaled(c.due)),
    skillWords: 1,
    visitSkills: new Uint32Array(V),
    isApproved: new Uint8Array(V).fill(1),
    customer: perVisit((_, i) => i),
    maxPerCustomer: 1,
    firstWindowSec: perVisit((c) => scaled(c.ready)),
    idRank: perVisit((_, i) => i),
    permittedStartSec: 0,
    permittedEndSec: INF,
    startPlace: Int32Array.from({ length: K }, (_, k) => V + 2 * k),
    endPlace: Int32Array.from({ length: K }, (_, k) => V + 2 * k + 1),
    isOpenEnd: new Uint8Array(K),
    shiftStartSec: perVehicle(scaled(instance.depot.ready)),
    shiftEndSec: perVehicle(scaled(instance.depot.due)),
    hasBreak: new Uint8Array(K),
    breakEarliestSec: perVehicle(0),
    breakLatestSec: perVehicle(0),
    breakDurationSec: perVehicle(0),
    maxVisits: perVehicle(V),
    maxWorkingSec: perVehicle(INF),
    officerSkills: new Uint32Array(K),
    modeSlot: perVehicle(0),
    skillNames: [],
    demand: perVisit((c) => c.demand),
    capacity: perVehicle(instance.capacity),
    ...noLocks(V, K),
  };
}
