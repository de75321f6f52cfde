import { useT } from '../../i18n/useT';
import type { WorkloadRow, WorkloadSummary } from './workload-model';

const HEIGHT = 150;
const TOP = 12;
const BOTTOM = 18;
/** Room on the left for the percentage labels, in percent of the width. */
const LEFT_PCT = 6;
/** The y axis goes to 120% so an overloaded officer still shows above the 100% line. */
const MAX_SHOWN = 1.2;

/**
 * Utilisation of every officer as bars sorted from most to least loaded, with the 100% line and
 * the average: a flat profile is a balanced day, a steep one is not. Horizontal positions are
 * percentages so the chart fills its box without stretching the text.
 */
export function WorkloadChart({ rows, summary }: { rows: readonly WorkloadRow[]; summary: WorkloadSummary }) {
  const { t } = useT();
  const sorted = [...rows].sort((a, b) => b.utilisation - a.utilisation);
  const plotH = HEIGHT - TOP - BOTTOM;
  const barPct = sorted.length > 0 ? (100 - LEFT_PCT - 1) / sorted.length : 0;
  const gapPct = barPct > 1.5 ? barPct * 0.15 : 0;
  const y = (u: number) => TOP + plotH - (Math.min(u, MAX_SHOWN) / MAX_SHOWN) * plotH;
  const pct = (u: number) => `${Math.round(u * 100)}%`;
  const description = t('workload.chartLabel', {
    count: summary.officers,
    min: pct(summary.minUtilisation),
    max: pct(summary.maxUtilisation),
    mean: pct(summary.meanUtilisation),
  });
  return (
    <svg className="workload-chart" width="100%" height={HEIGHT} role="img" aria-label={description}>
      {[0, 0.5, 1].map((u) => (
        <g key={u}>
          <line x1={`${LEFT_PCT}%`} x2="99%" y1={y(u)} y2={y(u)} className={u === 1 ? 'chart-full' : 'chart-grid'} />
          <text x={`${LEFT_PCT - 0.5}%`} y={y(u) + 4} textAnchor="end" className="chart-label">
            {pct(u)}
          </text>
        </g>
      ))}
      {sorted.map((row, i) => (
        <rect
          key={row.officerId}
          x={`${LEFT_PCT + i * barPct + gapPct / 2}%`}
          width={`${Math.max(0.1, barPct - gapPct)}%`}
          y={y(row.utilisation)}
          height={TOP + plotH - y(row.utilisation)}
          className={row.utilisation > 1 ? 'chart-bar is-over' : 'chart-bar'}
          style={row.utilisation > 1 ? undefined : { fill: row.color }}
        >
          <title>{`${row.name}: ${pct(row.utilisation)}`}</title>
        </rect>
      ))}
      <line x1={`${LEFT_PCT}%`} x2="99%" y1={y(summary.meanUtilisation)} y2={y(summary.meanUtilisation)} className="chart-mean" />
      <text x="99%" y={y(summary.meanUtilisation) - 3} textAnchor="end" className="chart-label chart-label--mean">
        {t('workload.mean', { value: pct(summary.meanUtilisation) })}
      </text>
      <text x={`${LEFT_PCT}%`} y={HEIGHT - 4} className="chart-label">
        {t('workload.most')}
      </text>
      <text x="99%" y={HEIGHT - 4} textAnchor="end" className="chart-label">
        {t('workload.least')}
      </text>
    </svg>
  );
}
