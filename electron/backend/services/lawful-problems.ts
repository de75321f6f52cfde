import type { DayProblem } from '../../../shared/api/contract';
import {
  formatClock,
  SECONDS_PER_DAY,
  skillsValidOn,
  type Officer,
  type OfficerId,
  type Plan,
  type RuleSetVersion,
  type Visit,
} from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';
import { clears, lawfulDay, type Clearance } from './lawful-day';
import { PLANNABLE } from './planning-service';
import { isOutsideHardTerritory, placeTerritories } from '../../../shared/logic/territories';
import { toWgs84 } from '../../../shared/logic/coords';

/** The whole day as a window: the rules' own cut then leaves exactly the starts they allow. */
const WHOLE_DAY = [{ startSec: 0, endSec: SECONDS_PER_DAY }];

/**
 * What the visiting rules `under` say of the routed visits of `plan` (all of them, or those in
 * `only`): a visit they would keep out (holiday, frequency, approval, hold), one whose officer lacks
 * the certificate its kind needs or was complained about by the customer, and one whose planned
 * start lies outside the permitted hours or the minimum gap, and one outside every hard territory
 * of its officer. A start outside the customer's
 * appointment window is the plan's own flag (`window`), not a visiting rule. Visits already in the
 * field are not judged again.
 */
export function lawfulProblems(repos: Repos, plan: Plan, under: RuleSetVersion, only?: ReadonlySet<string>): DayProblem[] {
  const officerOf = new Map<string, OfficerId>();
  const startOf = new Map<string, number>();
  for (const route of plan.routes) {
    for (const stop of route.stops) {
      if (only && !only.has(stop.visitId)) continue;
      officerOf.set(stop.visitId, route.officerId);
      startOf.set(stop.visitId, stop.startSec);
    }
  }
  const routed = repos.visits
    .getMany([...officerOf.keys()] as Visit['id'][])
    .filter((v) => PLANNABLE.has(v.status))
    .map((v) => ({ ...v, windows: WHOLE_DAY }));
  const lawful = lawfulDay(repos, plan.date, routed, under);
  const problems: DayProblem[] = lawful.keptOut.map((out) => ({
    rule: out.reason,
    visitId: out.visitId,
    officerId: officerOf.get(out.visitId) ?? null,
    message: out.message,
  }));
  const clearances = new Map<string, Clearance>(lawful.clearances.map((c) => [c.skill, c]));
  const officers = new Map<string, Officer>(repos.officers.list().map((o) => [o.id, o]));
  const territories = placeTerritories(lawful.territories);
  for (const visit of lawful.visits) {
    const officerId = officerOf.get(visit.id)!;
    const problem = (rule: string, sentence: DayProblem['message']) =>
      problems.push({ rule, visitId: visit.id, officerId, message: sentence });
    for (const clearance of visit.requiredSkills.flatMap((skill) => clearances.get(skill) ?? [])) {
      if (clears(clearance, officerId)) continue;
      if (clearance.reason === 'complaint') problem('customer_hold', message('check.complainedOfficer', { visitId: visit.id, officerId }));
      else problem('follow_up_officer', message('check.followUpOfficer', { visitId: visit.id, officerId }));
    }
    // The certificate the visit's kind needs; other skills are the plan's own flags (`skill`).
    const certificate = under.rules.certificates[visit.kind];
    const officer = officers.get(officerId);
    // Team and officer territories (issue 20): a hard one keeps its officers inside.
    if (officer && visit.location && isOutsideHardTerritory(officer, toWgs84(visit.location), territories)) {
      problem('territory', message('check.outsideTerritory', { visitId: visit.id, officerId }));
    }
    if (certificate !== null && officer && !skillsValidOn(officer, plan.date).has(certificate)) {
      const values = { visitId: visit.id, skill: certificate, officerName: officer.name, officerId, date: plan.date };
      problem('certificate', message('check.missingSkill', values));
    }
    const start = startOf.get(visit.id)!;
    if (!visit.windows.some((w) => start >= w.startSec && start <= w.endSec)) {
      problem(
        'permitted_hours',
        message('check.startNotAllowed', { visitId: visit.id, start: formatClock(start), version: under.version }),
      );
    }
  }
  return problems;
}
