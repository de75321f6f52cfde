import type { Ref } from 'react';
import { formatWindow, type FollowUp } from '../../../shared/domain';
import { useT } from '../../i18n/useT';

export interface FollowUpsTableProps {
  rows: readonly FollowUp[];
  /** The proposed follow-ups ticked for "Approve selected". */
  selected: ReadonlySet<number>;
  /** Whether an approval is under way (the boxes wait for it). */
  isBusy: boolean;
  onToggle(id: number, isSelected: boolean): void;
  /** The table itself, for focus to land on once the rows it was on are approved. */
  tableRef?: Ref<HTMLTableElement>;
}

const COLUMNS = ['select', 'from', 'customer', 'rule', 'kind', 'days', 'windows', 'state', 'visit'] as const;

/**
 * Follow-ups, one row each, in the order given: where each came from, why, the visit it calls for
 * and when, its state and the visit made. A proposed row has a labelled checkbox; a flagged row
 * says a dispatcher must look at the address.
 */
export function FollowUpsTable({ rows, selected, isBusy, onToggle, tableRef }: FollowUpsTableProps) {
  const { t } = useT();
  const days = (f: FollowUp) => {
    if (f.earliestDate === null) return '';
    if (f.latestDate === null || f.latestDate === f.earliestDate) return f.earliestDate;
    return t('followUpsScreen.days', { from: f.earliestDate, to: f.latestDate });
  };
  const visitCell = (f: FollowUp) => {
    if (f.status === 'flagged') return <strong className="warning-text">{t('followUpsScreen.checkAddress')}</strong>;
    return f.status === 'approved' && f.visitId !== null ? <span className="mono">{f.visitId}</span> : '';
  };

  return (
    <div className="table-scroll">
      <table ref={tableRef} className="holds-table follow-ups-table" aria-label={t('followUpsScreen.tableLabel')} tabIndex={-1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`followUpsScreen.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} className={`follow-up-row follow-up-row--${f.status}`} data-follow-up-id={f.id}>
              <td>
                {f.status === 'proposed' && (
                  <input
                    type="checkbox"
                    checked={selected.has(f.id)}
                    disabled={isBusy}
                    onChange={(e) => onToggle(f.id, e.target.checked)}
                    aria-label={t('followUpsScreen.selectLabel', { id: f.id, visitId: f.fromVisitId })}
                  />
                )}
              </td>
              <td className="mono">{f.fromVisitId}</td>
              <td className="mono">{f.customerId}</td>
              <td>{t(`outcome.result.${f.rule}`)}</td>
              <td>{f.kind === null ? '' : t(`kind.${f.kind}`)}</td>
              <td>{days(f)}</td>
              <td>{f.windows.map(formatWindow).join(', ')}</td>
              <td>{t(`followUpsScreen.state.${f.status}`)}</td>
              <td>{visitCell(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
