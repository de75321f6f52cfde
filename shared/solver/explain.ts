import { type SearchContext } from './context';
import { insertionStatus } from './insertion';
import { explainUnassigned, type Sentence } from './messages';
import { NOT_APPROVED, TOO_FREQUENT } from './preselect';
import { type Problem, type ReasonCode } from './problem';
import { aloneTimingWorks } from './tables';
import { OK, WORKING } from './timing';

/** A visit left out of every route, with the reasons that hold for the final plan. */
export interface UnassignedInfo {
  visit: number;
  reasons: ReasonCode[];
  message: Sentence;
}

/**
 * Explains every visit not in a route, from the constraints and the final routes (not from the
 * search's history), in visit order. See README.md for the rules behind each reason.
 */
export function explainAll(ctx: SearchContext): UnassignedInfo[] {
  const { p, sol } = ctx;
  const held = heldSkills(p);
  const out: UnassignedInfo[] = [];
  for (let v = 0; v < p.visitCount; v++) {
    if (sol.routeOf[v] >= 0) continue;
    const reasons = reasonsFor(ctx, v);
    const missingSkills = missingSkillNames(p, v, held);
    out.push({
      visit: v,
      reasons,
      message: explainUnassigned(reasons, {
        missingSkills,
        maxPerCustomer: p.maxPerCustomer,
        permittedStartSec: p.permittedStartSec,
        permittedEndSec: p.permittedEndSec,
      }),
    });
  }
  return out;
}

/** Reasons for one unassigned visit, most fundamental first. */
export function reasonsFor(ctx: SearchContext, v: number): ReasonCode[] {
  const { p, serve, alone, sol, cursor } = ctx;
  const K = p.officerCount;
  if (ctx.verdict[v] === NOT_APPROVED) return ['not_approved'];
  if (ctx.verdict[v] === TOO_FREQUENT) return ['too_frequent'];
  if (K === 0) return ['no_officers'];
  const reasons: ReasonCode[] = [];
  const skilled: number[] = [];
  for (let k = 0; k < K; k++) if (serve[v * K + k] === 1) skilled.push(k);
  if (p.twOffset[v] === p.twOffset[v + 1]) reasons.push('outside_permitted_hours');
  if (skilled.length === 0) reasons.push('no_skilled_officer');
  if (reasons.length > 0) return reasons;
  if (!skilled.some((k) => fitsShift(p, v, k))) return ['outside_all_shifts'];
  const able = skilled.filter((k) => aloneTimingWorks(alone[v * K + k]));
  if (able.length === 0) return ['window_unreachable'];
  let atLimit = 0;
  let overWorking = 0;
  for (const k of able) {
    const r = sol.routes[k];
    if (r.len + 1 > p.maxVisits[k]) atLimit++;
    else {
      const code = insertionStatus(p, cursor, r, v);
      if (code === WORKING) overWorking++;
      else if (code === OK) return ['capacity'];
    }
  }
  if (atLimit === able.length) return ['max_visits_reached'];
  if (atLimit + overWorking === able.length) {
    return atLimit > 0 ? ['max_visits_reached', 'max_working_time_reached'] : ['max_working_time_reached'];
  }
  return ['capacity'];
}

/** True when some window lets v start and end inside officer k's shift. */
function fitsShift(p: Problem, v: number, k: number): boolean {
  for (let w = p.twOffset[v]; w < p.twOffset[v + 1]; w++) {
    const start = Math.max(p.twStart[w], p.shiftStartSec[k]);
    if (start <= p.twEnd[w] && start + p.serviceSec[v] <= p.shiftEndSec[k]) return true;
  }
  return false;
}

/** Union of the skills every active officer may use, per word. */
function heldSkills(p: Problem): Uint32Array {
  const held = new Uint32Array(p.skillWords);
  for (let k = 0; k < p.officerCount; k++) {
    for (let i = 0; i < p.skillWords; i++) held[i] |= p.officerSkills[k * p.skillWords + i];
  }
  return held;
}

/** Required skills nobody holds; all required skills when only the combination is missing. */
function missingSkillNames(p: Problem, v: number, held: Uint32Array): string[] {
  const missing: string[] = [];
  const required: string[] = [];
  for (let bit = 0; bit < p.skillNames.length; bit++) {
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((p.visitSkills[v * p.skillWords + word] & mask) === 0) continue;
    required.push(p.skillNames[bit]);
    if ((held[word] & mask) === 0) missing.push(p.skillNames[bit]);
  }
  return missing.length > 0 ? missing : required;
}
