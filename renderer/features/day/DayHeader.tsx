import { useId } from 'react';
import type { DayCounts } from '../../../shared/logic/day-counts';
import { useT } from '../../i18n/useT';

export interface DayHeaderProps {
  dates: readonly string[];
  selectedDate: string | null;
  onSelectDate(date: string): void;
  counts: DayCounts;
}

/** Day picker and the counts a dispatcher looks at first. */
export function DayHeader({ dates, selectedDate, onSelectDate, counts: day }: DayHeaderProps) {
  const { t } = useT();
  const selectId = useId();
  const counts: [string, number][] = [
    [t('count.visits'), day.visits],
    [t('count.approved'), day.approved],
    [t('count.planned'), day.planned],
    [t('count.unassigned'), day.unassigned],
    [t('count.officers'), day.officersOnShift],
  ];
  return (
    <div className="day-header">
      <label htmlFor={selectId}>{t('day.label')}</label>
      <select id={selectId} value={selectedDate ?? ''} onChange={(e) => onSelectDate(e.target.value)} disabled={dates.length === 0}>
        {dates.map((date) => (
          <option key={date} value={date}>
            {date}
          </option>
        ))}
      </select>
      <dl className="counts" aria-label={t('day.counts')}>
        {counts.map(([label, value]) => (
          <div key={label} className="count">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
