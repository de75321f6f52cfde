import {
  endPoint,
  isSparseTravel,
  plannedBreak,
  skillsValidOn,
  startPoint,
  type Officer,
  type Planner,
  type PlanOptions,
  type PlanningRules,
  type PlanRequest,
  type PlanResult,
  type Route,
  type DayTravel,
  type TravelMode,
  type UnassignedReason,
  type Visit,
} from '../domain';
import { errorInBothLanguages, message } from '../i18n';
import { INF, type Problem, type ReasonCode } from './problem';
import { timeRoute, type RouteTiming } from './route-timing';
import { type PlanExchange } from './exchange';
import { DEFAULT_CHANGE_COST, objectiveFor } from './objective';
import { solve, type SolveResult } from './solve';
import { SparseLegs } from './sparse-legs';
import { encodeOutsidePrices, type OutsidePrices } from './outside-prices';

/**
 * The one boundary between the domain (visits, officers, routes) and the solver's flat `Problem`.
 * Matrix layout: `startPoint`/`endPoint` in shared/domain/travel.ts. Inactive officers keep their
 * points but are left out.
 */

/** A request in solver form, with the tables to map indices back to ids. */
export interface EncodedRequest {
  problem: Problem;
  visits: readonly Visit[];
  /** Active officers in request order; officer k of the problem is `officers[k]`. */
  officers: Officer[];
  /** How many breaks each active officer has beyond the one the solver models. */
  ignoredBreaks: number[];
}

type Within<A, B> = [A] extends [B] ? true : false;
// Compile-time guard: every reason the solver gives is a domain reason (the domain has one more:
// removed by the dispatcher, which only a manual edit gives).
const _reasonsMatch: Within<ReasonCode, UnassignedReason> = true;

/** Status values the planner may place in routes. */
const PLANNABLE_STATUS = new Set(['approved', 'planned']);

/** Builds the flat problem; throws (in both languages) when the matrix does not fit the request. */
export function encodeRequest(request: PlanRequest): EncodedRequest {
  const { visits, rules, matrix } = request;
  const V = visits.length;
  const active = request.officers.map((o, j) => ({ o, j })).filter(({ o }) => o.isActive);
  checkMatrix(
    matrix,
    startPoint(V, request.officers.length),
    active.map(({ o }) => o.travelMode),
  );
  const modes: TravelMode[] = [];
  for (const { o } of active) if (!modes.includes(o.travelMode)) modes.push(o.travelMode);

  const skillBit = new Map<string, number>();
  for (const v of visits) for (const s of v.requiredSkills) if (!skillBit.has(s)) skillBit.set(s, skillBit.size);
  const skillWords = Math.max(1, Math.ceil(skillBit.size / 32));
  const setBits = (mask: Uint32Array, at: number, skills: Iterable<string>): void => {
    for (const s of skills) {
      const bit = skillBit.get(s);
      if (bit !== undefined) mask[at * skillWords + (bit >>> 5)] |= 1 << (bit & 31);
    }
  };

  const windows = visits.map((v) => clipWindows(v, rules));
  const twOffset = new Int32Array(V + 1);
  for (let i = 0; i < V; i++) twOffset[i + 1] = twOffset[i] + windows[i].length;
  const flat = windows.flat();
  const visitSkills = new Uint32Array(V * skillWords);
  visits.forEach((v, i) => setBits(visitSkills, i, v.requiredSkills));
  const customers = new Map<string, number>();
  for (const v of visits) if (!customers.has(v.customerId)) customers.set(v.customerId, customers.size);
  const idRank = new Int32Array(V);
  [...visits.keys()]
    .sort((a, b) => (visits[a].id < visits[b].id ? -1 : visits[a].id > visits[b].id ? 1 : a - b))
    .forEach((index, rank) => (idRank[index] = rank));

  const K = active.length;
  const officerSkills = new Uint32Array(K * skillWords);
  active.forEach(({ o }, k) => setBits(officerSkills, k, skillsValidOn(o, request.date)));
  const firstBreak = active.map(({ o }) => plannedBreak(o));
  const perOfficer = (f: (o: Officer, k: number) => number): Int32Array => Int32Array.from(active, ({ o }, k) => f(o, k));

  const locks = encodeLocks(
    request,
    active.map(({ o }) => o.id),
  );
  const problem: Problem = {
    visitCount: V,
    officerCount: K,
    size: matrix.size,
    ...encodeTravel(matrix, modes),
    serviceSec: Int32Array.from(visits, (v) => v.serviceSec),
    priority: Int32Array.from(visits, (v) => v.priority),
    twOffset,
    twStart: Int32Array.from(flat, (w) => w.startSec),
    twEnd: Int32Array.from(flat, (w) => w.endSec),
    skillWords,
    visitSkills,
    // A visit already done stays in its route as a fixed first stop, whatever its status now says.
    isApproved: Uint8Array.from(visits, (v, i) => (PLANNABLE_STATUS.has(v.status) || locks.isDone[i] === 1 ? 1 : 0)),
    customer: Int32Array.from(visits, (v) => customers.get(v.customerId) ?? 0),
    maxPerCustomer: rules.maxVisitsPerCustomerPerDay,
    firstWindowSec: Int32Array.from(visits, (v) => Math.min(...v.windows.map((w) => w.startSec))),
    idRank,
    permittedStartSec: rules.permittedHours.startSec,
    permittedEndSec: rules.permittedHours.endSec,
    startPlace: Int32Array.from(active, ({ j }) => startPoint(V, j)),
    endPlace: Int32Array.from(active, ({ j }) => endPoint(V, j)),
    isOpenEnd: Uint8Array.from(active, ({ o }) => (o.end === null ? 1 : 0)),
    shiftStartSec: perOfficer((o) => o.shiftStartSec),
    shiftEndSec: perOfficer((o) => o.shiftEndSec),
    hasBreak: Uint8Array.from(firstBreak, (b) => (b ? 1 : 0)),
    breakEarliestSec: perOfficer((_, k) => firstBreak[k]?.earliestStartSec ?? 0),
    breakLatestSec: perOfficer((_, k) => firstBreak[k]?.latestStartSec ?? 0),
    breakDurationSec: perOfficer((_, k) => firstBreak[k]?.durationSec ?? 0),
    maxVisits: perOfficer((o) => o.maxVisits),
    maxWorkingSec: perOfficer((o) => o.maxWorkingSec),
    officerSkills,
    modeSlot: perOfficer((o) => modes.indexOf(o.travelMode)),
    skillNames: [...skillBit.keys()],
    demand: new Int32Array(V).fill(1),
    capacity: new Int32Array(K).fill(INF),
    pinnedTo: locks.pinnedTo,
    frozenCount: locks.frozenCount,
    isClosed: locks.isClosed,
    startRoutes: locks.startRoutes,
    startOfficer: locks.startOfficer,
    outsidePrices: encodeZones(
      request,
      active.map(({ o }) => o.id),
    ),
  };
  return {
    problem,
    visits,
    officers: active.map(({ o }) => o),
    ignoredBreaks: active.map(({ o }) => Math.max(0, o.breaks.length - 1)),
  };
}

