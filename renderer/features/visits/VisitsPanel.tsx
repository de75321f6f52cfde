import { useId, useMemo, useState } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import { useT } from '../../i18n/useT';
import { filterVisits } from './filter-visits';
import { VisitTable } from './VisitTable';

/** The visits table with its text filter. */
export function VisitsPanel({ visits, officerNames }: { visits: readonly VisitSummary[]; officerNames: ReadonlyMap<string, string> }) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const shown = useMemo(
    () => filterVisits(visits, query, (v) => [
      t(`kind.${v.kind}`), t(`status.${v.status}`), v.assignedOfficerId ? (officerNames.get(v.assignedOfficerId) ?? '') : '',
    ]),
    [visits, query, officerNames, t],
  );

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <div className="panel__head">
        <h2 id={`${inputId}-title`}>{t('visits.title')} <span className="muted">({shown.length})</span></h2>
        <label htmlFor={inputId} className="visually-hidden">{t('visits.filter')}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          placeholder={t('visits.filterHint')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <VisitTable visits={shown} officerNames={officerNames} />
    </section>
  );
}
