import { decodeResult, encodeRequest, type SolverPlanResult, type SolverRequest } from './adapter';
import { solve, type SolveOptions } from './solve';

export { encodeRequest, decodeResult, retimeRoute, toRoute } from './adapter';
export type { EncodedRequest, RetimeResult, RouteViolation, SolverPlanResult, SolverRequest } from './adapter';
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
 * 2-opt, 2-opt*, ruin-and-recreate). Satisfies `Planner` from shared/logic/planner.ts.
 */
export const firstPlanner = {
  name: 'first-planner@1',
  plan(request: SolverRequest, options: SolveOptions): SolverPlanResult {
    const encoded = encodeRequest(request);
    return decodeResult(encoded, solve(encoded.problem, options));
  },
} as const;
