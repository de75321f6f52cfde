import type { PlanRequest } from '../../../shared/domain';
import { encodeRequest } from '../../../shared/solver';
import { regretInsert } from '../../../shared/solver/construct';
import { createContext, type SearchContext } from '../../../shared/solver/context';
import { CostModel, LEAST_TRAVEL, missingPenalties, objectiveFor, type ObjectiveName } from '../../../shared/solver/objective';

/**
 * The search's state after construction, for tests of single search steps: the request's problem,
 * left-out prices and cost model for the objective, and a first plan by regret insertion.
 */
export function firstPlan(request: PlanRequest, seed: number, kind?: ObjectiveName): { ctx: SearchContext; model: CostModel } {
  const ctx = createContext(encodeRequest(request).problem, seed);
  const objective = kind ? objectiveFor(ctx.p, kind) : LEAST_TRAVEL;
  const model = new CostModel(ctx, objective);
  ctx.sol.setPenalties(missingPenalties(ctx, objective));
  regretInsert(ctx, ctx.candidates);
  return { ctx, model };
}
