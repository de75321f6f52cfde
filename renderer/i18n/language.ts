import { languageOfLocale, type Language, type Message } from '../../shared/domain';

export type { Language };
export type { MessageKey } from '../../shared/i18n';

/** Where the chosen language is remembered between launches. */
export const LANGUAGE_STORAGE_KEY = 'dispatch.language';

/** The remembered choice wins; otherwise Chinese for any `zh*` browser language, else English. */
export function initialLanguage(stored: string | null, navigatorLanguage: string | undefined): Language {
  if (stored === 'en' || stored === 'zh') return stored;
  return languageOfLocale(navigatorLanguage);
}

/** Picks the sentence for the language from a back-end `{en, zh}` message. */
export function pickMessage(message: Message, language: Language): string {
  return message[language];
}
