import {
  FollowUpFrom,
  FollowUpOfficer,
  FollowUpWindow,
  OutcomeResult,
  VisitKind,
  type FollowUpThen,
  type Message,
} from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import type { FieldName, FollowUpTexts } from './rules-texts';

const THEN: readonly FollowUpThen['then'][] = ['nothing', 'visit', 'hold', 'flag'];

export interface FollowUpRulesFieldsProps {
  rules: Record<OutcomeResult, FollowUpTexts>;
  onChange(result: OutcomeResult, key: keyof FollowUpTexts, value: string): void;
  /** The reader's sentence for a row that does not read. */
  problemOf(field: FieldName): Message | string | undefined;
  idOf(field: string): string;
}

/**
 * The follow-up rules as a table, a row per outcome result: what it calls for, and for a visit its
 * kind, days, window, officer and priority. A payment always withdraws a promise's collection
 * visit, so its row says so instead of offering a choice.
 */
export function FollowUpRulesFields({ rules, onChange, problemOf, idOf }: FollowUpRulesFieldsProps) {
  const { t, language } = useT();
  const say = (text: Message | string) => (typeof text === 'string' ? text : text[language]);
  return (
    <fieldset className="rules-form__group">
      <legend>{t('followUpRules.title')}</legend>
      <p className="muted">{t('followUpRules.hint')}</p>
      <table className="follow-up-rules">
        <thead>
          <tr>
            <th scope="col">{t('followUpRules.col.result')}</th>
            <th scope="col">{t('followUpRules.col.then')}</th>
            <th scope="col">{t('followUpRules.col.kind')}</th>
            <th scope="col">{t('followUpRules.col.from')}</th>
            <th scope="col">{t('followUpRules.col.earliestDays')}</th>
            <th scope="col">{t('followUpRules.col.latestDays')}</th>
            <th scope="col">{t('followUpRules.col.window')}</th>
            <th scope="col">{t('followUpRules.col.officer')}</th>
            <th scope="col">{t('followUpRules.col.priority')}</th>
          </tr>
        </thead>
        <tbody>
          {OutcomeResult.options.map((result) => {
            const row = rules[result];
            const field: FieldName = `followUps.${result}`;
            const problem = problemOf(field);
            const resultWords = t(`outcome.result.${result}`);
            const label = (column: Parameters<typeof t>[0]) => t('followUpRules.controlLabel', { result: resultWords, column: t(column) });
            const change = (key: keyof FollowUpTexts) => (e: { target: { value: string } }) => onChange(result, key, e.target.value);
            const noVisit = row.then !== 'visit';
            const select = <T extends string>(
              key: keyof FollowUpTexts,
              column: Parameters<typeof t>[0],
              options: readonly T[],
              words: (o: T) => string,
            ) => (
              <select aria-label={label(column)} value={row[key]} onChange={change(key)} disabled={noVisit}>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {words(o)}
                  </option>
                ))}
              </select>
            );
            const number = (key: 'earliestDays' | 'latestDays' | 'priority', column: Parameters<typeof t>[0], min: number, max: number) => (
              <input
                type="number"
                min={min}
                max={max}
                aria-label={label(column)}
                value={row[key]}
                onChange={change(key)}
                disabled={noVisit}
                placeholder={key === 'priority' ? t('followUpRules.priorityAsVisit') : undefined}
                aria-invalid={problem ? true : undefined}
              />
            );
            return (
              <tr key={result} id={idOf(field)} className={problem ? 'form-field--invalid' : undefined}>
                <th scope="row">
                  {resultWords}
                  {problem && <small className="form-field__problem">{say(problem)}</small>}
                </th>
                {result === 'paid' ? (
                  <td colSpan={8} className="muted">
                    {t('followUpRules.paidWithdraws')}
                  </td>
                ) : (
                  <>
                    <td>
                      <select aria-label={label('followUpRules.col.then')} value={row.then} onChange={change('then')}>
                        {THEN.map((then) => (
                          <option key={then} value={then}>
                            {t(`followUpRules.then.${then}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{select('kind', 'followUpRules.col.kind', VisitKind.options, (k) => t(`kind.${k}`))}</td>
                    <td>{select('from', 'followUpRules.col.from', FollowUpFrom.options, (f) => t(`followUpRules.from.${f}`))}</td>
                    <td>{number('earliestDays', 'followUpRules.col.earliestDays', 0, 60)}</td>
                    <td>{number('latestDays', 'followUpRules.col.latestDays', 0, 90)}</td>
                    <td>{select('window', 'followUpRules.col.window', FollowUpWindow.options, (w) => t(`followUpRules.window.${w}`))}</td>
                    <td>
                      {select('officer', 'followUpRules.col.officer', FollowUpOfficer.options, (o) => t(`followUpRules.officer.${o}`))}
                    </td>
                    <td>{number('priority', 'followUpRules.col.priority', 1, 5)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
