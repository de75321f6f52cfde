import type { PlanViolation } from '../../../shared/domain';
import { Icon } from '../../components/Icon';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';

export interface ViolationsSummaryProps {
  violations: readonly PlanViolation[];
  officerNames: ReadonlyMap<string, string>;
  onShowVisit(visitId: string): void;
}

/** Every rule the current plan breaks, listed in red above the board: never hidden, never silently accepted. */
export function ViolationsSummary({ violations, officerNames, onShowVisit }: ViolationsSummaryProps) {
  const { t, language } = useT();
  if (violations.length === 0) return null;
  return (
    <section className="violations" aria-labelledby="violations-title">
      <h2 id="violations-title">
        <Icon name="warning" /> {t('violations.title', { count: violations.length })}
      </h2>
      <ul>
        {violations.map((v, i) => (
          <li key={`${v.officerId}-${v.visitId ?? ''}-${v.rule}-${i}`} data-rule={v.rule}>
            <strong>{officerNames.get(v.officerId) ?? v.officerId}</strong>
            {' · '}
            <span className="violation-rule">{t(`rule.${v.rule}`)}</span>
            {': '}
            {pickMessage(v.message, language)}
            {v.visitId !== null && (
              <button type="button" className="link-button" onClick={() => onShowVisit(v.visitId!)}>
                {t('violations.show', { id: v.visitId })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
