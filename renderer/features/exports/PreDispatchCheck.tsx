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
  if (result.problems.length === 0) {
    return <p className="pre-dispatch-check pre-dispatch-check--clean">{pickMessage(result.summary, language)}</p>;
  }
  return (
    <section className="pre-dispatch-check" aria-label={t('exportDialog.check')}>
      <p>{pickMessage(result.summary, language)}</p>
      <ul>
        {result.problems.map((p, i) => (
          <li key={`${p.visitId ?? ''}-${p.rule}-${i}`} data-rule={p.rule}>
            {p.officerId && <strong>{officerNames.get(p.officerId) ?? p.officerId} · </strong>}
            {pickMessage(p.message, language)}
          </li>
        ))}
      </ul>
    </section>
  );
}
