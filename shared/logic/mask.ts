/**
 * Masking of borrower details for screens and files that do not need them in full
 * (the officer's own itinerary is the exception).
 */

/** Keeps the family name (first character for Chinese names, first word otherwise): 张** / Li ***. */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) return '';
  if (/^[\p{Script=Han}·]+$/u.test(trimmed)) {
    const chars = Array.from(trimmed);
    return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  }
  const [first, ...rest] = trimmed.split(/\s+/);
  return rest.length === 0 ? first[0] + '***' : `${first} ${rest.map(() => '***').join(' ')}`;
}

/** Keeps the first three and last four digits of a phone number: 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** Keeps the last four characters of a customer ID: ******1234. */
export function maskCustomerId(id: string): string {
  const chars = Array.from(id.trim());
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 4) + chars.slice(-4).join('');
}
