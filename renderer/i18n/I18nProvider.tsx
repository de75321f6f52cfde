import { createContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n as catalogueI18n, type MessageKey } from '../../shared/i18n';
import { initialLanguage, LANGUAGE_STORAGE_KEY, type Language } from './language';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

export const I18nContext = createContext<I18n | null>(null);

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the browser language is a fine default then
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered, but the switch still works for this session
  }
}

/**
 * Holds the interface language on its own copy of the catalogue's i18next instance (so the screen's
 * switch does not change the language of anything else), remembers it in localStorage and mirrors
 * it on `<html lang>`.
 */
export function I18nProvider({ children, defaultLanguage }: { children: ReactNode; defaultLanguage?: Language }) {
  const [instance] = useState(() =>
    catalogueI18n.cloneInstance({
      lng: defaultLanguage ?? initialLanguage(readStored(), navigator.language),
    }),
  );
  return (
    <I18nextProvider i18n={instance}>
      <LanguageState>{children}</LanguageState>
    </I18nextProvider>
  );
}

function LanguageState({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  const value = useMemo<I18n>(() => {
    const setLanguage = (next: Language) => {
      void i18n.changeLanguage(next);
      remember(next);
    };
    return {
      language,
      setLanguage,
      toggleLanguage: () => setLanguage(language === 'en' ? 'zh' : 'en'),
      t: (key, values) => t(key, values),
    };
  }, [language, i18n, t]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
