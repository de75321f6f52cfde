import { AppError } from '../../shared/api/errors';
import { useT } from '../i18n/useT';
import { pickMessage } from '../i18n/language';

/**
 * An API error as a readable sentence in the current language. AppErrors carry their own
 * `{en, zh}` message; anything else gets a generic sentence (details go to the console).
 */
export function ErrorBanner({ error, onDismiss }: { error: unknown; onDismiss(): void }) {
  const { t, language } = useT();
  if (!error) return null;
  const text = error instanceof AppError ? pickMessage(error.userMessage, language) : t('error.unknown');
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}:</strong> <span>{text}</span>
      <button type="button" onClick={onDismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
