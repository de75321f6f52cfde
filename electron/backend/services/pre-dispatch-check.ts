import type { DayCheck, DayProblem } from '../../../shared/api/contract';
import { badInput } from '../../../shared/api/errors';
import { formatClock, skillsValidOn, type LocalDate, type Officer, type OfficerId, type Visit } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';
import { lawfulDay } from './lawful-day';
import { PLANNABLE } from './planning-service';

/**
 * Everything the day's current plan breaks before its itineraries go out: the problems the plan
 * carries (edits, data changed since planning) and, under the visiting rules of `rulesVersion`
 * (the rules in force by default), every routed visit those rules would refuse or whose planned
 * start they no longer allow, and every routed visit whose officer lacks a certificate or skill it
 * now needs, or whom the customer complained about. Visits already in the field are not judged again.
 */
export function checkDay(repos: Repos, date: LocalDate, rulesVersion?: number): DayCheck {
  const plan = repos.plans.current(date);
  if (!plan) throw badInput(message('workspace.noPlanYet', { date }));
  const under = rulesVersion === undefined ? repos.rules.current() : repos.rules.get(rulesVersion);
  if (!under) throw badInput(message('check.unknownVersion', { version: rulesVersion ?? 0 }));
  const officerOf = new Map<string, OfficerId>();
  const startOf = new Map<string, number>();
  for (const route of plan.routes) {
    for (const stop of route.stops) {
      officerOf.set(stop.visitId, route.officerId);
      startOf.set(stop.visitId, stop.startSec);
    }
  }
  const routed = repos.visits.getMany([...officerOf.keys()] as Visit['id'][]).filter((v) => PLANNABLE.has(v.status));
  const lawful = lawfulDay(repos, date, routed, under);
  const problems: DayProblem[] = plan.violations.map((v) => ({
    rule: v.rule,
    visitId: v.visitId,
    officerId: v.officerId,
    message: v.message,
  }));
  for (const out of lawful.keptOut) {
    problems.push({ rule: out.reason, visitId: out.visitId, officerId: officerOf.get(out.visitId) ?? null, message: out.message });
  }
  const excluded = new Map<string, readonly string[]>(lawful.clearances.map((c) => [c.skill, c.excluded]));
  const officers = new Map<string, Officer>(repos.officers.list().map((o) => [o.id, o]));
  for (const visit of lawful.visits) {
    const officerId = officerOf.get(visit.id) ?? null;
    const barred = visit.requiredSkills.find((skill) => officerId !== null && excluded.get(skill)?.includes(officerId));
    if (barred) {
      problems.push({
        rule: 'customer_hold',
        visitId: visit.id,
        officerId,
        message: message('check.complainedOfficer', { visitId: visit.id, officerId: officerId! }),
      });
      continue;
    }
    const officer = officerId === null ? null : officers.get(officerId);
    const held = officer ? skillsValidOn(officer, date) : null;
    const missing = visit.requiredSkills.find((skill) => held !== null && !excluded.has(skill) && !held.has(skill));
    if (missing) {
      const values = { visitId: visit.id, skill: missing, officerName: officer!.name, officerId: officerId!, date };
      problems.push({ rule: 'skill', visitId: visit.id, officerId, message: message('check.missingSkill', values) });
      continue;
    }
    const start = startOf.get(visit.id)!;
    if (visit.windows.some((w) => start >= w.startSec && start <= w.endSec)) continue;
    const values = { visitId: visit.id, start: formatClock(start), version: under.version };
    problems.push({
      rule: 'permitted_hours',
      visitId: visit.id,
      officerId: officerOf.get(visit.id) ?? null,
      message: message('check.startNotAllowed', values),
    });
  }
  const made = plan.rulesVersion === null ? message('check.unversioned') : message('check.madeUnder', { version: plan.rulesVersion });
  const summary =
    problems.length === 0
      ? message('check.clean', { date, version: under.version })
      : message('check.found', { date, count: problems.length, version: under.version, made });
  return { date, planId: plan.id, planRulesVersion: plan.rulesVersion, checkedVersion: under.version, problems, summary };
}
