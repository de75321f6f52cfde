import { z } from 'zod';
import { OfficerId, type VisitId } from './ids';

/**
 * How a territory binds its owner: `hard`, the officer (or every officer of the team) works only
 * inside; `soft`, each visit outside costs the plan `outsidePrice`.
 */
export const TerritoryRule = z.enum(['hard', 'soft']);
export type TerritoryRule = z.infer<typeof TerritoryRule>;

/** Whose territory it is: a team (every officer whose `team` it is) or one officer. */
export const TerritoryOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), team: z.string().trim().min(1).max(64) }),
  z.object({ kind: z.literal('officer'), officerId: OfficerId }),
]);
export type TerritoryOwner = z.infer<typeof TerritoryOwner>;

/** A GeoJSON position in WGS-84: [longitude, latitude] degrees. */
const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A closed ring: at least four positions, the last equal to the first. */
const Ring = z
  .array(Position)
  .min(4)
  .max(10_000)
  .refine((ring) => ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1], 'ring is not closed');
const PolygonCoordinates = z.array(Ring).min(1).max(100);

/** The territory's area: a GeoJSON Polygon or MultiPolygon in WGS-84. */
export const TerritoryGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: PolygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonCoordinates).min(1).max(100) }),
]);
export type TerritoryGeometry = z.infer<typeof TerritoryGeometry>;

/** Most a visit outside a soft territory may cost: a day's travel, in the solver's seconds. */
export const MAX_OUTSIDE_PRICE = 86_400;

/** A territory as the dispatcher draws or imports it; its name is unique in the workspace. */
export const TerritoryDraft = z.object({
  name: z.string().trim().min(1).max(80),
  owner: TerritoryOwner,
  rule: TerritoryRule,
  /** Per visit outside, in equivalent seconds of travel (soft rule); 0 for a hard territory. */
  outsidePrice: z.number().int().min(0).max(MAX_OUTSIDE_PRICE),
  geometry: TerritoryGeometry,
});
export type TerritoryDraft = z.infer<typeof TerritoryDraft>;

/** A stored territory: the draft, its number, and who changed it last and when (ISO time). */
export const Territory = TerritoryDraft.extend({
  id: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Territory = z.infer<typeof Territory>;

/**
 * Soft territories in the planner's terms: the officers named pay `pricePerVisit` (equivalent
 * travel seconds) for every visit of theirs not in `insideVisitIds`. One entry per distinct set of
 * soft territories, so officers of a team share one.
 */
export interface OutsidePriceZone {
  officerIds: readonly OfficerId[];
  pricePerVisit: number;
  insideVisitIds: readonly VisitId[];
}
