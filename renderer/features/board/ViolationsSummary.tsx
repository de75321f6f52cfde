import type { PlanViolation } from '../../../shared/domain';
import { Icon } from '../../components/Icon';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';

export interface ViolationsSummaryProps {
  violations: readonly PlanViolation[];
  officerNames: ReadonlyMap<string, string>;
  onShowVisit(visitId: string): void;
  /** The stops the problems concern (see `affectedStops`). */
  affectedCount: number;
  onRepair(): void;
  onUnassignAffected(): void;
  isBusy: boolean;
}

/**
 * Every rule the current plan breaks, above the board: never hidden, never silently accepted, and
 * with the two ways to put it right (re-optimise, or take the affected stops out; both undoable).
 */
export function ViolationsSummary(props: ViolationsSummaryProps) {
  const { violations, officerNames, onShowVisit, affectedCount, isBusy } = props;
  const { t, language } = useT();
  if (violations.length === 0) return null;
  return (
    <section className="violations" aria-labelledby="violations-title">
      <div className="violations__head">
        <h2 id="violations-title">
          <Icon name="warning" /> {t('attention.title', { count: violations.length })}
        </h2>
        <div className="violations__actions">
          <button type="button" onClick={props.onRepair} disabled={isBusy} title={t('attention.repairHint')}>
            {t('attention.repair')}
          </button>
          {affectedCount > 0 && (
            <button type="button" onClick={props.onUnassignAffected} disabled={isBusy}>
              {t('attention.unassign', { count: affectedCount })}
            </button>
          )}
        </div>
      </div>
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
