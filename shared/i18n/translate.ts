import i18next from 'i18next';
import { catalogue, type MessageKey } from './catalogue';
import { LANGUAGES, type Language, type Sentence } from './define';

/** A value a sentence quotes: text, a number (`count` picks the plural form), a list, or sentences of its own. */
export type MessageValue = string | number | readonly string[] | Sentence | readonly Sentence[];
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * The catalogue's i18next instance. `{name}` placeholders (not i18next's `{{name}}`) keep sentences
 * short to read; keys are flat codes, so neither `.` nor `:` separates anything.
 */
export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  supportedLngs: [...LANGUAGES],
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: catalogue[language] }])),
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
});

function inLanguage(value: MessageValue, language: Language): string | number | readonly string[] {
  if (typeof value !== 'object') return value;
  if (!Array.isArray(value)) return (value as Sentence)[language];
  return (value as readonly (string | Sentence)[]).map((item) => (typeof item === 'string' ? item : item[language]));
}

/** The sentence for `key` in `language`, with `values` filled in (sentences among them in the same language). */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const filled = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, inLanguage(value, language)]));
  return i18n.t(key, { ...filled, lng: language });
}

/** The sentence for `key` in both languages, as the back end sends it and a stored plan keeps it. */
export function message(key: MessageKey, values?: MessageValues): Sentence {
  return { en: translate('en', key, values), zh: translate('zh', key, values) };
}

/** Sentences one after another, as a paragraph reads them (Chinese runs them on without spaces). */
export function paragraph(sentences: readonly Sentence[]): Sentence {
  return { en: sentences.map((s) => s.en).join(' '), zh: sentences.map((s) => s.zh).join('') };
}

/**
 * A plain Error whose text carries both languages, for pure code that knows no error codes (the
 * solver, the benchmark reader); the back end turns it into an internal error.
 */
export function errorInBothLanguages(sentence: Sentence): Error {
  return new Error(`${sentence.en} / ${sentence.zh}`);
}