/**
 * Starting routes and locks in index form. Done visits move to the front of their route (in their
 * order) and are frozen there; a fixed-order route is closed as it stands; pins to an officer who
 * is not working today are dropped (nobody could honour them).
 */
function encodeLocks(request: PlanRequest, activeIds: string[]) {
  const V = request.visits.length;
  const K = activeIds.length;
  const visitIndex = new Map<string, number>(request.visits.map((v, i) => [v.id, i]));
  const officerIndex = new Map<string, number>(activeIds.map((id, k) => [id, k]));
  const done = new Set<string>(request.locks?.done ?? []);
  const fixed = new Set<string>(request.locks?.fixedOrder ?? []);
  const isDone = new Uint8Array(V);
  const pinnedTo = new Int32Array(V).fill(-1);
  const frozenCount = new Int32Array(K);
  const isClosed = new Uint8Array(K);
  const startOfficer = new Int32Array(V).fill(-1);
  const startRoutes: Int32Array[] = Array.from({ length: K }, () => new Int32Array(0));
  for (const route of request.startFrom ?? []) {
    const k = officerIndex.get(route.officerId);
    if (k === undefined) continue;
    const indices = route.visitIds.map((id) => visitIndex.get(id)).filter((i): i is number => i !== undefined && startOfficer[i] < 0);
    const first = indices.filter((i) => done.has(request.visits[i].id));
    const rest = indices.filter((i) => !done.has(request.visits[i].id));
    for (const i of first) isDone[i] = 1;
    for (const i of indices) startOfficer[i] = k;
    startRoutes[k] = Int32Array.from([...first, ...rest]);
    frozenCount[k] = first.length;
    if (fixed.has(route.officerId)) {
      isClosed[k] = 1;
      frozenCount[k] = indices.length;
    }
  }
  for (const pin of request.locks?.pinned ?? []) {
    const i = visitIndex.get(pin.visitId);
    const k = officerIndex.get(pin.officerId);
    if (i !== undefined && k !== undefined) pinnedTo[i] = k;
  }
  return { isDone, pinnedTo, frozenCount, isClosed, startRoutes, startOfficer };
}

/** The request's soft territories as the solver's compact price table (visits and officers by index). */
function encodeZones(request: PlanRequest, activeIds: readonly string[]): OutsidePrices | undefined {
  if (!request.outsidePrices || request.outsidePrices.length === 0) return undefined;
  const visitIndex = new Map<string, number>(request.visits.map((v, i) => [v.id, i]));
  const officerIndex = new Map<string, number>(activeIds.map((id, k) => [id, k]));
  const indices = (ids: readonly string[], index: ReadonlyMap<string, number>) =>
    ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  return encodeOutsidePrices(
    request.visits.length,
    activeIds.length,
    request.outsidePrices.map((zone) => ({
      officers: indices(zone.officerIds, officerIndex),
      insideVisits: indices(zone.insideVisitIds, visitIndex),
      pricePerVisit: zone.pricePerVisit,
    })),
  );
}

