import type { Planner } from '../domain';
import { decodeResult, encodeRequest } from './adapter';
import { DEFAULT_CHANGE_COST, objectiveFor } from './objective';

export { DEFAULT_BALANCE_WEIGHT, DEFAULT_COMPACT_WEIGHT, DEFAULT_CHANGE_COST } from './objective';
import { solve } from './solve';

export { encodeRequest, decodeResult, retimeRoute, toRoute } from './adapter';
export type { EncodedRequest, RetimeResult, RouteViolation } from './adapter';
export { solve, DEFAULT_MAX_ITERATIONS } from './solve';
export type { SolveOptions, SolveProgress, SolveResult } from './solve';
export { timeRoute } from './route-timing';
export type { RouteTiming, StopTiming, Violation, ViolationCode } from './route-timing';
export { explainUnassigned, reasonSentence, violationSentence } from './messages';
export type { ReasonDetails, Sentence } from './messages';
export type { Problem, ReasonCode } from './problem';
export { createRng } from './rng';
export type { Rng } from './rng';

/**
 * The first planner: regret insertion by priority, then iterated local search (relocate, swap,
 * 2-opt, 2-opt*, ruin-and-recreate).
 */
export const dispatchPlanner: Planner = {
  name: 'sisr-planner@2',
  plan(request, options) {
    const encoded = encodeRequest(request);
    const p = encoded.problem;
    const kind = request.objective?.kind ?? 'least-travel';
    const objective = objectiveFor(p, kind, {
      balanceWeight: request.objective?.balanceWeight,
      compactWeight: request.objective?.compactWeight,
      changeCost: request.startFrom && request.startFrom.length > 0 ? DEFAULT_CHANGE_COST : 0,
    });
    return decodeResult(encoded, solve(p, {
      ...options, objective, fleetFirst: kind === 'fewest-officers', insertOnly: request.insertOnly === true,
    }));
  },
};
