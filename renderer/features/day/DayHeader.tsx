import { useId } from 'react';
import type { DayStatus } from '../../../shared/api/contract';
import { useT } from '../../i18n/useT';

export interface DayHeaderProps {
  dates: readonly string[];
  selectedDate: string | null;
  onSelectDate(date: string): void;
  day: DayStatus | null;
  officerCount: number;
}

/** Day picker and the counts a dispatcher looks at first. */
export function DayHeader({ dates, selectedDate, onSelectDate, day, officerCount }: DayHeaderProps) {
  const { t } = useT();
  const selectId = useId();
  const counts: [string, number][] = [
    [t('count.visits'), day?.visits ?? 0],
    [t('count.approved'), day?.approved ?? 0],
    [t('count.planned'), day?.planned ?? 0],
    [t('count.unassigned'), day?.unassigned ?? 0],
    [t('count.officers'), day?.officersOnShift ?? officerCount],
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
