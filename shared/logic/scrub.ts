/**
 * Scrubbing of text bound for the developers' log and crash reports (issue 21): whatever might
 * identify a customer is replaced by a placeholder, never partly masked (138****5678 still gives
 * away four digits). The log is built from structured, non-personal fields; this is the net for
 * text that may carry imported values, such as the message of an unexpected error.
 */

/** What a scrubbed span becomes; a placeholder says what kind of value was there, not which. */
export const SCRUBBED = {
  email: '[email]',
  idNumber: '[id-number]',
  phone: '[phone]',
  amount: '[amount]',
  digits: '[number]',
  han: '[text]',
} as const;

/** Chinese characters with CJK and full-width punctuation. */
const HAN = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef·]+';

// Order matters: the longer shapes first, so an ID card number is not read as a phone plus digits.
const RULES: readonly (readonly [RegExp, string])[] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, SCRUBBED.email],
  // Resident ID cards: 18 characters (the last may be X) or the older 15 digits.
  [/(?<![\w])\d{17}[\dXx](?![\w])/g, SCRUBBED.idNumber],
  [/(?<![\w])\d{15}(?![\w])/g, SCRUBBED.idNumber],
  // +86 / 0086 followed by a mobile or a landline, with or without spaces, dashes or brackets.
  [/(?:\+|\b00)86[\s-]*(?:\(?\d{1,4}\)?[\s-]*){1,3}\d{3,4}(?!\d)/g, SCRUBBED.phone],
  // Mainland mobiles: 1[3-9] and nine more digits, also written 138 1234 5678 or 138-1234-5678.
  [/(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, SCRUBBED.phone],
  // Landlines with their area code: 021-61234567, (021) 6123 4567, 0571 8888 6666.
  [/(?:\(0\d{2,3}\)|(?<!\d)0\d{2,3})[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g, SCRUBBED.phone],
  [/[¥￥$]\s?\d[\d,]*(?:\.\d+)?/g, SCRUBBED.amount],
  // Any other long run of digits, with up to three letters before it: bank cards, local numbers
  // without area code, customer and account references (C600567812).
  [/(?<![\w-])[A-Za-z]{0,3}\d{7,}(?![\w-])/g, SCRUBBED.digits],
  // Chinese text in a developer's log can only be imported data or a user's sentence: names,
  // addresses, remarks. Our own diagnostics are English, so all of it goes, with the house and
  // room numbers between and around it (云桥路46弄16号 is one span).
  [new RegExp(`[\\d#-]*${HAN}(?:[\\d\\s#-]*${HAN})*[\\d#-]*`, 'gu'), SCRUBBED.han],
];

/**
 * `text` with e-mail addresses, ID card numbers, phone numbers (mainland mobiles, landlines with
 * area code, +86/0086 numbers), currency amounts, references of 7 or more digits and Chinese text
 * replaced by placeholders. Names and addresses written in Latin letters cannot be recognised:
 * keep such values out of the log rather than relying on this.
 */
export function scrubPersonalData(text: string): string {
  return RULES.reduce((rest, [pattern, placeholder]) => rest.replace(pattern, placeholder), text);
}
