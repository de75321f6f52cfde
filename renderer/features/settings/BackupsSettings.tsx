import { useId } from 'react';
import { AppError } from '../../../shared/api/errors';
import { ErrorBanner } from '../../app/ErrorBanner';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { useSession } from '../users/SessionProvider';
import { backupRows, KEPT_RANGE, keptCount } from './backups-model';
import { useBackups } from './useBackups';

/**
 * Backups (issue 21): the workspace's backup folder, the daily backups and how many are kept (a
 * supervisor's setting, audited; others see it read-only and why), Back up now for anyone, and the
 * backups taken, newest first.
 */
export function BackupsSettings() {
  const { t, language } = useT();
  const id = useId();
  const session = useSession();
  const { list, draft, change, save, saved, saving, backUpNow, taken, backingUp } = useBackups();

  const heading = <h3 id={`${id}-title`}>{t('backups.title')}</h3>;
  if (list.error) {
    // An in-memory workspace has no backup folder: the back end's sentence says so.
    const refusal = list.error instanceof AppError ? pickMessage(list.error.userMessage, language) : t('error.unknown');
    return (
      <section className="settings-section backup-settings" aria-labelledby={`${id}-title`}>
        {heading}
        <p role="alert">{refusal}</p>
      </section>
    );
  }
  if (!list.data || !draft) return null;

  const { user, isSupervisor } = session;
  const action = t('users.action.changeBackups');
  const readOnly = isSupervisor
    ? null
    : user
      ? t('users.notSupervisor', { action, name: user.name, id: user.id })
      : t('users.notSignedIn', { action });
  const describedBy = readOnly ? `${id}-why` : undefined;
  const rows = backupRows(list.data.backups, language);

  return (
    <section className="settings-section backup-settings" aria-labelledby={`${id}-title`}>
      {heading}
      <p className="muted">{t('backups.hint')}</p>
      <p className="settings-field">
        <label htmlFor={`${id}-folder`}>{t('backups.folder')}</label>
        <input id={`${id}-folder`} type="text" readOnly value={list.data.folder} size={60} />
      </p>
      <form onSubmit={(e) => void save(e)}>
        <label className="settings-choice">
          <input
            type="checkbox"
            checked={draft.daily}
            disabled={!isSupervisor}
            aria-describedby={describedBy}
            onChange={(e) => change({ ...draft, daily: e.target.checked })}
          />
          {t('backups.daily')}
        </label>
        <p className="settings-field">
          <label htmlFor={`${id}-keep`}>{t('backups.keep')}</label>
          <input
            id={`${id}-keep`}
            type="number"
            min={KEPT_RANGE.min}
            max={KEPT_RANGE.max}
            step={1}
            disabled={!isSupervisor || !draft.daily}
            aria-describedby={describedBy}
            value={draft.keep}
            onChange={(e) => change({ ...draft, keep: keptCount(e.target.value) })}
          />
        </p>
        {readOnly ? (
          <p id={`${id}-why`} className="muted">
            {readOnly}
          </p>
        ) : (
          <>
            <ErrorBanner error={saving.error} onDismiss={() => saving.reset()} />
            <button type="submit" className="primary" disabled={saving.isBusy}>
              {t('backups.save')}
            </button>
            <p role="status" aria-live="polite">
              {saved ? t('backups.saved') : ''}
            </p>
          </>
        )}
      </form>
      <p>
        <button type="button" onClick={() => void backUpNow()} disabled={backingUp.isBusy}>
          {backingUp.isBusy ? t('backups.busy') : t('backups.backUpNow')}
        </button>
      </p>
      <ErrorBanner error={backingUp.error} onDismiss={() => backingUp.reset()} />
      <p role="status" aria-live="polite">
        {taken ? t('backups.taken', { file: taken }) : ''}
      </p>
      {rows.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <table className="backup-table" aria-label={t('backups.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('backups.col.takenAt')}</th>
              <th scope="col">{t('backups.col.by')}</th>
              <th scope="col">{t('backups.col.size')}</th>
              <th scope="col">{t('backups.col.file')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.file}>
                <th scope="row">{row.takenAt}</th>
                <td>{t(row.by)}</td>
                <td>{t(row.size.key, row.size.values)}</td>
                <td title={row.file}>{row.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
