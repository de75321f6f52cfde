import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DayCells } from '../../../shared/api/officer-days';
import type { LocalDate, Message, Officer, OfficerDay } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { dayForm, formCells, usualShift, type DayForm as DayFormState } from './week-model';

export interface DayFormProps {
  officer: Officer;
  date: LocalDate;
  /** The stored day (none: the usual day). */
  day: OfficerDay | undefined;
  isBusy: boolean;
  /** The back end's sentence for each refused field, by field. */
  problems: ReadonlyMap<string, Message>;
  onSave(cells: DayCells): void;
  /** The usual day again. */
  onClear(): void;
  /** Esc or Cancel: back to the grid, nothing saved. */
  onCancel(): void;
}

type TextField = Exclude<keyof DayFormState, 'isOff'>;

/** Fields side by side in one row of the form; shift and place only on a day worked. */
const WORK_ROWS: readonly (readonly TextField[])[] = [['shift_start', 'shift_end'], ['start_lat', 'start_lng'], ['start_address']];

/**
 * One officer's day as text, as the availability file writes it: on leave, or another shift or
 * start place, and a note. The back end reads it by the file's rules; empty fields keep the usual.
 */
export function DayForm({ officer, date, day, isBusy, problems, onSave, onClear, onCancel }: DayFormProps) {
  const { t, language } = useT();
  const id = useId();
  const [form, setForm] = useState(() => dayForm(day));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(formCells(form));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  const fieldId = (field: string) => `${id}-${field}`;
  const input = (field: TextField) => {
    const problem = problems.get(field);
    return (
      <div key={field} className="officer-field">
        <label htmlFor={fieldId(field)}>{t(`column.${field}`)}</label>
        <input
          id={fieldId(field)}
          value={form[field]}
          onChange={(e) => setForm((current) => ({ ...current, [field]: e.target.value }))}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId(field)}-problem` : undefined}
          autoComplete="off"
        />
        {problem && (
          <small id={`${fieldId(field)}-problem`} className="field-problem">
            {problem[language]}
          </small>
        )}
      </div>
    );
  };
  const availableProblem = problems.get('available');

  return (
    <form className="officer-form day-form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('dayForm.title', { officer: `${officer.name} (${officer.id})`, date })}</h3>
      <div className="officer-field officer-field--check">
        <input
          id={fieldId('off')}
          ref={first}
          type="checkbox"
          checked={form.isOff}
          onChange={(e) => setForm((current) => ({ ...current, isOff: e.target.checked }))}
          aria-invalid={availableProblem ? true : undefined}
        />
        <label htmlFor={fieldId('off')}>{t('dayForm.off')}</label>
        {availableProblem && <small className="field-problem">{availableProblem[language]}</small>}
      </div>
      {!form.isOff && (
        <>
          <p className="muted">{t('dayForm.usualShift', { shift: usualShift(officer) })}</p>
          {WORK_ROWS.map((row) => (
            <div key={row.join()} className="officer-form__row">
              {row.map(input)}
            </div>
          ))}
          <p className="muted">{t('dayForm.usualStart')}</p>
        </>
      )}
      <div className="officer-form__row">{input('note')}</div>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {t('dayForm.save')}
        </button>
        <button type="button" onClick={onClear} disabled={isBusy || day === undefined}>
          {t('dayForm.clear')}
        </button>
        <button type="button" onClick={onCancel} disabled={isBusy}>
          {t('dayForm.cancel')}
        </button>
      </div>
    </form>
  );
}
