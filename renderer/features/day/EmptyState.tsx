import { useT } from '../../i18n/useT';

/** Shown when the workspace has no visits: one click gives a newcomer a synthetic day to plan. */
export function EmptyState({ onLoadDemo, isLoading }: { onLoadDemo(): void; isLoading: boolean }) {
  const { t } = useT();
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <button type="button" className="primary" onClick={onLoadDemo} disabled={isLoading} aria-busy={isLoading}>
        {isLoading ? t('empty.loadingDemo') : t('empty.loadDemo')}
      </button>
    </section>
  );
}
