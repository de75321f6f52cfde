import type { WeekDay } from '../../../shared/api/officer-days';
import type { LocalDate } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { joinList } from '../officers/officer-view';
import { timeUsedPercent, visitTotal, visitsByStatus } from './week-model';

export interface WeekStripProps {
  days: readonly WeekDay[];
  /** Opens a day on the board. */
  onOpenDay(date: LocalDate): void;
}

/** A day's weekday in the screen's language ("Mon", "周一"). */
function weekday(date: LocalDate, language: 'en' | 'zh'): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** The week at a glance: per day its visits by status, who is on shift or off, and how full its plan is. */
export function WeekStrip({ days, onOpenDay }: WeekStripProps) {
  const { t, language } = useT();
  return (
    <ol className="week-strip" aria-label={t('weekScreen.days')}>
      {days.map((day) => {
        const percent = timeUsedPercent(day);
        return (
          <li key={day.date} className="week-day" data-date={day.date}>
            <h3>
              <button
                type="button"
                className="link-button"
                onClick={() => onOpenDay(day.date)}
                title={t('weekScreen.openDay', { date: day.date })}
              >
                {weekday(day.date, language)} {day.date}
              </button>
            </h3>
            <p>{t('weekScreen.visits', { count: visitTotal(day) })}</p>
            <ul className="week-day__statuses">
              {visitsByStatus(day).map(({ status, count }) => (
                <li key={status}>
                  {t(`status.${status}`)}: {count}
                </li>
              ))}
            </ul>
            <p>{t('weekScreen.onShift', { count: day.onShift })}</p>
            {day.off.length > 0 && (
              <p className="week-day__off">
                {t('weekScreen.off', {
                  names: joinList(
                    language,
                    day.off.map((o) => o.name),
                  ),
                })}
              </p>
            )}
            {day.changed.length > 0 && (
              <p className="muted">
                {t('weekScreen.changed', {
                  names: joinList(
                    language,
                    day.changed.map((o) => o.name),
                  ),
                })}
              </p>
            )}
            <p className="week-day__capacity">{percent === null ? t('weekScreen.timeUsedNone') : t('weekScreen.timeUsed', { percent })}</p>
            {percent !== null && (
              <meter className="week-day__bar" min={0} max={100} high={90} optimum={70} value={Math.min(percent, 100)} aria-hidden="true" />
            )}
            <p>{t('weekScreen.visitsUsed', { planned: day.plannedVisits, max: day.maxVisits })}</p>
            <p className={day.problems > 0 ? 'week-day__plan has-problems' : 'week-day__plan'}>
              {!day.hasPlan
                ? t('weekScreen.plan.none')
                : day.problems > 0
                  ? t('weekScreen.plan.problems', { count: day.problems })
                  : t('weekScreen.plan.ok')}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
