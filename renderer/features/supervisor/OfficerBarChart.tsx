import type { ChartRow } from './supervisor-model';

/** One series: its name in the legend and tooltips, and its colour. */
export interface ChartSeries {
  name: string;
  color: string;
}

const TOP = 16;
const BOTTOM = 6;
/** Room on the left for officers' names, in percent of the width. */
const LABEL_PCT = 22;
const RIGHT_PCT = 2;
const BAR_H = 7;
const STACK_H = 14;
const ROW_GAP = 6;

/**
 * One horizontal bar per officer and series (or one bar per officer with the series stacked), on a
 * shared scale from 0 to the largest value. Drawn by hand as the workload chart is: the chart is an
 * image with a one-sentence description, and `describedBy` names the table holding its numbers.
 */
export function OfficerBarChart({
  rows,
  series,
  stacked = false,
  label,
  describedBy,
  format = String,
}: {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  stacked?: boolean;
  label: string;
  describedBy?: string;
  format?: (value: number) => string;
}) {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...rows.map((r) => (stacked ? sum(r.values) : Math.max(0, ...r.values))));
  const rowH = (stacked ? STACK_H : BAR_H * series.length) + ROW_GAP;
  const height = TOP + rows.length * rowH + BOTTOM;
  const plotPct = 100 - LABEL_PCT - RIGHT_PCT;
  const x = (value: number) => LABEL_PCT + (value / max) * plotPct;
  const width = (value: number) => Math.max(0, (value / max) * plotPct);
  return (
    <svg className="officer-bar-chart" width="100%" height={height} role="img" aria-label={label} aria-describedby={describedBy}>
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line x1={`${x(max * share)}%`} x2={`${x(max * share)}%`} y1={TOP - 2} y2={height - BOTTOM} className="chart-grid" />
          <text
            x={`${x(max * share)}%`}
            y={TOP - 5}
            textAnchor={share === 0 ? 'start' : share === 1 ? 'end' : 'middle'}
            className="chart-label"
          >
            {format(Math.round(max * share))}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = TOP + i * rowH;
        let start = 0;
        return (
          <g key={row.key}>
            <text x={`${LABEL_PCT - 1}%`} y={y + (rowH - ROW_GAP) / 2 + 4} textAnchor="end" className="chart-label chart-label--name">
              {row.name}
            </text>
            {row.values.map((value, s) => {
              const at = stacked ? start : 0;
              start += value;
              return (
                <rect
                  key={series[s].name}
                  x={`${x(at)}%`}
                  width={`${width(value)}%`}
                  y={stacked ? y : y + s * BAR_H}
                  height={stacked ? STACK_H : BAR_H - 1}
                  style={{ fill: series[s].color }}
                >
                  <title>{`${row.name}, ${series[s].name}: ${format(value)}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The colours' key, as a list beside the chart. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.name}>
          <span className="chart-legend__swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
