import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { zh } from './zh';
import { initialLanguage, interpolate, LANGUAGE_STORAGE_KEY, type Language } from './language';

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, zh };

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

/** Holds the interface language, remembers it in localStorage and mirrors it on `<html lang>`. */
export function I18nProvider({ children, defaultLanguage }: { children: ReactNode; defaultLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => defaultLanguage ?? initialLanguage(readStored(), navigator.language));

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // not remembered, but the switch still works for this session
    }
  }, []);

  const value = useMemo<I18n>(() => ({
    language,
    setLanguage,
    toggleLanguage: () => setLanguage(language === 'en' ? 'zh' : 'en'),
    t: (key, values) => interpolate(dictionaries[language][key], values),
  }), [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
