import type { ReactElement } from 'react';
import { useT } from '../../i18n/useT';
import { SELECTED_STROKE, UNASSIGNED_FILL, VIOLATION_STROKE } from './marker-look';
import { UNASSIGNED_STROKE } from './officer-colors';

const GREY = '#7a8691';

/** What the shapes and rings on the map mean, in the current language. */
export function MapLegend() {
  const { t } = useT();
  const items: [string, ReactElement][] = [
    [t('kind.collection'), <circle cx="8" cy="8" r="5" fill={GREY} />],
    [t('kind.verification'), <rect x="3.5" y="3.5" width="9" height="9" fill={GREY} />],
    [t('kind.follow-up'), <path d="M8 2.5L13.5 12.5H2.5Z" fill={GREY} />],
    [t('map.legend.unassigned'), <circle cx="8" cy="8" r="5" fill={UNASSIGNED_FILL} stroke={UNASSIGNED_STROKE} strokeWidth="2.5" />],
    [
      t('map.legend.violation'),
      <circle cx="8" cy="8" r="5" fill={GREY} stroke={VIOLATION_STROKE} strokeWidth="2.5" strokeDasharray="3 2" />,
    ],
    [t('map.legend.selected'), <circle cx="8" cy="8" r="5.5" fill={GREY} stroke={SELECTED_STROKE} strokeWidth="2.5" />],
    [t('map.legend.start'), <rect x="3" y="3" width="10" height="10" fill={GREY} stroke="#fff" />],
    [t('map.legend.end'), <rect x="3.5" y="3.5" width="9" height="9" fill="#fff" stroke={GREY} strokeWidth="2" />],
  ];
  return (
    <ul className="map-legend" aria-label={t('map.legend')}>
      {items.map(([label, shape]) => (
        <li key={label}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            {shape}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
