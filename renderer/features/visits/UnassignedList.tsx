import type { UnassignedVisit } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { pickMessage } from '../../i18n/language';

export interface UnassignedListProps {
  /** null: no plan yet. */
  unassigned: readonly UnassignedVisit[] | null;
  displayNames: ReadonlyMap<string, string>;
}

/** Visits the plan could not place, each with the back end's reason in the current language. */
export function UnassignedList({ unassigned, displayNames }: UnassignedListProps) {
  const { t, language } = useT();
  return (
    <section className="panel unassigned" aria-labelledby="unassigned-title">
      <h2 id="unassigned-title">{t('unassigned.title', { count: unassigned?.length ?? 0 })}</h2>
      {unassigned === null && <p className="muted">{t('unassigned.noPlan')}</p>}
      {unassigned?.length === 0 && <p className="muted">{t('unassigned.none')}</p>}
      {unassigned && unassigned.length > 0 && (
        <ul>
          {unassigned.map((item) => (
            <li key={item.visitId} data-visit-id={item.visitId}>
              <strong>{displayNames.get(item.visitId) ?? item.visitId}</strong>{' '}
              <span className="mono muted">{item.visitId}</span>
              <div>{pickMessage(item.message, language)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
