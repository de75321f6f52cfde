import Papa from 'papaparse';
import { formatClock, formatWindow, type Language, type LocalDate, type Officer, type Route, type Visit } from '../../../shared/domain';
import { badInput } from '../../../shared/api/errors';
import { minutes1 } from './plan-json';
import { verificationCode } from './verification-code';

/** Itinerary columns, in order. */
export const ITINERARY_COLUMNS = [
  'seq', 'visit_id', 'kind', 'window', 'arrival', 'start', 'end', 'travel_min', 'distance_m', 'customer_name',
  'phone', 'address', 'lat', 'lng', 'approval_ref', 'verification_code', 'notes',
] as const;
type Column = (typeof ITINERARY_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

/** Chinese headers for officers who read Chinese. */
export const ITINERARY_HEADERS_ZH: Record<Column, string> = {
  seq: '序号', visit_id: '外访编号', kind: '类型', window: '预约时段', arrival: '预计到达', start: '开始', end: '结束',
  travel_min: '路程分钟', distance_m: '路程米', customer_name: '客户姓名', phone: '电话', address: '地址', lat: '纬度',
  lng: '经度', approval_ref: '审批编号', verification_code: '核验码', notes: '备注',
};

const LABELS = {
  en: { depart: 'depart', break: 'break', return: 'return', 'follow-up': 'follow-up', collection: 'collection', verification: 'verification',
    departNote: 'Leave the start place', breakNote: 'Break', returnNote: 'Return to the end place', openEndNote: 'The day ends at the last visit' },
  zh: { depart: '出发', break: '休息', return: '返回', 'follow-up': '回访', collection: '催收', verification: '核实',
    departNote: '从出发地出发', breakNote: '休息', returnNote: '返回终点', openEndNote: '最后一个外访结束即收工' },
} as const;

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
export function itineraryCsv(route: Route, visits: ReadonlyMap<string, Visit>, officer: Officer, date: LocalDate, options: ItineraryOptions = {}): string {
  const language = options.language ?? 'en';
  const labels = LABELS[language];
  const rows: Row[] = [{ kind: labels.depart, start: formatClock(route.departSec), lat: officer.start.lat, lng: officer.start.lng, notes: labels.departNote }];
  const breakTaken = route.breakTaken;
  const breakRow: Row | null = breakTaken
    ? { kind: labels.break, start: formatClock(breakTaken.startSec), end: formatClock(breakTaken.endSec), notes: labels.breakNote }
    : null;
  const { planId, secret } = options;
  const codeFor = planId && secret ? (visitId: string) => verificationCode(secret, planId, officer.id, visitId) : () => '';
  if (breakRow && breakTaken?.afterStop === -1) rows.push(breakRow);
  route.stops.forEach((stop, i) => {
    const visit = visits.get(stop.visitId);
    if (!visit) {
      throw badInput(
        `Visit ${stop.visitId} of officer ${officer.id}'s route on ${date} is no longer in the workspace; re-plan the day before exporting.`,
        `${date} 外访员 ${officer.id} 路线中的外访 ${stop.visitId} 已不在工作区中，请重新规划后再导出。`,
      );
    }
    rows.push({
      seq: i + 1, visit_id: visit.id, kind: labels[visit.kind], window: visit.windows.map(formatWindow).join(';'),
      arrival: formatClock(stop.arrivalSec), start: formatClock(stop.startSec), end: formatClock(stop.endSec),
      travel_min: minutes1(stop.travelSec), distance_m: stop.distanceM,
      customer_name: visit.customerName, phone: visit.phone, address: visit.address,
      // Coordinates as the lender supplied them, so they match the address in the lender's own map system.
      lat: visit.location.lat, lng: visit.location.lng,
      approval_ref: visit.approvalRef,
      verification_code: codeFor(visit.id),
      notes: visit.notes,
    });
    if (breakRow && breakTaken?.afterStop === i) rows.push(breakRow);
  });
  const end = officer.end;
  rows.push({
    kind: labels.return, arrival: formatClock(route.finishSec), travel_min: minutes1(route.returnTravelSec), distance_m: route.returnDistanceM,
    lat: end?.lat ?? '', lng: end?.lng ?? '', notes: end ? labels.returnNote : labels.openEndNote,
  });
  const header = ITINERARY_COLUMNS.map((c) => (language === 'zh' ? ITINERARY_HEADERS_ZH[c] : c));
  const csv = Papa.unparse(
    { fields: header, data: rows.map((row) => ITINERARY_COLUMNS.map((c) => row[c] ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return (options.withBom ?? true) ? `\uFEFF${csv}` : csv;
}
