import { useId, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import type { OfficerChanges, OfficerEditField } from '../../../shared/api/officer-edit';
import type { Message, Officer } from '../../../shared/domain';
import { officerCells } from '../../../shared/logic/officer-cells';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/useT';

export interface OfficerFormProps {
  officer: Officer;
  isBusy: boolean;
  /** The back end's sentence for each refused field, by field. */
  problems: ReadonlyMap<string, Message>;
  onSave(changes: OfficerChanges): void;
  /** Esc or Discard: the fields go back to what is stored. */
  onDiscard(): void;
  firstFieldRef?: Ref<HTMLInputElement>;
}

type TextField = Exclude<OfficerEditField, 'active'>;

/** Fields side by side in one row of the form. */
const ROWS: readonly (readonly TextField[])[] = [
  ['team'],
  ['skills'],
  ['shift_start', 'shift_end'],
  ['break_start', 'break_min'],
  ['max_visits', 'max_work_min'],
  ['start_address'],
  ['start_lat', 'start_lng'],
  ['end_address'],
  ['end_lat', 'end_lng'],
];

const HINTS: Partial<Record<TextField, MessageKey>> = {
  skills: 'officers.hint.skills',
  break_start: 'officers.hint.break_start',
  max_work_min: 'officers.hint.max_work_min',
  end_lat: 'officers.hint.end',
};

/**
 * The selected officer's fields as text, as an officers file writes them; Save sends only the
 * fields that differ from what is stored, and the back end reads them by the import's rules.
 */
export function OfficerForm({ officer, isBusy, problems, onSave, onDiscard, firstFieldRef }: OfficerFormProps) {
  const { t, language } = useT();
  const id = useId();
  const stored = officerCells(officer);
  const [texts, setTexts] = useState<Record<OfficerEditField, string>>(stored);
  // A saved change or an undo shows what is stored now, without remounting (focus stays put).
  const storedKey = JSON.stringify(stored);
  const [shown, setShown] = useState(storedKey);
  if (shown !== storedKey) {
    setShown(storedKey);
    setTexts(stored);
  }

  const changes = (): OfficerChanges =>
    Object.fromEntries((Object.keys(texts) as OfficerEditField[]).filter((f) => texts[f] !== stored[f]).map((f) => [f, texts[f]]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(changes());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setTexts(stored);
    onDiscard();
  };
  const set = (field: OfficerEditField, value: string) => setTexts((current) => ({ ...current, [field]: value }));
  const fieldId = (field: string) => `${id}-${field}`;

  const input = (field: TextField, first: boolean) => {
    const problem = problems.get(field);
    const hint = HINTS[field];
    const described = [problem ? `${fieldId(field)}-problem` : '', hint ? `${fieldId(field)}-hint` : ''].filter(Boolean).join(' ');
    return (
      <div key={field} className="officer-field">
        <label htmlFor={fieldId(field)}>{t(`column.${field}`)}</label>
        <input
          id={fieldId(field)}
          ref={first ? firstFieldRef : undefined}
          value={texts[field]}
          onChange={(e) => set(field, e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described || undefined}
          autoComplete="off"
        />
        {hint && (
          <small id={`${fieldId(field)}-hint`} className="muted">
            {t(hint)}
          </small>
        )}
        {problem && (
          <small id={`${fieldId(field)}-problem`} className="field-problem">
            {problem[language]}
          </small>
        )}
      </div>
    );
  };

  return (
    <form className="officer-form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('officers.form.title', { name: officer.name })}</h3>
      <p className="muted">{t('officers.form.rules')}</p>
      {ROWS.map((row, r) => (
        <div key={row.join()}>
          {row[0] === 'start_address' && (
            <p className="muted">{t('officers.form.coords', { system: officer.start.system.toUpperCase() })}</p>
          )}
          <div className="officer-form__row">{row.map((field, i) => input(field, r === 0 && i === 0))}</div>
        </div>
      ))}
      <div className="officer-field officer-field--check">
        <input
          id={fieldId('active')}
          type="checkbox"
          checked={texts.active === 'yes'}
          onChange={(e) => set('active', e.target.checked ? 'yes' : 'no')}
        />
        <label htmlFor={fieldId('active')}>{t('column.active')}</label>
      </div>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? t('officers.saving') : t('officers.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setTexts(stored);
            onDiscard();
          }}
          disabled={isBusy}
        >
          {t('officers.discard')}
        </button>
      </div>
    </form>
  );
}
