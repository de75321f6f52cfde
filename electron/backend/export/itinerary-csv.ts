import Papa from 'papaparse';
import { formatClock, formatWindow, type Language, type LocalDate, type Officer, type Route, type Visit } from '../../../shared/domain';
import { badInput } from '../../../shared/api/errors';
import { message, translate, type MessageKey } from '../../../shared/i18n';
import { minutes1 } from './plan-json';
import { verificationCode } from './verification-code';

/** Itinerary columns, in order. */
export const ITINERARY_COLUMNS = [
  'seq',
  'visit_id',
  'kind',
  'window',
  'arrival',
  'start',
  'end',
  'travel_min',
  'distance_m',
  'customer_name',
  'phone',
  'address',
  'lat',
  'lng',
  'approval_ref',
  'verification_code',
  'notes',
] as const;
type Column = (typeof ITINERARY_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

/** Each column's header, in the catalogue so an officer who reads Chinese gets Chinese headers. */
export const ITINERARY_HEADERS: Record<Column, MessageKey> = {
  seq: 'exportFile.headerSeq',
  visit_id: 'exportFile.headerVisitId',
  kind: 'exportFile.headerKind',
  window: 'exportFile.headerWindow',
  arrival: 'exportFile.headerArrival',
  start: 'exportFile.headerStart',
  end: 'exportFile.headerEnd',
  travel_min: 'exportFile.headerTravelMin',
  distance_m: 'exportFile.headerDistanceM',
  customer_name: 'exportFile.headerCustomerName',
  phone: 'exportFile.headerPhone',
  address: 'exportFile.headerAddress',
  lat: 'exportFile.headerLat',
  lng: 'exportFile.headerLng',
  approval_ref: 'exportFile.headerApprovalRef',
  verification_code: 'exportFile.headerVerificationCode',
  notes: 'exportFile.headerNotes',
};

const KIND_LABELS: Record<Visit['kind'], MessageKey> = {
  'follow-up': 'exportFile.kindFollowUp',
  collection: 'exportFile.kindCollection',
  verification: 'exportFile.kindVerification',
};

export interface ItineraryOptions {
  /** Header and label language; default English. */
  language?: Language;
  /** Prefix a UTF-8 byte order mark so Excel (notably in China) reads the file as UTF-8; default true. */
  withBom?: boolean;
  /** Plan id and workspace secret for verification codes; without both the column stays empty. */
  planId?: string;
  secret?: string;
}

// Spreadsheet formula injection: escape cells starting with = + - @ tab or CR, except phone-like
// values such as +86 138 0000 0000, which Excel shows as text anyway.
const FORMULA_START = /^(?![+-][\d\s()-]*$)[=+\-@\t\r]/;

/**
 * One officer's day as a CSV for the officer: a departure row, each visit with the customer's full
 * name and phone (they need them at the door) and a verification code, the break where it falls,
 * and a final return row. CRLF line ends, UTF-8 with a BOM by default.
 */
export function itineraryCsv(
  route: Route,
  visits: ReadonlyMap<string, Visit>,
  officer: Officer,
  date: LocalDate,
  options: ItineraryOptions = {},
): string {
  const language = options.language ?? 'en';
  const say = (key: MessageKey) => translate(language, key);
  const rows: Row[] = [
    {
      kind: say('exportFile.kindDepart'),
      start: formatClock(route.departSec),
      lat: officer.start.lat,
      lng: officer.start.lng,
      notes: say('exportFile.departNote'),
    },
  ];
  const breakTaken = route.breakTaken;
  const breakRow: Row | null = breakTaken
    ? {
        kind: say('exportFile.kindBreak'),
        start: formatClock(breakTaken.startSec),
        end: formatClock(breakTaken.endSec),
        notes: say('exportFile.breakNote'),
      }
    : null;
  const { planId, secret } = options;
  const codeFor = planId && secret ? (visitId: string) => verificationCode(secret, planId, officer.id, visitId) : () => '';
  if (breakRow && breakTaken?.afterStop === -1) rows.push(breakRow);
  route.stops.forEach((stop, i) => {
    const visit = visits.get(stop.visitId);
    if (!visit) {
      throw badInput(message('exportFile.visitGone', { visitId: stop.visitId, officerId: officer.id, date }));
    }
    rows.push({
      seq: i + 1,
      visit_id: visit.id,
      kind: say(KIND_LABELS[visit.kind]),
      window: visit.windows.map(formatWindow).join(';'),
      arrival: formatClock(stop.arrivalSec),
      start: formatClock(stop.startSec),
      end: formatClock(stop.endSec),
      travel_min: minutes1(stop.travelSec),
      distance_m: stop.distanceM,
      customer_name: visit.customerName,
      phone: visit.phone,
      address: visit.address,
      // Coordinates as the lender supplied them, so they match the address in the lender's own map system.
      lat: visit.location.lat,
      lng: visit.location.lng,
      approval_ref: visit.approvalRef,
      verification_code: codeFor(visit.id),
      notes: visit.notes,
    });
    if (breakRow && breakTaken?.afterStop === i) rows.push(breakRow);
  });
  const end = officer.end;
  rows.push({
    kind: say('exportFile.kindReturn'),
    arrival: formatClock(route.finishSec),
    travel_min: minutes1(route.returnTravelSec),
    distance_m: route.returnDistanceM,
    lat: end?.lat ?? '',
    lng: end?.lng ?? '',
    notes: say(end ? 'exportFile.returnNote' : 'exportFile.openEndNote'),
  });
  const header = ITINERARY_COLUMNS.map((c) => say(ITINERARY_HEADERS[c]));
  const csv = Papa.unparse(
    { fields: header, data: rows.map((row) => ITINERARY_COLUMNS.map((c) => row[c] ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return (options.withBom ?? true) ? `\uFEFF${csv}` : csv;
}
