import type { RuleOverride } from '../domain';

/** What names a finding: the rule, the visit and the officer (a violation, a check's problem, an override). */
export interface Finding {
  rule: string;
  visitId: string | null;
  officerId: string | null;
}

/** Whether two findings are the same rule broken by the same visit with the same officer. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.visitId === b.visitId && a.officerId === b.officerId;
}

/** The supervisor's override that accepted this finding, or null. */
export function overrideOf(overrides: readonly RuleOverride[], finding: Finding): RuleOverride | null {
  return overrides.find((o) => sameFinding(o, finding)) ?? null;
}

/** The findings no override accepted. */
export function notOverridden<T extends Finding>(findings: readonly T[], overrides: readonly RuleOverride[]): T[] {
  return overrides.length === 0 ? [...findings] : findings.filter((f) => overrideOf(overrides, f) === null);
}
