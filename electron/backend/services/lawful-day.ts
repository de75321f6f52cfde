import {
  addDays,
  DEFAULT_PLANNING_RULES,
  type LocalDate,
  type Officer,
  type Plan,
  type PlanningRules,
  type RuleSet,
  type RuleSetVersion,
  type Territory,
  type TimeWindow,
  type Visit,
} from '../../../shared/domain';
import { applyVisitRules, permittedBlocks, type Contact, type KeptOut } from '../../../shared/logic/visit-rules';
import { holdEffect } from '../../../shared/logic/holds';
import { approvalProblem } from '../../../shared/logic/approvals';
import { placeProblem } from '../../../shared/logic/visit-location';
import type { Repos } from '../db/repos';
import { rosterOf } from './day-roster';

/** Visit statuses that count as a contact with the customer: in a plan, handed out, or made (failed attempts too). */
const CONTACTS = new Set(['planned', 'dispatched', 'done', 'failed']);

/** What the visiting rules leave the planner for a day, and what they keep out, under which version. */
export interface LawfulDay {
  visits: Visit[];
  keptOut: KeptOut[];
  /**
   * Skills the day's visits now require that only some officers get for the day: a complaint
   * against an officer keeps that officer away from the customer (see `withClearances`).
   */
  clearances: Clearance[];
  rulesVersion: number;
  /**
   * From the first block's start to the last one's end: the planner's outer bounds (windows are cut
   * to the blocks). On a day without hours only visits already in the field remain, under the defaults.
   */
  permittedHours: TimeWindow;
  /** The workspace's team and officer territories (issue 20), which every planning path applies (territory-planning.ts). */
  territories: Territory[];
}

/** A skill every officer holds for the day except those `excluded`, or (`only`) just those named. */
export interface Clearance {
  skill: string;
  /** Why: a complaint against officers, or a follow-up rule's choice of officer. */
  reason: 'complaint' | 'follow_up_officer';
  excluded: readonly string[];
  only?: readonly string[];
}

export function clears(clearance: Clearance, officerId: string): boolean {
  return clearance.only ? clearance.only.includes(officerId) : !clearance.excluded.includes(officerId);
}

/** The officers as the day's clearances make them: each holds every clearance that clears them. */
export function withClearances(officers: readonly Officer[], clearances: readonly Clearance[]): Officer[] {
  if (clearances.length === 0) return [...officers];
  return officers.map((o) => ({
    ...o,
    skills: [...o.skills, ...clearances.filter((c) => clears(c, o.id)).map((c) => ({ skill: c.skill, validUntil: null }))],
  }));
}

/**
 * Who may make the day's follow-up visits, as their rules ask: anyone but the officer who made the
 * visit they came from, or that officer when on the day's roster — else anyone, rather than nobody.
 */
function applyFollowUpOfficers(repos: Repos, date: LocalDate, visits: readonly Visit[]): Pick<LawfulDay, 'visits' | 'clearances'> {
  const asked = new Map(
    repos.followUps
      .madeAs(visits.map((v) => v.id))
      .filter((f) => f.officer !== 'any' && f.fromOfficerId !== null)
      .map((f) => [f.visitId!, f]),
  );
  if (asked.size === 0) return { visits: [...visits], clearances: [] };
  const onDuty = new Set(rosterOf(repos, date).map((o) => o.id as string));
  const clearances: Clearance[] = [];
  const kept = visits.map((visit) => {
    const followUp = asked.get(visit.id);
    if (!followUp || (followUp.officer === 'same' && !onDuty.has(followUp.fromOfficerId!))) return visit;
    const skill = `follow-up-officer:${visit.id}`;
    clearances.push(
      followUp.officer === 'same'
        ? { skill, reason: 'follow_up_officer', excluded: [], only: [followUp.fromOfficerId!] }
        : { skill, reason: 'follow_up_officer', excluded: [followUp.fromOfficerId!] },
    );
    return { ...visit, requiredSkills: [...visit.requiredSkills, skill] };
  });
  return { visits: kept, clearances };
}

/**
 * The visits' places (issue 20): one whose address is not geocoded yet, or was only guessed and
 * not confirmed by a person, keeps the visit out, saying why; it is never planned on a guessed point.
 */
function applyPlaces(visits: readonly Visit[]): Pick<LawfulDay, 'visits' | 'keptOut'> {
  const kept: Visit[] = [];
  const keptOut: KeptOut[] = [];
  for (const visit of visits) {
    const problem = placeProblem(visit);
    if (problem) keptOut.push({ visitId: visit.id, reason: 'place_unconfirmed', message: problem });
    else kept.push(visit);
  }
  return { visits: kept, keptOut };
}

/**
 * The visits' approvals on the day: one that expired before it or does not cover the visit's kind
 * keeps the visit out, naming the approval.
 */
function applyApprovals(date: LocalDate, visits: readonly Visit[]): Pick<LawfulDay, 'visits' | 'keptOut'> {
  const kept: Visit[] = [];
  const keptOut: KeptOut[] = [];
  for (const visit of visits) {
    const problem = approvalProblem(visit, date);
    if (problem) keptOut.push({ visitId: visit.id, reason: 'not_approved', message: problem });
    else kept.push(visit);
  }
  return { visits: kept, keptOut };
}

