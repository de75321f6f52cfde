import { z } from 'zod';
import { LANGUAGES } from '../i18n/define';
import { OfficerId, PlanId, VisitId } from './ids';
import { LocalDate, PlannedSeconds } from './time';

/** One visit in an officer's day, with its planned timing. */
export const PlannedStop = z.object({
  visitId: VisitId,
  /** Arrival at the customer, seconds since midnight. */
  arrivalSec: PlannedSeconds,
  /** Start of the visit (arrival plus any wait for the window). */
  startSec: PlannedSeconds,
  /** End of the visit (start plus service time). */
  endSec: PlannedSeconds,
  /** Travel from the previous place (start location or previous visit), seconds and metres. */
  travelSec: z.number().int().min(0),
  distanceM: z.number().int().min(0),
  /** Waiting before the visit starts (early arrival), seconds. */
  waitSec: z.number().int().min(0),
});
export type PlannedStop = z.infer<typeof PlannedStop>;

/** One officer's planned day: leave start, visits in order, optional break, reach end. */
export const Route = z.object({
  officerId: OfficerId,
  departSec: PlannedSeconds,
  stops: z.array(PlannedStop),
  /** Break taken after stop `afterStop` (−1: before the first visit), or null when none is needed. */
  breakTaken: z.object({ startSec: PlannedSeconds, endSec: PlannedSeconds, afterStop: z.number().int().min(-1) }).nullable(),
  /** Travel from the last visit to the end place (0 for an open end). */
  returnTravelSec: z.number().int().min(0),
  returnDistanceM: z.number().int().min(0),
  /** Arrival at the end place (or end of the last visit for an open end). */
  finishSec: PlannedSeconds,
  travelSec: z.number().int().min(0),
  distanceM: z.number().int().min(0),
  workingSec: z.number().int().min(0),
});
export type Route = z.infer<typeof Route>;

/** Machine-readable reasons a visit could not be placed; each has a sentence in both languages. */
export const UnassignedReason = z.enum([
  'not_approved',
  'no_skilled_officer',
  'outside_permitted_hours',
  /** The visiting rules keep the day free: a public holiday, or a day the lender keeps without visits. */
  'public_holiday',
  'no_visit_day',
  /** The customer is under a hold (complaint, dispute, legal hold, vulnerable, do not visit). */
  'customer_hold',
  'outside_all_shifts',
  'window_unreachable',
  'too_frequent',
  'max_visits_reached',
  'max_working_time_reached',
  'capacity',
  'no_officers',
  /** Taken out of its route by hand on the board; it waits for the dispatcher. */
  'removed_by_dispatcher',
  /** Cancelled, then approved again on a planned day: it waits to be fitted in. */
  'brought_back',
  /** Added by hand on a planned day: it waits to be fitted in. */
  'added_by_hand',
  /** Its address is not geocoded yet, or only guessed: it waits for a person to confirm its place (issue 20). */
  'place_unconfirmed',
]);
export type UnassignedReason = z.infer<typeof UnassignedReason>;

/** A sentence a dispatcher understands, in Chinese and English. */
export const Message = z.object({ en: z.string(), zh: z.string() });
export type Message = z.infer<typeof Message>;

/** The languages every sentence, screen and export exists in. */
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** The language for a locale (`zh-CN`, `zh_TW.UTF-8`, `en-US`): Chinese for any zh locale, else English. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const UnassignedVisit = z.object({
  visitId: VisitId,
  reasons: z.array(UnassignedReason).min(1),
  message: Message,
});
export type UnassignedVisit = z.infer<typeof UnassignedVisit>;

/** Totals a dispatcher looks at first. */
export const PlanStats = z.object({
  visitCount: z.number().int(),
  assignedCount: z.number().int(),
  unassignedCount: z.number().int(),
  officersUsed: z.number().int(),
  travelSec: z.number().int(),
  distanceM: z.number().int(),
  workingSec: z.number().int(),
  solveMs: z.number().int(),
});
export type PlanStats = z.infer<typeof PlanStats>;

/**
 * A rule a route breaks: after a dispatcher's manual edit, or because the visits or officers changed
 * after the plan was made. The solver itself never produces one.
 */
export const ViolationRule = z.enum([
  'window',
  'shift',
  'break',
  'skill',
  'max_visits',
  'max_working_time',
  'permitted_hours',
  'too_frequent',
  'capacity',
  'not_approved',
  /** The route's stored times no longer match its visits' places or service times, or the officer's start. */
  'times_changed',
]);
export type ViolationRule = z.infer<typeof ViolationRule>;

/** One broken rule of the current plan against the data as stored now, flagged on the board: never silently accepted. */
export const PlanViolation = z.object({
  officerId: OfficerId,
  /** The visit concerned, or null for a route-wide rule (shift end, working time). */
  visitId: VisitId.nullable(),
  rule: ViolationRule,
  message: Message,
});
export type PlanViolation = z.infer<typeof PlanViolation>;

