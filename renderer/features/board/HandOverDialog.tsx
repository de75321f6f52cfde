import { useId, useState, type FormEvent } from 'react';
import { parseClock } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../components/ModalDialog';

export interface HandOverDialogProps {
  officerName: string;
  /** Where the time starts: now, as the day runs. */
  initialTime: string;
  onHandOver(fromSec: number): void;
  onClose(): void;
}

/** "Unavailable from HH:MM": asks the time from which the officer's remaining visits go to the others. */
export function HandOverDialog({ officerName, initialTime, onHandOver, onClose }: HandOverDialogProps) {
  const { t } = useT();
  const id = useId();
  const [time, setTime] = useState(initialTime);
  const fromSec = parseClock(time);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fromSec !== null) onHandOver(fromSec);
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('handOver.title', { name: officerName })}</h2>
        <p>{t('handOver.explain')}</p>
        <label htmlFor={`${id}-from`}>{t('handOver.from')}</label>
        <input id={`${id}-from`} type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('handOver.back')}
          </button>
          <button type="submit" className="primary" disabled={fromSec === null}>
            {t('handOver.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The time now as the time input takes it (`11:05`): where a hand-over usually starts. */
export function clockNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
