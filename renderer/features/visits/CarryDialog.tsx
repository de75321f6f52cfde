import { useId, useState, type FormEvent } from 'react';
import { addDays, LocalDate } from '../../../shared/domain';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n/useT';

export interface CarryDialogProps {
  date: string;
  count: number;
  onCarry(to: string): void;
  onClose(): void;
}

/** Asks the later day the day's unassigned visits go to (the next day by default). */
export function CarryDialog({ date, count, onCarry, onClose }: CarryDialogProps) {
  const { t } = useT();
  const id = useId();
  const [to, setTo] = useState(() => addDays(date, 1));
  const isLater = LocalDate.safeParse(to).success && to > date;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isLater) onCarry(to);
  };
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('carry.title', { count, date })}</h2>
        <label htmlFor={`${id}-to`}>{t('carry.to')}</label>
        <input id={`${id}-to`} type="date" value={to} min={addDays(date, 1)} onChange={(e) => setTo(e.target.value)} required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('carry.back')}
          </button>
          <button type="submit" className="primary" disabled={!isLater}>
            {t('carry.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
