import type { VisitSummary } from '../../../shared/api/contract';
import { formatWindow } from '../../../shared/domain';
import { useT } from '../../i18n/useT';

export interface VisitTableProps {
  visits: readonly VisitSummary[];
  officerNames: ReadonlyMap<string, string>;
  /** Rows beyond this are not rendered; the caption says how many are hidden. */
  maxRows?: number;
}

/** The day's visits, personal details masked. Props only: the container fetches and filters. */
export function VisitTable({ visits, officerNames, maxRows = 500 }: VisitTableProps) {
  const { t } = useT();
  const shown = visits.slice(0, maxRows);
  if (visits.length === 0) return <p className="muted">{t('visits.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="visit-table">
        {visits.length > shown.length && (
          <caption>{t('visits.more', { shown: shown.length, total: visits.length })}</caption>
        )}
        <thead>
          <tr>
            <th scope="col">{t('visits.col.id')}</th>
            <th scope="col">{t('visits.col.name')}</th>
            <th scope="col">{t('visits.col.kind')}</th>
            <th scope="col">{t('visits.col.windows')}</th>
            <th scope="col">{t('visits.col.priority')}</th>
            <th scope="col">{t('visits.col.status')}</th>
            <th scope="col">{t('visits.col.officer')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((visit) => (
            <tr key={visit.id} data-visit-id={visit.id}>
              <td className="mono">{visit.id}</td>
              <td>{visit.displayName}</td>
              <td>{t(`kind.${visit.kind}`)}</td>
              <td className="mono">{visit.windows.map(formatWindow).join(', ')}</td>
              <td>{visit.priority}</td>
              <td>{t(`status.${visit.status}`)}</td>
              <td>{visit.assignedOfficerId ? (officerNames.get(visit.assignedOfficerId) ?? visit.assignedOfficerId) : t('visits.noOfficer')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
