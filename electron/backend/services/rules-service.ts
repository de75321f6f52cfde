import { badInput } from '../../../shared/api/errors';
import type { RuleSet, RuleSetVersion } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { sameRules, validRules } from '../../../shared/logic/rule-set';
import type { Repos } from '../db/repos';

/**
 * Changes the visiting rules: in one transaction stores them as the next version (who, when, why)
 * and logs `rules.change`. Refuses, writing nothing, a change without a reason or author, rules the
 * checks refuse, and rules that say what the current version says already.
 */
export function changeRules(repos: Repos, rules: RuleSet, changedBy: string, reason: string): RuleSetVersion {
  if (changedBy.trim() === '') throw badInput(message('rules.noChangedBy'));
  if (reason.trim() === '') throw badInput(message('rules.noReason'));
  const next = validRules(rules);
  return repos.transaction(() => {
    const current = repos.rules.current();
    if (sameRules(current.rules, next)) throw badInput(message('rules.unchanged', { version: current.version }));
    const saved = repos.rules.save(next, changedBy, reason);
    repos.audit.append({
      action: 'rules.change',
      entity: 'rules',
      entityId: String(saved.version),
      detail: { version: saved.version, changedBy: saved.changedBy, reason: saved.reason },
    });
    return saved;
  });
}
