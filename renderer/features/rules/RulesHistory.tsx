import type { RuleSetVersion } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { formatChangedAt } from './changed-at';

/** Every version of the visiting rules, newest first: version, when, who, why. */
export function RulesHistory({ versions }: { versions: readonly RuleSetVersion[] }) {
  const { t, language } = useT();
  return (
    <table className="rules-history" aria-label={t('rulesScreen.historyTitle')}>
      <thead>
        <tr>
          <th scope="col">{t('rulesScreen.col.version')}</th>
          <th scope="col">{t('rulesScreen.col.at')}</th>
          <th scope="col">{t('rulesScreen.col.by')}</th>
          <th scope="col">{t('rulesScreen.col.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.version} data-version={v.version}>
            <td>{v.version}</td>
            <td>{formatChangedAt(v.changedAt, language)}</td>
            <td>{v.changedBy}</td>
            <td>{v.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
