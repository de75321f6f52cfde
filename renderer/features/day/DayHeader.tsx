import { useId } from 'react';
import type { DayCounts } from '../../../shared/logic/day-counts';
import { useT } from '../../i18n/useT';

export interface DayHeaderProps {
  dates: readonly string[];
  selectedDate: string | null;
  onSelectDate(date: string): void;
  counts: DayCounts;
  /** Whether the day has a plan, and whether that plan still matches the day. */
  planStatus: DayPlanStatus;
}

export type DayPlanStatus = 'none' | 'ready' | 'attention';

/** The day's plan status from its current plan (null: none yet). */
export function dayPlanStatus(plan: { violations: readonly unknown[] } | null): DayPlanStatus {
  if (plan === null) return 'none';
  return plan.violations.length > 0 ? 'attention' : 'ready';
}

/** Day picker and the counts a dispatcher looks at first. */
export function DayHeader({ dates, selectedDate, onSelectDate, counts: day, planStatus }: DayHeaderProps) {
  const { t } = useT();
  const selectId = useId();
  const counts: [string, number][] = [
    [t('count.visits'), day.visits],
    [t('count.approved'), day.approved],
    [t('count.planned'), day.planned],
    [t('count.unassigned'), day.unassigned],
    [t('count.officers'), day.officersOnShift],
  ];
  // A day opened from the week screen may have no visits yet: it is still the day on screen.
  const shown = selectedDate !== null && !dates.includes(selectedDate) ? [...dates, selectedDate].sort() : dates;
  return (
    <div className="day-header">
      <label htmlFor={selectId}>{t('day.label')}</label>
      <select id={selectId} value={selectedDate ?? ''} onChange={(e) => onSelectDate(e.target.value)} disabled={dates.length === 0}>
        {shown.map((date) => (
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
      <p className={`day-plan-status day-plan-status--${planStatus}`}>
        {t('day.plan')}: <strong>{t(`day.plan.${planStatus}`)}</strong>
      </p>
    </div>
  );
}
