import { useApiQuery } from '../../api/useApiQuery';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';

export interface PreDispatchCheckProps {
  date: string;
  officerNames: ReadonlyMap<string, string>;
}

/**
 * The pre-dispatch check in the export dialog: every rule the day's plan breaks under the visiting
 * rules in force (and the problems the plan carries), with visit and officer, before anything goes out.
 */
export function PreDispatchCheck({ date, officerNames }: PreDispatchCheckProps) {
  const { t, language } = useT();
  const check = useApiQuery('plans.check', { date });
  const result = check.data;
  if (!result) return null;
  const who = (officerId: string | null) => officerId && <strong>{officerNames.get(officerId) ?? officerId} · </strong>;
  const overridden = result.overridden.length > 0 && (
    <>
      <p>{t('check.overriddenHeading', { count: result.overridden.length })}</p>
      <ul className="pre-dispatch-check__overridden">
        {result.overridden.map((p, i) => (
          <li key={`${p.visitId ?? ''}-${p.rule}-${i}`} data-rule={p.rule}>
            {who(p.officerId)}
            {pickMessage(p.message, language)}{' '}
            <em>{t('check.overriddenBy', { by: p.override.by, at: p.override.at, reason: p.override.reason })}</em>
          </li>
        ))}
      </ul>
    </>
  );
  if (result.problems.length === 0) {
    return (
      <section className="pre-dispatch-check pre-dispatch-check--clean" aria-label={t('exportDialog.check')}>
        <p>{pickMessage(result.summary, language)}</p>
        {overridden}
      </section>
    );
  }
  return (
    <section className="pre-dispatch-check" aria-label={t('exportDialog.check')}>
      <p>{pickMessage(result.summary, language)}</p>
      <ul>
        {result.problems.map((p, i) => (
          <li key={`${p.visitId ?? ''}-${p.rule}-${i}`} data-rule={p.rule}>
            {who(p.officerId)}
            {pickMessage(p.message, language)}
          </li>
        ))}
      </ul>
      {overridden}
    </section>
  );
}