/**
 * The customers' holds applied to the visits the rules kept: a binding hold keeps the visit out,
 * naming the hold; a complaint against an officer makes the visit need a clearance that officer lacks.
 */
function applyHolds(repos: Repos, date: LocalDate, visits: readonly Visit[]): Pick<LawfulDay, 'visits' | 'keptOut' | 'clearances'> {
  const holds = repos.holds.unreleased([...new Set(visits.map((v) => v.customerId))]);
  if (holds.length === 0) return { visits: [...visits], keptOut: [], clearances: [] };
  const kept: Visit[] = [];
  const keptOut: KeptOut[] = [];
  const clearances: Clearance[] = [];
  for (const visit of visits) {
    const effect = holdEffect(
      holds.filter((h) => h.customerId === visit.customerId),
      date,
    );
    if (effect.blockedBy) {
      keptOut.push({ visitId: visit.id, reason: 'customer_hold', message: effect.blockedBy });
    } else if (effect.excludedOfficers.length > 0) {
      const skill = `complaint-free:${visit.customerId}`;
      clearances.push({ skill, reason: 'complaint', excluded: effect.excludedOfficers });
      kept.push({ ...visit, requiredSkills: [...visit.requiredSkills, skill] });
    } else {
      kept.push(visit);
    }
  }
  return { visits: kept, keptOut, clearances };
}

/**
 * The customers' contacts on the days around `date` that the frequency rules look at: their visits
 * in a plan, handed out or made, at the times their day's current plan gives them (or, without one,
 * at the start of their first window).
 */
function contactsAround(repos: Repos, date: LocalDate, visits: readonly Visit[], reachDays: number): Contact[] {
  const from = addDays(date, -reachDays);
  const to = addDays(date, reachDays);
  const plans = new Map<LocalDate, Plan | null>();
  const planOf = (day: LocalDate) => {
    if (!plans.has(day)) plans.set(day, repos.plans.current(day));
    return plans.get(day)!;
  };
  const contacts: Contact[] = [];
  for (const customerId of new Set(visits.map((v) => v.customerId))) {
    for (const other of repos.visits.listByCustomer(customerId)) {
      if (other.date === date || other.date < from || other.date > to || !CONTACTS.has(other.status)) continue;
      const stop = planOf(other.date)
        ?.routes.flatMap((r) => r.stops)
        .find((s) => s.visitId === other.id);
      const startSec = stop?.startSec ?? other.windows[0]?.startSec ?? 0;
      contacts.push({ visitId: other.id, customerId, date: other.date, startSec, endSec: stop?.endSec ?? startSec + other.serviceSec });
    }
  }
  return contacts;
}

/**
 * The visits' approvals, then the workspace's current visiting rules applied to a day's plannable
 * visits before solving (see applyVisitRules), or those of an earlier version (`under`), then the
 * customers' holds, then who may make follow-up visits. Visits already in the field are not `visits` here: the rules were met when
 * they were planned, and they stay as they are.
 */
export function lawfulDay(repos: Repos, date: LocalDate, visits: readonly Visit[], under?: RuleSetVersion): LawfulDay {
  const { version, rules } = under ?? repos.rules.current();
  const reachDays = Math.max(rules.frequency.windowDays, Math.ceil(rules.frequency.minGapHours / 24) + 1);
  // A visit without a place to go to is no contact with the customer either.
  const placed = applyPlaces(visits);
  // Approvals first: a visit its approval does not allow must not count against the customer's others.
  const approved = applyApprovals(date, placed.visits);
  const ruled = applyVisitRules({
    rules,
    version,
    date,
    visits: approved.visits,
    contacts: contactsAround(repos, date, approved.visits, reachDays),
  });
  const held = applyHolds(repos, date, ruled.visits);
  const assigned = applyFollowUpOfficers(repos, date, held.visits);
  const keptOut = [...placed.keptOut, ...approved.keptOut, ...ruled.keptOut, ...held.keptOut];
  const applied = { visits: assigned.visits, keptOut, clearances: [...held.clearances, ...assigned.clearances] };
  return { ...applied, rulesVersion: version, permittedHours: permittedHoursOn(rules, date), territories: repos.territories.list() };
}

/**
 * From the first permitted block's start to the last one's end on `date` under `rules`: the outer
 * bounds the planner and the plan's checks hold routes to (the defaults' on a day without hours).
 */
export function permittedHoursOn(rules: RuleSet, date: LocalDate): TimeWindow {
  const { blocks } = permittedBlocks(rules, date);
  return blocks.length > 0
    ? { startSec: Math.min(...blocks.map((b) => b.startSec)), endSec: Math.max(...blocks.map((b) => b.endSec)) }
    : DEFAULT_PLANNING_RULES.permittedHours;
}

/** The plan checks' rules on `date`: `base` with the permitted hours of the visiting rules in force. */
export function planningRulesOn(repos: Pick<Repos, 'rules'>, date: LocalDate, base: PlanningRules = DEFAULT_PLANNING_RULES): PlanningRules {
  return { ...base, permittedHours: permittedHoursOn(repos.rules.current().rules, date) };
}
