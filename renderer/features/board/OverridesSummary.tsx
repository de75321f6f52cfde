import type { RuleOverride } from '../../../shared/domain';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';

export interface OverridesSummaryProps {
  overrides: readonly RuleOverride[];
  officerNames: ReadonlyMap<string, string>;
  onShowVisit(visitId: string): void;
}

/** The visiting rules a supervisor let this plan break, with who accepted each, when and why: shown, never hidden. */
export function OverridesSummary({ overrides, officerNames, onShowVisit }: OverridesSummaryProps) {
  const { t, language } = useT();
  if (overrides.length === 0) return null;
  return (
    <section className="overrides" aria-labelledby="overrides-title">
      <h2 id="overrides-title">{t('overrides.title', { count: overrides.length })}</h2>
      <ul>
        {overrides.map((o) => (
          <li key={`${o.visitId}-${o.rule}`} data-rule={o.rule}>
            {o.officerId && <strong>{officerNames.get(o.officerId) ?? o.officerId} · </strong>}
            {pickMessage(o.message, language)} <em>{t('check.overriddenBy', { by: o.by, at: o.at, reason: o.reason })}</em>
            <button type="button" className="link-button" onClick={() => onShowVisit(o.visitId)}>
              {t('violations.show', { id: o.visitId })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
