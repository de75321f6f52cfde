import { memo, useMemo } from 'react';
import type { Officer } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { officerColor } from '../map/officer-colors';
import type { PlanIndex } from '../plans/plan-index';
import { WorkloadChart } from './WorkloadChart';
import { summarise, workloadRows, type WorkloadRow } from './workload-model';

const hours = (sec: number) => (sec / 3600).toFixed(1);
const pct = (u: number) => `${Math.round(u * 100)}%`;

/** Per officer: visits, working hours, travel time and distance, utilisation; and the spread as a chart. */
export function WorkloadPanel({ officers, index }: { officers: readonly Officer[]; index: PlanIndex }) {
  const { t } = useT();
  const rows = useMemo(() => workloadRows(officers, index.routeOf, officerColor), [officers, index]);
  const summary = useMemo(() => summarise(rows), [rows]);
  return (
    <div className="workload" data-officer-count={rows.length} data-spread={summary.spread.toFixed(3)}>
      <p className="workload__headline">
        {t('workload.headline', {
          used: summary.used,
          count: summary.officers,
          min: pct(summary.minUtilisation),
          max: pct(summary.maxUtilisation),
          mean: pct(summary.meanUtilisation),
          spread: Math.round(summary.spread * 100),
        })}
      </p>
      <WorkloadChart rows={rows} summary={summary} />
      <div className="table-scroll workload__table">
        <table className="visit-table">
          <caption className="visually-hidden">{t('workload.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workload.col.officer')}</th>
              <th scope="col">{t('workload.col.team')}</th>
              <th scope="col" className="num">
                {t('workload.col.visits')}
              </th>
              <th scope="col" className="num">
                {t('workload.col.working')}
              </th>
              <th scope="col" className="num">
                {t('workload.col.travel')}
              </th>
              <th scope="col" className="num">
                {t('workload.col.distance')}
              </th>
              <th scope="col">{t('workload.col.utilisation')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <WorkloadTableRow key={row.officerId} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const WorkloadTableRow = memo(function WorkloadTableRow({ row }: { row: WorkloadRow }) {
  return (
    <tr data-officer-id={row.officerId} className={row.utilisation > 1 ? 'is-over' : undefined}>
      <th scope="row">
        <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
        {row.name}
      </th>
      <td>{row.team}</td>
      <td className="num">{row.visits}</td>
      <td className="num">{hours(row.workingSec)}</td>
      <td className="num">{hours(row.travelSec)}</td>
      <td className="num">{(row.distanceM / 1000).toFixed(1)}</td>
      <td>
        <span className="util-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, row.utilisation * 100)}%`, background: row.color }} />
        </span>
        {pct(row.utilisation)}
      </td>
    </tr>
  );
});
