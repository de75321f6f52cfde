import { useId } from 'react';
import { formatClock, parseClock, VisitKind, VisitStatus } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { activeFilterCount, NO_FILTER, type VisitFilter } from './filter-visits';

export interface VisitFiltersProps {
  filter: VisitFilter;
  onChange(filter: VisitFilter): void;
  teams: readonly string[];
}

const PRIORITIES = [5, 4, 3, 2, 1];

/** Search and the column filters above the visits table. */
export function VisitFilters({ filter, onChange, teams }: VisitFiltersProps) {
  const { t } = useT();
  const id = useId();
  const set = (patch: Partial<VisitFilter>) => onChange({ ...filter, ...patch });
  const count = activeFilterCount(filter);
  return (
    <div className="visit-filters" role="search" aria-label={t('visits.filters')}>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('visits.filter')}
      </label>
      <input
        id={`${id}-text`}
        type="search"
        value={filter.text}
        placeholder={t('visits.filterHint')}
        onChange={(e) => set({ text: e.target.value })}
        aria-keyshortcuts="/"
      />

      <label htmlFor={`${id}-status`} className="visually-hidden">
        {t('visits.col.status')}
      </label>
      <select
        id={`${id}-status`}
        value={filter.status ?? ''}
        onChange={(e) => set({ status: e.target.value ? VisitStatus.parse(e.target.value) : null })}
      >
        <option value="">{t('visits.anyStatus')}</option>
        {VisitStatus.options.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-kind`} className="visually-hidden">
        {t('visits.col.kind')}
      </label>
      <select
        id={`${id}-kind`}
        value={filter.kind ?? ''}
        onChange={(e) => set({ kind: e.target.value ? VisitKind.parse(e.target.value) : null })}
      >
        <option value="">{t('visits.anyKind')}</option>
        {VisitKind.options.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-team`} className="visually-hidden">
        {t('visits.team')}
      </label>
      <select id={`${id}-team`} value={filter.team ?? ''} onChange={(e) => set({ team: e.target.value || null })}>
        <option value="">{t('visits.anyTeam')}</option>
        {teams.map((team) => (
          <option key={team} value={team}>
            {team}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-priority`} className="visually-hidden">
        {t('visits.col.priority')}
      </label>
      <select
        id={`${id}-priority`}
        value={filter.priority ?? ''}
        onChange={(e) => set({ priority: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">{t('visits.anyPriority')}</option>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t('visits.priorityN', { priority: p })}
          </option>
        ))}
      </select>

      <span className="visit-filters__window" role="group" aria-label={t('visits.windowFilter')}>
        <label htmlFor={`${id}-from`}>{t('visits.windowFrom')}</label>
        <input
          id={`${id}-from`}
          type="time"
          value={filter.fromSec === null ? '' : formatClock(filter.fromSec)}
          onChange={(e) => set({ fromSec: parseClock(e.target.value) })}
        />
        <label htmlFor={`${id}-to`}>{t('visits.windowTo')}</label>
        <input
          id={`${id}-to`}
          type="time"
          value={filter.toSec === null ? '' : formatClock(filter.toSec)}
          onChange={(e) => set({ toSec: parseClock(e.target.value) })}
        />
      </span>

      <label className="visit-filters__check">
        <input type="checkbox" checked={filter.problemsOnly} onChange={(e) => set({ problemsOnly: e.target.checked })} />
        {t('visits.problemsOnly')}
      </label>

      {count > 0 && (
        <button type="button" onClick={() => onChange(NO_FILTER)}>
          {t('visits.clearFilters', { count })}
        </button>
      )}
    </div>
  );
}
