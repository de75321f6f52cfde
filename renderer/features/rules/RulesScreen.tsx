import { useCallback, useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { RuleSet } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { useSession } from '../users/SessionProvider';
import { formatChangedAt } from './changed-at';
import { RulesForm } from './RulesForm';
import { RulesHistory } from './RulesHistory';

/** The rules screen: the visiting rules in force (editable, saved as a new version) beside their history. */
export function RulesScreen() {
  const { t, language } = useT();
  const current = useApiQuery('rules.current', {});
  const history = useApiQuery('rules.history', {});
  const change = useApiMutation('rules.change');
  const { user, isSupervisor } = useSession();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  const { run, reset } = change;
  const onSubmitStart = useCallback(() => {
    reset();
    setSavedVersion(null);
  }, [reset]);
  const { patch: patchCurrent } = current;
  const { patch: patchHistory } = history;
  const save = useCallback(
    async (rules: RuleSet, reason: string) => {
      const saved = await run({ rules, reason });
      if (!saved) return false;
      // The answer is the new version: both lists follow it without reading again.
      patchCurrent(() => saved);
      patchHistory((versions) => [saved, ...versions.filter((v) => v.version !== saved.version)]);
      setSavedVersion(saved.version);
      return true;
    },
    [run, patchCurrent, patchHistory],
  );

  const error = change.error ?? current.error ?? history.error;
  const refusal = error instanceof AppError ? pickMessage(error.userMessage, language) : error ? t('error.unknown') : null;
  const inForce = current.data;

  return (
    <main className="rules-screen" aria-labelledby="rules-title">
      <div className="panel rules-screen__form">
        <div className="panel__head">
          <h2 id="rules-title">{t('rulesScreen.title')}</h2>
        </div>
        {inForce && (
          <p className="rules-screen__in-force" data-testid="rules-in-force">
            {t('rulesScreen.inForce', {
              version: inForce.version,
              at: formatChangedAt(inForce.changedAt, language),
              by: inForce.changedBy,
              reason: inForce.reason,
            })}
          </p>
        )}
        <p className="notice" role="status" aria-live="polite">
          {savedVersion !== null ? t('rulesScreen.saved', { version: savedVersion }) : ''}
        </p>
        {refusal && (
          <p className="error-banner" role="alert">
            {refusal}
          </p>
        )}
        {inForce ? (
          <RulesForm
            inForce={inForce}
            isBusy={change.isBusy}
            signedIn={user}
            isSupervisor={isSupervisor}
            onSave={save}
            onSubmitStart={onSubmitStart}
          />
        ) : (
          !error && <p className="muted">{t('rulesScreen.loading')}</p>
        )}
      </div>
      <div className="panel rules-screen__history">
        <div className="panel__head">
          <h2>{t('rulesScreen.historyTitle')}</h2>
        </div>
        {history.data && <RulesHistory versions={history.data} />}
      </div>
    </main>
  );
}