/**
 * A rule a supervisor let a manual move break (issue 18): which visit, with which officer, the
 * rule and the sentence the move was refused with, and who accepted it, when and why. It stays with
 * the plan and the versions edited from it; planning the day again applies the rules anew.
 */
export const RuleOverride = z.object({
  visitId: VisitId,
  officerId: OfficerId.nullable(),
  /** A violation's rule or a kept-out reason (`permitted_hours`, `skill`, `customer_hold`, …). */
  rule: z.string(),
  message: Message,
  by: z.string(),
  at: z.string(),
  reason: z.string(),
});
export type RuleOverride = z.infer<typeof RuleOverride>;

/**
 * What a re-optimisation must keep: visits pinned to an officer, routes whose order is fixed
 * (nothing added, removed or reordered), and stops already done (kept first in their route).
 */
export const PlanLocks = z.object({
  pinned: z.array(z.object({ visitId: VisitId, officerId: OfficerId })).default([]),
  fixedOrder: z.array(OfficerId).default([]),
  done: z.array(VisitId).default([]),
});
export type PlanLocks = z.infer<typeof PlanLocks>;

/** Which plan a dispatcher prefers when several are feasible. */
export const ObjectiveKind = z.enum(['least-travel', 'fewest-officers', 'balanced', 'compact']);
export type ObjectiveKind = z.infer<typeof ObjectiveKind>;

export const PlanObjective = z.object({
  kind: ObjectiveKind.default('least-travel'),
  /** balanced: travel seconds charged per second of spread in working time between officers. */
  balanceWeight: z.number().min(0).max(100).optional(),
  /** compact: travel seconds charged per near neighbour that sits in another officer's route. */
  compactWeight: z.number().min(0).max(100_000).optional(),
  /** Re-planning from a plan: travel seconds charged per visit moved to another officer (default 300). */
  changeWeight: z.number().min(0).max(100_000).optional(),
});
export type PlanObjective = z.infer<typeof PlanObjective>;

/**
 * Where a plan's travel times came from (issue 20): the router (`straight`, `osrm`, `valhalla`,
 * `graphhopper`) at its address and, when its server could not be reached and the workspace
 * allows it, that the straight-line model stood in and why. Said on the board and every itinerary.
 */
export const TravelSource = z.object({
  router: z.string(),
  url: z.string(),
  fellBack: z.boolean(),
  reason: Message.nullable(),
});
export type TravelSource = z.infer<typeof TravelSource>;

/** A day's plan: every visit of the date is either in exactly one route or unassigned with reasons. */
export const Plan = z.object({
  id: PlanId,
  date: LocalDate,
  /** Which planner made it and with what seed, for reproducibility. */
  planner: z.string(),
  seed: z.number().int(),
  createdAt: z.string(),
  routes: z.array(Route),
  unassigned: z.array(UnassignedVisit),
  stats: PlanStats,
  /**
   * Rules the plan breaks, checked against the visits and officers as they are now: after manual
   * edits, and re-checked whenever the data the plan depends on changes (empty for a fresh solver plan).
   */
  violations: z.array(PlanViolation).default([]),
  /** Locks this plan carries into the next re-optimisation. */
  locks: PlanLocks.default({ pinned: [], fixedOrder: [], done: [] }),
  /** The plan this one was edited or re-optimised from, for undo; null for a fresh plan. */
  parentId: PlanId.nullable().default(null),
  /** The version of the visiting rules the plan was made under (issue 18); null for plans made before them. */
  rulesVersion: z.number().int().nullable().default(null),
  /** Rules a supervisor let manual moves break, with who and why. */
  overrides: z.array(RuleOverride).default([]),
  /** Where its travel times came from (issue 20); null for plans made before routers. */
  travelSource: TravelSource.nullable().optional(),
});
export type Plan = z.infer<typeof Plan>;

/**
 * What one edit changed, relative to the plan it was made on: enough for a board holding that
 * plan to rebuild the new one exactly (see shared/logic/plan-changes.ts), at a fraction of its size.
 */
export const PlanChanges = z.object({
  /** The plan these changes apply to; null for a day's first plan (every route is then in `routes`). */
  baseId: PlanId.nullable(),
  date: LocalDate,
  /** The new plan and its parent (the base, unless the edit changed nothing). */
  planId: PlanId,
  parentId: PlanId.nullable(),
  planner: z.string(),
  seed: z.number().int(),
  createdAt: z.string(),
  stats: PlanStats,
  violations: z.array(PlanViolation),
  locks: PlanLocks,
  rulesVersion: z.number().int().nullable(),
  overrides: z.array(RuleOverride),
  travelSource: TravelSource.nullable().optional(),
  /** Officers with a route in the new plan, in its order. */
  routeOrder: z.array(OfficerId),
  /** The new plan's routes that differ from the base plan's. */
  routes: z.array(Route),
  unassignedAdded: z.array(UnassignedVisit),
  unassignedRemoved: z.array(VisitId),
  /** The whole unassigned list, when the changes above would not give its exact order. */
  unassignedAll: z.array(UnassignedVisit).nullable(),
});
export type PlanChanges = z.infer<typeof PlanChanges>;
