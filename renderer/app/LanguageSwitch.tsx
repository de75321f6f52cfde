import { useT } from '../i18n/useT';

/** Switches between Chinese and English; the label names the language it switches to. */
export function LanguageSwitch() {
  const { t, toggleLanguage, language } = useT();
  return (
    <button
      type="button"
      onClick={toggleLanguage}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      aria-keyshortcuts="Alt+L"
      lang={language === 'en' ? 'zh-CN' : 'en'}
    >
      {t('lang.switch')}
    </button>
  );
}
