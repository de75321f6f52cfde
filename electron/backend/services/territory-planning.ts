import type { Officer, OutsidePriceZone, PlanLocks, PlanRequest, Territory, Visit } from '../../../shared/domain';
import { placeTerritories } from '../../../shared/logic/territories';
import { outsidePriceZones, withHardTerritories } from '../../../shared/logic/territory-rules';

/** What a plan request becomes under the territories: the same visits and officers, hard territories as skills, soft ones as prices. */
export interface UnderTerritories {
  visits: Visit[];
  officers: Officer[];
  outsidePrices: OutsidePriceZone[];
}

/**
 * The day's visits and active officers under the workspace's territories, for every planning path
 * (plan, re-optimise, fit in, hand over): a hard territory keeps its officers to the visits inside
 * (the planner and the independent checker see it as a skill), a soft one prices the visits
 * outside. Visits the locks hold to their officer (made or in the field, pinned, in a route whose
 * order is fixed) stay as they are: the dispatcher or the field decided those.
 */
export function underTerritories(
  visits: readonly Visit[],
  officers: readonly Officer[],
  territories: readonly Territory[],
  held: { locks?: PlanLocks; startFrom?: PlanRequest['startFrom'] } = {},
): UnderTerritories {
  if (territories.length === 0) return { visits: [...visits], officers: [...officers], outsidePrices: [] };
  const placed = placeTerritories(territories);
  const fixed = new Set<string>(held.locks?.fixedOrder ?? []);
  const exempt = new Set<string>([
    ...(held.locks?.done ?? []),
    ...(held.locks?.pinned ?? []).map((p) => p.visitId),
    ...(held.startFrom ?? []).filter((r) => fixed.has(r.officerId)).flatMap((r) => r.visitIds),
  ]);
  const hard = withHardTerritories(visits, officers, placed, exempt);
  return { ...hard, outsidePrices: outsidePriceZones(visits, officers, placed) };
}
