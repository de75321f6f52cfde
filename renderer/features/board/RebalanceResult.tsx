import { useId } from 'react';
import { spreadSec, type WorkloadChange } from '../../../shared/logic/workloads';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n/useT';

export interface RebalanceResultProps {
  workloads: readonly WorkloadChange[];
  moved: number;
  officerNames: ReadonlyMap<string, string>;
  onClose(): void;
}

const hours = (sec: number) => (sec / 3600).toFixed(1);

/** What "Rebalance workloads" did: each officer's working time before and after, the spread, the visits moved. */
export function RebalanceResult({ workloads, moved, officerNames, onClose }: RebalanceResultProps) {
  const { t } = useT();
  const id = useId();
  const before = spreadSec(workloads.map((w) => w.beforeSec));
  const after = spreadSec(workloads.map((w) => w.afterSec));
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('rebalance.title')}</h2>
      <p>{t('rebalance.summary', { before: hours(before), after: hours(after), count: moved })}</p>
      <div className="table-scroll">
        <table className="holds-table">
          <thead>
            <tr>
              <th scope="col">{t('rebalance.officer')}</th>
              <th scope="col">{t('rebalance.before')}</th>
              <th scope="col">{t('rebalance.after')}</th>
            </tr>
          </thead>
          <tbody>
            {workloads.map((w) => (
              <tr key={w.officerId}>
                <th scope="row">{officerNames.get(w.officerId) ?? w.officerId}</th>
                <td>{hours(w.beforeSec)}</td>
                <td>{hours(w.afterSec)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('rebalance.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
