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

/** What each officer file is, as its name says it; the extension follows the format. */
export const OFFICER_FILES = {
  csv: { stem: 'itinerary', extension: 'csv' },
  pdf: { stem: 'route-sheet', extension: 'pdf' },
  ics: { stem: 'calendar', extension: 'ics' },
  gpx: { stem: 'route', extension: 'gpx' },
  geojson: { stem: 'route', extension: 'geojson' },
  xlsx: { stem: 'itinerary', extension: 'xlsx' },
  links: { stem: 'navigation', extension: 'html' },
} as const;
export type OfficerFileKind = keyof typeof OFFICER_FILES;

/** `itinerary-<date>-<officerId>.csv`, `route-sheet-<date>-<officerId>.pdf`…, safe on every platform. */
export function itineraryFileName(date: string, officerId: string, kind: OfficerFileKind = 'csv'): string {
  const { stem, extension } = OFFICER_FILES[kind];
  return safeFileName(`${stem}-${date}-${officerId}.${extension}`);
}

/** A file of a whole day: `itineraries-<date>.xlsx`, `itineraries-<date>.zip`, `dispatcher-summary-<date>.xlsx`. */
export function dayFileName(stem: 'itineraries' | 'dispatcher-summary', date: string, extension: string): string {
  return safeFileName(`${stem}-${date}.${extension}`);
}

/** An officer's folder in a day's bundle: `OF-001 张伟`. */
export function officerFolderName(officerId: string, officerName: string): string {
  return safeFileName(`${officerId} ${officerName}`);
}

/** `plan-<date>.json`, safe on every platform. */
export function planJsonFileName(date: string): string {
  return safeFileName(`plan-${date}.json`);
}

/** `supervisor-report-<from>.xlsx` for a day, `supervisor-report-<from>_<to>.xlsx` for longer. */
export function supervisorReportFileName(from: string, to: string): string {
  return safeFileName(`supervisor-report-${from}${to === from ? '' : `_${to}`}.xlsx`);
}
