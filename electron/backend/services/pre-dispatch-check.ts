import type { DayCheck, DayProblem } from '../../../shared/api/contract';
import { badInput } from '../../../shared/api/errors';
import type { LocalDate } from '../../../shared/domain';
import { overrideOf, sameFinding } from '../../../shared/logic/overrides';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';
import { lawfulProblems } from './lawful-problems';

/**
 * Everything the day's current plan breaks before its itineraries go out: the problems the plan
 * carries (edits, data changed since planning) and what the visiting rules of `rulesVersion` (the
 * rules in force by default) say of its routed visits (see lawfulProblems). What a supervisor
 * accepted with an override is listed apart, with who and why, and does not remain.
 */
export function checkDay(repos: Repos, date: LocalDate, rulesVersion?: number): DayCheck {
  const plan = repos.plans.current(date);
  if (!plan) throw badInput(message('workspace.noPlanYet', { date }));
  const under = rulesVersion === undefined ? repos.rules.current() : repos.rules.get(rulesVersion);
  if (!under) throw badInput(message('check.unknownVersion', { version: rulesVersion ?? 0 }));
  const found: DayProblem[] = plan.violations.map((v) => ({
    rule: v.rule,
    visitId: v.visitId,
    officerId: v.officerId,
    message: v.message,
  }));
  for (const problem of lawfulProblems(repos, plan, under)) if (!found.some((f) => sameFinding(f, problem))) found.push(problem);
  const problems: DayProblem[] = [];
  const overridden: DayCheck['overridden'] = [];
  for (const problem of found) {
    const override = overrideOf(plan.overrides, problem);
    if (override) overridden.push({ ...problem, override });
    else problems.push(problem);
  }
  const made = plan.rulesVersion === null ? message('check.unversioned') : message('check.madeUnder', { version: plan.rulesVersion });
  const summary =
    problems.length === 0
      ? message('check.clean', { date, version: under.version })
      : message('check.found', { date, count: problems.length, version: under.version, made });
  return { date, planId: plan.id, planRulesVersion: plan.rulesVersion, checkedVersion: under.version, problems, overridden, summary };
}