/** Start windows clipped to permitted hours: start ≥ permitted start, end of visit ≤ permitted end. */
function clipWindows(v: Visit, rules: PlanningRules): { startSec: number; endSec: number }[] {
  const latestStart = rules.permittedHours.endSec - v.serviceSec;
  return [...v.windows]
    .sort((a, b) => a.startSec - b.startSec)
    .map((w) => ({ startSec: Math.max(w.startSec, rules.permittedHours.startSec), endSec: Math.min(w.endSec, latestStart) }))
    .filter((w) => w.startSec <= w.endSec);
}

/** The day's travel in solver form: the matrices, or a large day's fetched pairs with the fitted estimate. */
function encodeTravel(matrix: DayTravel, modes: TravelMode[]): Pick<Problem, 'durations' | 'distanceM' | 'sparse'> {
  const durations = modes.map((m) => matrix.durationSec[m] as Int32Array);
  if (!isSparseTravel(matrix)) return { durations, distanceM: matrix.distanceM, sparse: undefined };
  const fit = (m: TravelMode) => matrix.estimate.modes[m] ?? { secPerM: 0, overheadSec: 0 };
  const sparse = new SparseLegs({
    size: matrix.size,
    rowStart: matrix.rowStart,
    to: matrix.to,
    durations,
    distanceM: matrix.distanceM,
    xM: matrix.xM,
    yM: matrix.yM,
    secPerM: Float64Array.from(modes, (m) => fit(m).secPerM),
    overheadSec: Float64Array.from(modes, (m) => fit(m).overheadSec),
    distancePerM: matrix.estimate.distancePerM,
  });
  return { durations: [], distanceM: new Int32Array(0), sparse };
}

function checkMatrix(matrix: DayTravel, size: number, modes: TravelMode[]): void {
  // A large day holds one value per fetched pair instead of one per cell.
  const cells = isSparseTravel(matrix) ? matrix.to.length : size * size;
  if (matrix.size !== size || matrix.distanceM.length !== cells || (isSparseTravel(matrix) && matrix.rowStart.length !== size + 1)) {
    throw errorInBothLanguages(message('plannerError.matrixSize', { points: matrix.size, needed: size }));
  }
  for (const mode of modes) {
    if (matrix.durationSec[mode]?.length !== cells) {
      throw errorInBothLanguages(message('plannerError.matrixMode', { mode }));
    }
  }
}

/** Maps a solver result back to routes (non-empty only, officer order) and unassigned visits (visit order). */
export function decodeResult(encoded: EncodedRequest, result: SolveResult): PlanResult {
  const routes: Route[] = [];
  result.routes.forEach((order, k) => {
    if (order.length === 0) return;
    const timing = timeRoute(encoded.problem, k, order);
    if (!timing.feasible) {
      throw errorInBothLanguages(message('plannerError.routeFailsTiming'));
    }
    routes.push(toRoute(encoded, k, timing));
  });
  const unassigned = result.unassigned.map((u) => ({ visitId: encoded.visits[u.visit].id, reasons: u.reasons, message: u.message }));
  return { routes, unassigned, cost: result.cost };
}

/** A timed solver route as a domain `Route`. */
export function toRoute(encoded: EncodedRequest, k: number, t: RouteTiming): Route {
  return {
    officerId: encoded.officers[k].id,
    departSec: t.departSec,
    stops: t.stops.map((s) => ({
      visitId: encoded.visits[s.visit].id,
      arrivalSec: s.arrivalSec,
      startSec: s.startSec,
      endSec: s.endSec,
      travelSec: s.travelSec,
      distanceM: s.distanceM,
      waitSec: s.waitSec,
    })),
    breakTaken: t.breakTaken,
    returnTravelSec: t.returnTravelSec,
    returnDistanceM: t.returnDistanceM,
    finishSec: t.finishSec,
    travelSec: t.travelSec,
    distanceM: t.distanceM,
    workingSec: t.workingSec,
  };
}

/** The dispatch planner's options: the domain's, and the exchange through which searches side by side trade. */
export interface DispatchPlanOptions extends PlanOptions {
  exchange?: PlanExchange;
}

/**
 * The dispatch planner: regret insertion by priority (or the starting routes), route elimination
 * when fewest officers come first, then ruin-and-recreate with annealing (SISR). Every plan comes
 * back with the objective's value, so plans of one request are compared by the solver's own measure.
 */
export const dispatchPlanner = {
  name: 'sisr-planner@2',
  plan(request: PlanRequest, options: DispatchPlanOptions): PlanResult {
    const encoded = encodeRequest(request);
    const p = encoded.problem;
    const kind = request.objective?.kind ?? 'least-travel';
    const objective = objectiveFor(p, kind, {
      balanceWeight: request.objective?.balanceWeight,
      compactWeight: request.objective?.compactWeight,
      changeCost: request.startFrom && request.startFrom.length > 0 ? (request.objective?.changeWeight ?? DEFAULT_CHANGE_COST) : 0,
    });
    return decodeResult(
      encoded,
      solve(p, {
        ...options,
        objective,
        fleetFirst: kind === 'fewest-officers',
        insertOnly: request.insertOnly === true,
      }),
    );
  },
} satisfies Planner;
