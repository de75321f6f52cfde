import { useId, useState, type FormEvent } from 'react';
import { FAILED_ONLY_RESULTS, OutcomeResult, parseClock, type OutcomeKind, type VisitId, type VisitOutcome } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../components/ModalDialog';

export interface RecordOutcomeDialogProps {
  visitIds: readonly string[];
  /** The outcomes are stored (the visits' statuses moved with them). */
  onRecorded(count: number): void;
  onClose(): void;
}

/**
 * Records what came of the selected visits, as an officer reports it: done or failed, the result,
 * arrival and leaving times, a promise to pay, remarks. One visit or many (the same outcome for
 * each); the back end refuses them all when any cannot take it, naming each.
 */
export function RecordOutcomeDialog({ visitIds, onRecorded, onClose }: RecordOutcomeDialogProps) {
  const { t } = useT();
  const id = useId();
  const record = useApiMutation('visits.recordOutcomes');
  const [outcome, setOutcome] = useState<OutcomeKind>('done');
  const [result, setResult] = useState<OutcomeResult>('identity_verified');
  const [arrived, setArrived] = useState('');
  const [left, setLeft] = useState('');
  const [promiseAmount, setPromiseAmount] = useState('');
  const [promiseDate, setPromiseDate] = useState('');
  const [remarks, setRemarks] = useState('');
  // A done visit cannot have a result that says it did not take place.
  const results = OutcomeResult.options.filter((r) => outcome === 'failed' || !FAILED_ONLY_RESULTS.has(r));
  const isPromise = result === 'promise_to_pay';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = promiseAmount.trim() === '' ? null : Number(promiseAmount);
    const outcomes: VisitOutcome[] = visitIds.map((visitId) => ({
      visitId: visitId as VisitId,
      outcome,
      result: results.includes(result) ? result : results[0],
      arrivedSec: parseClock(arrived),
      leftSec: parseClock(left),
      promiseAmount: isPromise && amount !== null && Number.isFinite(amount) ? amount : null,
      promiseDate: isPromise && promiseDate !== '' ? promiseDate : null,
      remarks: remarks.trim(),
    }));
    const saved = await record.run({ outcomes });
    if (saved) onRecorded(visitIds.length);
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('outcomeDialog.title', { count: visitIds.length })}</h2>
        <fieldset>
          <legend>{t('column.outcome')}</legend>
          {(['done', 'failed'] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name={`${id}-outcome`} checked={outcome === kind} onChange={() => setOutcome(kind)} />
              {t(`outcome.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-result`}>{t('column.result')}</label>
        <select
          id={`${id}-result`}
          value={results.includes(result) ? result : results[0]}
          onChange={(e) => setResult(e.target.value as OutcomeResult)}
        >
          {results.map((r) => (
            <option key={r} value={r}>
              {t(`outcome.result.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-arrived`}>{t('column.arrived_at')}</label>
        <input id={`${id}-arrived`} type="time" value={arrived} onChange={(e) => setArrived(e.target.value)} />
        <label htmlFor={`${id}-left`}>{t('column.left_at')}</label>
        <input id={`${id}-left`} type="time" value={left} onChange={(e) => setLeft(e.target.value)} />
        {isPromise && (
          <>
            <label htmlFor={`${id}-amount`}>{t('column.promise_amount')}</label>
            <input id={`${id}-amount`} inputMode="decimal" value={promiseAmount} onChange={(e) => setPromiseAmount(e.target.value)} />
            <label htmlFor={`${id}-date`}>{t('column.promise_date')}</label>
            <input id={`${id}-date`} type="date" value={promiseDate} onChange={(e) => setPromiseDate(e.target.value)} />
          </>
        )}
        <label htmlFor={`${id}-remarks`}>{t('column.remarks')}</label>
        <textarea id={`${id}-remarks`} value={remarks} onChange={(e) => setRemarks(e.target.value)} maxLength={1000} rows={2} />
        <ErrorBanner error={record.error} onDismiss={record.reset} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('outcomeDialog.back')}
          </button>
          <button type="submit" className="primary" disabled={record.isBusy} aria-busy={record.isBusy}>
            {t('outcomeDialog.record')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
