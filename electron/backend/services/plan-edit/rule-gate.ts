import { AppError } from '../../../../shared/api/errors';
import type { Plan, RuleOverride, VisitId } from '../../../../shared/domain';
import { message, paragraph } from '../../../../shared/i18n';
import { notOverridden, sameFinding } from '../../../../shared/logic/overrides';
import { lawfulProblems } from '../lawful-problems';
import type { PlanContext } from '../plan-context';
import { requireSupervisor } from '../session-service';

/** A supervisor's reason for letting an edit break a visiting rule. */
export interface OverrideRequest {
  reason: string;
}

const LISTED = 3;

/**
 * The overrides the edited `plan` carries. A manual edit may not break a visiting rule that `base`
 * did not break already, under the rules in force, for the visits of the routes it touched (a
 * visit moved in, and every stop it re-timed): such an edit is refused in plain words (`forbidden`,
 * details `{ problems }`), or, with `override` from the signed-in supervisor, accepted with each
 * broken rule recorded as an override naming who and why. Overrides of visits that left their
 * officer's route fall away.
 */
export function overridesAfterEdit(
  ctx: Pick<PlanContext, 'repos' | 'session' | 'deps'>,
  base: Plan,
  plan: Plan,
  touched: readonly VisitId[],
  override: OverrideRequest | undefined,
): RuleOverride[] {
  const officerOf = new Map<string, string>(plan.routes.flatMap((r) => r.stops.map((s) => [s.visitId, r.officerId] as const)));
  const kept = base.overrides.filter((o) => officerOf.get(o.visitId) === o.officerId);
  if (touched.length === 0) return kept;
  const under = ctx.repos.rules.current();
  const only = new Set<string>(touched);
  const before = lawfulProblems(ctx.repos, base, under, only);
  const broken = notOverridden(lawfulProblems(ctx.repos, plan, under, only), kept).filter((p) => !before.some((b) => sameFinding(b, p)));
  if (broken.length === 0) return kept;
  if (!override) {
    const listed = broken.slice(0, LISTED).map((p) => p.message);
    const more = broken.length - listed.length;
    const problems = paragraph(more > 0 ? [...listed, message('exportRefused.andMore', { count: more })] : listed);
    throw new AppError('forbidden', message('editRefused.breaksRules', { problems }), { problems: broken });
  }
  const by = requireSupervisor(ctx.session, 'users.action.override');
  const at = ctx.deps.clock().toISOString();
  const added = broken.map((p) => ({
    visitId: p.visitId!,
    officerId: p.officerId,
    rule: p.rule,
    message: p.message,
    by: by.id,
    at,
    reason: override.reason,
  }));
  return [...kept, ...added];
}
