import { skillsValidOn, type Route } from '../../../shared/domain';
import type { PlanRequest, PlanResult } from '../../../shared/domain';

/**
 * An independent re-statement of the timing rules in shared/solver/README.md, written from the
 * domain objects (not the solver's arrays), used to check every plan the tests produce.
 * Returns a list of problems; empty means the plan obeys the rules.
 */
export function checkPlan(request: PlanRequest, plan: PlanResult): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const r of plan.routes) for (const s of r.stops) seen.set(s.visitId, (seen.get(s.visitId) ?? 0) + 1);
  for (const u of plan.unassigned) {
    seen.set(u.visitId, (seen.get(u.visitId) ?? 0) + 1);
    if (u.reasons.length === 0) problems.push(`${u.visitId}: unassigned without a reason`);
    if (!u.message.en || !u.message.zh) problems.push(`${u.visitId}: message missing a language`);
  }
  for (const v of request.visits) {
    if (seen.get(v.id) !== 1) problems.push(`${v.id}: appears ${seen.get(v.id) ?? 0} times`);
  }
  if (seen.size !== request.visits.length) problems.push('plan mentions unknown visits');
  const perCustomer = new Map<string, number>();
  for (const r of plan.routes) {
    for (const s of r.stops) {
      const c = request.visits.find((v) => v.id === s.visitId)?.customerId ?? '?';
      perCustomer.set(c, (perCustomer.get(c) ?? 0) + 1);
    }
    problems.push(...checkRoute(request, r).map((p) => `${r.officerId}: ${p}`));
  }
  for (const [c, n] of perCustomer) {
    if (n > request.rules.maxVisitsPerCustomerPerDay) problems.push(`customer ${c} visited ${n} times`);
  }
  return problems;
}

/** Checks one route against its officer, the visits' windows and the travel matrix. */
export function checkRoute(request: PlanRequest, r: Route): string[] {
  const out: string[] = [];
  const oi = request.officers.findIndex((o) => o.id === r.officerId);
  const o = request.officers[oi];
  if (!o || !o.isActive) return ['officer unknown or inactive'];
  const V = request.visits.length;
  const size = request.matrix.size;
  const dur = request.matrix.durationSec[o.travelMode]!;
  const dist = request.matrix.distanceM;
  const perm = request.rules.permittedHours;
  const skills = skillsValidOn(o, request.date);
  const brk = [...o.breaks].sort((a, b) => a.earliestStartSec - b.earliestStartSec)[0];
  const bt = r.breakTaken;
  const isOpen = o.end === null;
  if (r.stops.length === 0) out.push('empty route');
  if (r.stops.length > o.maxVisits) out.push('too many visits');
  if (r.departSec < o.shiftStartSec) out.push('departs before shift');
  let place = V + 2 * oi;
  let leave = bt?.afterStop === -1 ? bt.endSec : r.departSec;
  let travel = 0;
  let distance = 0;
  r.stops.forEach((s, i) => {
    const vi = request.visits.findIndex((v) => v.id === s.visitId);
    const v = request.visits[vi];
    if (!v) return out.push(`unknown visit ${s.visitId}`);
    if (!['approved', 'planned'].includes(v.status)) out.push(`${v.id} not plannable`);
    for (const sk of v.requiredSkills) if (!skills.has(sk)) out.push(`${v.id} needs skill ${sk}`);
    const t = dur[place * size + vi];
    if (s.travelSec !== t) out.push(`${v.id} travel ${s.travelSec} ≠ ${t}`);
    if (s.distanceM !== dist[place * size + vi]) out.push(`${v.id} distance wrong`);
    if (s.arrivalSec !== leave + t) out.push(`${v.id} arrival ${s.arrivalSec} ≠ ${leave + t}`);
    if (s.startSec < s.arrivalSec) out.push(`${v.id} starts before arrival`);
    if (s.waitSec !== s.startSec - s.arrivalSec) out.push(`${v.id} wait wrong`);
    if (s.endSec !== s.startSec + v.serviceSec) out.push(`${v.id} end wrong`);
    if (!v.windows.some((w) => s.startSec >= w.startSec && s.startSec <= w.endSec)) out.push(`${v.id} outside its windows`);
    if (s.startSec < perm.startSec || s.endSec > perm.endSec) out.push(`${v.id} outside permitted hours`);
    travel += t;
    distance += s.distanceM;
    place = vi;
    leave = bt?.afterStop === i ? bt.endSec : s.endSec;
    if (bt?.afterStop === i && bt.startSec < s.endSec) out.push('break overlaps a visit');
  });
  const last = r.stops.length - 1;
  const ret = isOpen ? 0 : dur[place * size + V + 2 * oi + 1];
  const retDist = isOpen ? 0 : dist[place * size + V + 2 * oi + 1];
  if (r.returnTravelSec !== ret || r.returnDistanceM !== retDist) out.push('return leg wrong');
  if (r.finishSec !== leave + ret) out.push(`finish ${r.finishSec} ≠ ${leave + ret}`);
  if (r.finishSec > o.shiftEndSec) out.push('finishes after shift');
  if (r.travelSec !== travel + ret || r.distanceM !== distance + retDist) out.push('totals wrong');
  if (r.workingSec !== r.finishSec - r.departSec) out.push('working time wrong');
  if (r.workingSec > o.maxWorkingSec) out.push('working time over limit');
  if (brk && r.finishSec > brk.earliestStartSec) {
    if (!bt) out.push('break missing');
    else {
      if (bt.startSec < brk.earliestStartSec || bt.startSec > brk.latestStartSec) out.push('break outside its window');
      if (bt.endSec !== bt.startSec + brk.durationSec) out.push('break length wrong');
      if (bt.afterStop === -1 && bt.startSec < r.departSec) out.push('break before departure');
      if (isOpen && bt.afterStop === last) out.push('break after the last visit of an open end');
    }
  } else if (bt) out.push('break taken but not needed');
  if (r.stops.length > 0 && bt?.afterStop !== -1) {
    const first = r.stops[0];
    if (r.departSec !== first.startSec - first.travelSec) out.push('does not leave as late as possible');
  }
  return out;
}
