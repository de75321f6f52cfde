import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { VisitKind, WEEKDAYS, type Message, type RuleSet, type RuleSetVersion, type User } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { FollowUpRulesFields } from './FollowUpRulesFields';
import { RulesFileActions } from './RulesFileActions';
import {
  DATE_FIELDS,
  FREQUENCY_FIELDS,
  rulesFromTexts,
  rulesToTexts,
  type DateField,
  type FieldName,
  type FrequencyField,
  type RulesTexts,
} from './rules-texts';

export interface RulesFormProps {
  /** The version in force: the fields start from its rules and follow it when it changes. */
  inForce: RuleSetVersion;
  isBusy: boolean;
  /** Who is signed in: the new version is recorded as theirs. */
  signedIn: User | null;
  /** Only a supervisor may change the rules; saving is off for anyone else. */
  isSupervisor: boolean;
  /** Saves the rules as a new version; true once stored. */
  onSave(rules: RuleSet, reason: string): Promise<boolean>;
  /** Save was pressed: an earlier refusal or notice no longer applies. */
  onSubmitStart(): void;
}

type Problem = { field: FieldName | 'reason' | null; message: Message | string };

const DATE_LABELS: Record<DateField, MessageKey> = {
  holidays: 'rulesScreen.holidays',
  workdays: 'rulesScreen.workdays',
  noVisitDays: 'rulesScreen.noVisitDays',
};
const FREQUENCY_LABELS: Record<FrequencyField, MessageKey> = {
  maxVisits: 'rulesScreen.maxVisits',
  windowDays: 'rulesScreen.windowDays',
  minGapHours: 'rulesScreen.minGapHours',
};

/**
 * The rules in force as text fields, read on Save exactly as a rules file is read: a field that
 * does not read is named by the reader's own sentence and nothing is sent. Save asks why the rules
 * change and says who will be recorded: the signed-in supervisor.
 */
