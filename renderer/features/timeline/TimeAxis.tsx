import { memo } from 'react';
import { formatClock } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { hourTicks, percentAt, type TimeScale } from './timeline-model';

/** Hour labels above the rows; stays in sight while the rows scroll. */
export const TimeAxis = memo(function TimeAxis({ scale }: { scale: TimeScale }) {
  const { t } = useT();
  return (
    <div className="timeline-axis" aria-hidden="true">
      <div className="timeline-row__head">{t('timeline.officer')}</div>
      <div className="timeline-row__track">
        {hourTicks(scale).map((sec) => (
          <span key={sec} className="tick" style={{ left: `${percentAt(scale, sec)}%` }}>
            {formatClock(sec)}
          </span>
        ))}
      </div>
    </div>
  );
});
