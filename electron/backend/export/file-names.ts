/** Characters Windows refuses in file names, plus control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Device names Windows reserves whatever the extension (CON.csv is still CON). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_LENGTH = 180;

/**
 * Makes a name safe as a file name on Windows, macOS and Linux: illegal characters become `_`,
 * trailing dots and spaces go, reserved device names get a `_` prefix, and overly long names are
 * shortened while keeping the extension.
 */
export function safeFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    .replace(ILLEGAL, '_')
    .replace(/[. ]+$/, '');
  if (safe === '') safe = '_';
  if (RESERVED.test(safe.split('.')[0])) safe = `_${safe}`;
  if (safe.length > MAX_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_LENGTH - extension.length) + extension;
  }
  return safe;
}

/** `itinerary-<date>-<officerId>.csv`, safe on every platform. */
export function itineraryFileName(date: string, officerId: string): string {
  return safeFileName(`itinerary-${date}-${officerId}.csv`);
}

/** `plan-<date>.json`, safe on every platform. */
export function planJsonFileName(date: string): string {
  return safeFileName(`plan-${date}.json`);
}
