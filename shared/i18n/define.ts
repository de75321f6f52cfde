/** The two languages every sentence exists in. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One sentence in both languages, as the back end sends it and a stored plan keeps it. */
export interface Sentence {
  en: string;
  zh: string;
}

/**
 * Chinese has no plural forms, so a Chinese namespace has each English key except the `_one` forms
 * (i18next asks Chinese for `key_other` only).
 */
export type ChineseOf<E> = { [K in keyof E as K extends `${string}_one` ? never : K]: string };

/** A key as callers write it: plural forms (`visits_one`, `visits_other`) are asked for as `visits` with a `count`. */
export type BaseKey<K> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

/**
 * One namespace of the catalogue: English sentences and their Chinese, checked to have the same keys.
 * `{name}` marks a value filled in when the sentence is rendered; `{name, list}` joins a list the
 * language's way.
 */
export function defineMessages<const E extends Record<string, string>>(en: E, zh: ChineseOf<E>): { en: E; zh: ChineseOf<E> } {
  return { en, zh };
}
