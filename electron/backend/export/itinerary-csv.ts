import Papa from 'papaparse';
import type { Language } from '../../../shared/domain';
import { translate, type MessageKey } from '../../../shared/i18n';
import type { Itinerary, ItineraryPlace } from '../../../shared/logic/itinerary';

/** Itinerary columns, in order: one list for the CSV and the workbook. */
export const ITINERARY_COLUMNS = [
  'seq',
  'visit_id',
  'customer_id',
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
  'overdue_amount',
  'verification_code',
  'notes',
] as const;
export type ItineraryColumn = (typeof ITINERARY_COLUMNS)[number];

/** One row of a spreadsheet itinerary, header-independent; an empty cell is `''`. */
export type ItineraryRow = Record<ItineraryColumn, string | number>;

/** Each column's header, in the catalogue so an officer who reads Chinese gets Chinese headers. */
export const ITINERARY_HEADERS: Record<ItineraryColumn, MessageKey> = {
  seq: 'exportFile.headerSeq',
  visit_id: 'exportFile.headerVisitId',
  customer_id: 'itineraryFile.headerCustomerId',
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
  overdue_amount: 'itineraryFile.headerOverdueAmount',
  verification_code: 'exportFile.headerVerificationCode',
  notes: 'exportFile.headerNotes',
};

/** The header row in `language`. */
export function itineraryHeaders(language: Language): string[] {
  return ITINERARY_COLUMNS.map((column) => translate(language, ITINERARY_HEADERS[column]));
}

const EMPTY_ROW: ItineraryRow = Object.fromEntries(ITINERARY_COLUMNS.map((column) => [column, ''])) as ItineraryRow;

function row(cells: Partial<ItineraryRow>): ItineraryRow {
  return { ...EMPTY_ROW, ...cells };
}

/** Start and end places are WGS-84 (they are the officer's own points, not the lender's). */
function placeCells(place: ItineraryPlace | null): Partial<ItineraryRow> {
  return place ? { address: place.address ?? '', lat: place.location.lat, lng: place.location.lng } : {};
}

/**
 * The rows of one officer's day: a departure row, each visit, the break where it falls (after stop
 * `afterStop`, -1 before the first) and a final return row. Labels are in the itinerary's language;
 * every value is the model's, already cut to the reader's profile.
 */
export function itineraryRows(itinerary: Itinerary): ItineraryRow[] {
  const say = (key: MessageKey) => translate(itinerary.language, key);
  const rows: ItineraryRow[] = [
    row({
      kind: say('exportFile.kindDepart'),
      start: itinerary.summary.depart,
      ...placeCells(itinerary.start),
      notes: say('exportFile.departNote'),
    }),
  ];
  const breakTaken = itinerary.breakTaken;
  const breakRow = breakTaken
    ? row({ kind: say('exportFile.kindBreak'), start: breakTaken.start, end: breakTaken.end, notes: say('exportFile.breakNote') })
    : null;
  if (breakRow && breakTaken?.afterStop === -1) rows.push(breakRow);
  itinerary.stops.forEach((stop, i) => {
    rows.push({
      seq: stop.seq,
      visit_id: stop.visitId,
      customer_id: stop.customerId,
      kind: stop.kindLabel,
      window: stop.windows,
      arrival: stop.arrival,
      start: stop.start,
      end: stop.end,
      travel_min: stop.travelMin,
      distance_m: stop.distanceM,
      customer_name: stop.customerName,
      phone: stop.phone,
      address: stop.address,
      // As the lender supplied them, so they match the address in the lender's own map system.
      lat: stop.suppliedLocation.lat,
      lng: stop.suppliedLocation.lng,
      approval_ref: stop.approvalRef,
      overdue_amount: stop.overdue?.amount ?? '',
      verification_code: stop.verificationCode,
      notes: stop.notes,
    });
    if (breakRow && breakTaken?.afterStop === i) rows.push(breakRow);
  });
  rows.push(
    row({
      kind: say('exportFile.kindReturn'),
      arrival: itinerary.returnLeg.arrival,
      travel_min: itinerary.returnLeg.travelMin,
      distance_m: itinerary.returnLeg.distanceM,
      ...placeCells(itinerary.end),
      notes: say(itinerary.end ? 'exportFile.returnNote' : 'exportFile.openEndNote'),
    }),
  );
  return rows;
}

// Spreadsheet formula injection: escape cells starting with = + - @ tab or CR, except phone-like
// values such as +86 138 0000 0000, which Excel shows as text anyway. Numbers are never escaped.
const FORMULA_START = /^(?![+-][\d\s()-]*$)[=+\-@\t\r]/;

/**
 * One officer's day as a CSV: the rows of `itineraryRows` under headers in the itinerary's
 * language. CRLF line ends, UTF-8 with a BOM by default so Excel (notably in China) reads it as UTF-8.
 */
export function itineraryCsv(itinerary: Itinerary, options: { withBom?: boolean } = {}): string {
  const csv = Papa.unparse(
    {
      fields: itineraryHeaders(itinerary.language),
      data: itineraryRows(itinerary).map((cells) => ITINERARY_COLUMNS.map((column) => cells[column])),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return (options.withBom ?? true) ? `\uFEFF${csv}` : csv;
}
