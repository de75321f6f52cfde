import { toLocalIso } from '../../../shared/domain';
import { translate, type MessageKey, type MessageValues } from '../../../shared/i18n';
import { itineraryDayName, type Itinerary, type ItineraryStop } from '../../../shared/logic/itinerary';

const TZID = 'Asia/Shanghai';

// China has kept UTC+8 without daylight saving since 1991, so one STANDARD observance describes
// every date we export. RFC 5545 wants a VTIMEZONE for each TZID used; Outlook relies on it.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1), counting UTF-8 bytes and breaking only between
 * code points, so Chinese text is never cut inside a character. A continuation's leading space
 * counts towards its 75.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
      limit = 74;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** A planned time (seconds after the day's midnight, possibly past it) as a local DATE-TIME. */
function localTime(itinerary: Itinerary, sec: number): string {
  return toLocalIso(itinerary.date, sec).replace(/[-:]/g, '');
}

/** `2026-11-22T18:30:00.000Z` as the UTC DATE-TIME `20261122T183000Z`. */
function utcTime(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * One UID per (date, officer, visit), so importing a re-exported day updates its events instead of
 * adding copies. IDs are percent-encoded so the `/` between them cannot be ambiguous.
 */
function uid(itinerary: Itinerary, stop: ItineraryStop): string {
  const parts = [itinerary.date, itinerary.officer.id, stop.visitId].map(encodeURIComponent);
  return `${parts.join('/')}@field-dispatch`;
}

function description(itinerary: Itinerary, stop: ItineraryStop): string {
  const say = (key: MessageKey, values?: MessageValues) => translate(itinerary.language, key, values);
  const field = (label: string, value: string) => say('itineraryFile.field', { label, value });
  const lines = [
    itinerary.travelNote,
    field(say('itinerary.window'), stop.windows),
    field(say('itinerary.purpose'), stop.purpose),
    field(say('itinerary.phone'), stop.phone),
    field(say('itinerary.verificationCode'), stop.verificationCode),
    stop.notes ? field(say('itinerary.notes'), stop.notes) : null,
    // Amap: the map app most officers in China use, and its link takes GCJ-02 as the lender supplies it.
    field(say('itineraryFile.navigateWith', { app: say('itineraryFile.mapAmap') }), stop.links.amap),
  ];
  return lines.filter((line) => line !== null).join('\n');
}

function event(itinerary: Itinerary, stop: ItineraryStop, sequence: number): string[] {
  const summary = [translate(itinerary.language, 'itinerary.stop', { seq: stop.seq }), stop.kindLabel, stop.customerName];
  return [
    'BEGIN:VEVENT',
    `UID:${uid(itinerary, stop)}`,
    `DTSTAMP:${utcTime(itinerary.exportedAt)}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;TZID=${TZID}:${localTime(itinerary, stop.startSec)}`,
    `DTEND;TZID=${TZID}:${localTime(itinerary, stop.endSec)}`,
    `SUMMARY:${text(summary.join(' · '))}`,
    `LOCATION:${text(stop.address)}`,
    `GEO:${stop.location.lat.toFixed(6)};${stop.location.lng.toFixed(6)}`,
    `DESCRIPTION:${text(description(itinerary, stop))}`,
    'END:VEVENT',
  ];
}

/**
 * One officer's day as an iCalendar file: a VEVENT per visit from its planned start to its end,
 * in Asia/Shanghai local time with the zone defined in the file, so the times read the same on a
 * phone set to any zone. CRLF line ends, lines folded at 75 octets.
 */
export function itineraryIcs(itinerary: Itinerary): string {
  // Later exports must win when a calendar compares versions of the same UID: count minutes.
  const sequence = Math.floor(Date.parse(itinerary.exportedAt) / 60_000);
  const name = itineraryDayName(itinerary);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//field-dispatch//itinerary//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(name)}`,
    ...VTIMEZONE,
    ...itinerary.stops.flatMap((stop) => event(itinerary, stop, sequence)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