export function RulesForm({ inForce, isBusy, signedIn, isSupervisor, onSave, onSubmitStart }: RulesFormProps) {
  const { t, language } = useT();
  const id = useId();
  const [texts, setTexts] = useState<RulesTexts>(() => rulesToTexts(inForce.rules));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [fileNotice, setFileNotice] = useState<string | null>(null);
  // A saved version shows what is stored now, without remounting (focus stays on Save).
  const [shownVersion, setShownVersion] = useState(inForce.version);
  if (shownVersion !== inForce.version) {
    setShownVersion(inForce.version);
    setTexts(rulesToTexts(inForce.rules));
    setProblems([]);
  }

  const say = (text: Message | string) => (typeof text === 'string' ? text : text[language]);
  const fieldId = (field: string) => `${id}-${field.replace('.', '-')}`;
  const problemOf = (field: Problem['field']) => problems.find((p) => p.field === field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onSubmitStart();
    const read = rulesFromTexts(texts);
    const found: Problem[] = read.ok ? [] : read.problems;
    if (reason.trim() === '') found.push({ field: 'reason', message: t('rules.noReason') });
    setProblems(found);
    if (!read.ok || found.length > 0 || !isSupervisor) return;
    if (await onSave(read.rules, reason.trim())) setReason('');
  };
  /** A file read into the form: its rules shown, to be saved with a reason like any edit. */
  const loaded = (next: RulesTexts, notice: string) => {
    setTexts(next);
    setProblems([]);
    setFileNotice(notice);
  };
  const discard = () => {
    setTexts(rulesToTexts(inForce.rules));
    setProblems([]);
  };

  /** A labelled control with its hint and, when it does not read, the reader's sentence. */
  const field = (name: FieldName | 'reason', label: string, control: (props: ControlProps) => ReactNode) => {
    const problem = problemOf(name);
    const controlId = fieldId(name);
    return (
      <div key={name} className={`form-field${problem ? ' form-field--invalid' : ''}`}>
        <label htmlFor={controlId}>{label}</label>
        {control({
          id: controlId,
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': problem ? `${controlId}-problem` : undefined,
        })}
        {problem && (
          <small id={`${controlId}-problem`} className="form-field__problem">
            {say(problem.message)}
          </small>
        )}
      </div>
    );
  };
  const set = <S extends keyof RulesTexts>(section: S, key: keyof RulesTexts[S], value: string) =>
    setTexts((current) => ({ ...current, [section]: { ...current[section], [key]: value } }));

  const fileProblems = problems.filter((p) => p.field !== 'reason');
  const author = signedIn
    ? isSupervisor
      ? t('rulesScreen.savedAs', { name: signedIn.name, id: signedIn.id })
      : t('users.notSupervisor', { action: t('users.action.changeRules'), name: signedIn.name, id: signedIn.id })
    : t('rulesScreen.notSignedIn');
  return (
    <form className="rules-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('rulesScreen.title')}>
      <p className="muted">{t('rulesScreen.howRead')}</p>
      <RulesFileActions
        version={inForce.version}
        current={() => {
          const read = rulesFromTexts(texts);
          return read.ok ? read.rules : inForce.rules;
        }}
        onRules={(rules) => loaded(rulesToTexts(rules), t('rulesScreen.fileLoaded'))}
        onCalendar={({ holidays, workdays }) =>
          loaded(
            { ...texts, dates: { ...texts.dates, holidays: holidays.join('\n'), workdays: workdays.join('\n') } },
            t('rulesScreen.calendarLoaded', { holidays: holidays.length, workdays: workdays.length }),
          )
        }
        onProblems={(found) => {
          setFileNotice(null);
          setProblems(found.map((message) => ({ field: null, message })));
        }}
      />
      <p className="notice" role="status">
        {fileNotice ?? ''}
      </p>
      {fileProblems.length > 0 && (
        <div className="error-banner" role="alert">
          <p>{t('rulesScreen.notRead', { count: fileProblems.length })}</p>
          <ul>
            {fileProblems.map((p, i) => (
              <li key={i}>{say(p.message)}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="rules-form__group">
        <legend>{t('rulesScreen.hoursTitle')}</legend>
        <p className="muted">{t('rulesScreen.hoursHint')}</p>
        <div className="rules-form__grid">
          {WEEKDAYS.map((day) =>
            field(`hours.${day}`, t(`rules.day.${day}`), (props) => (
              <input
                {...props}
                value={texts.hours[day]}
                onChange={(e) => set('hours', day, e.target.value)}
                placeholder="08:00-20:00"
                autoComplete="off"
              />
            )),
          )}
        </div>
      </fieldset>

      <fieldset className="rules-form__group">
        <legend>{t('rulesScreen.datesTitle')}</legend>
        <p className="muted">{t('rulesScreen.datesHint')}</p>
        <div className="rules-form__grid">
          {DATE_FIELDS.map((name) =>
            field(name, t(DATE_LABELS[name]), (props) => (
              <textarea {...props} rows={4} value={texts.dates[name]} onChange={(e) => set('dates', name, e.target.value)} />
            )),
          )}
        </div>
      </fieldset>

      <fieldset className="rules-form__group">
        <legend>{t('rulesScreen.frequencyTitle')}</legend>
        <div className="rules-form__grid">
          {FREQUENCY_FIELDS.map((name) =>
            field(`frequency.${name}`, t(FREQUENCY_LABELS[name]), (props) => (
              <input
                {...props}
                type="number"
                step={name === 'minGapHours' ? 'any' : 1}
                value={texts.frequency[name]}
                onChange={(e) => set('frequency', name, e.target.value)}
              />
            )),
          )}
        </div>
      </fieldset>

      <fieldset className="rules-form__group">
        <legend>{t('rulesScreen.certificatesTitle')}</legend>
        <p className="muted">{t('rulesScreen.certificatesHint')}</p>
        <div className="rules-form__grid">
          {VisitKind.options.map((kind) =>
            field(`certificates.${kind}`, t(`kind.${kind}`), (props) => (
              <input
                {...props}
                value={texts.certificates[kind]}
                onChange={(e) => set('certificates', kind, e.target.value)}
                autoComplete="off"
              />
            )),
          )}
        </div>
      </fieldset>

      <FollowUpRulesFields
        rules={texts.followUps}
        onChange={(result, key, value) =>
          setTexts((current) => ({
            ...current,
            followUps: { ...current.followUps, [result]: { ...current.followUps[result], [key]: value } },
          }))
        }
        problemOf={(name) => problemOf(name)?.message}
        idOf={fieldId}
      />

      <fieldset className="rules-form__group">
        <legend>{t('rulesScreen.saveTitle')}</legend>
        <div className="rules-form__grid">
          {field('reason', t('rulesScreen.reason'), (props) => (
            <input {...props} aria-required value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
          ))}
        </div>
        <p id={`${id}-author`} className={isSupervisor ? 'muted' : 'warning-text'} data-testid="rules-author">
          {author}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={isBusy || !isSupervisor} aria-describedby={`${id}-author`}>
            {isBusy ? t('rulesScreen.saving') : t('rulesScreen.save')}
          </button>
          <button type="button" onClick={discard} disabled={isBusy}>
            {t('rulesScreen.discard')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}
