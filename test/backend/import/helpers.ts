import type { RowError } from '../../../shared/api/import-report';

/** Canonical visits header in the documented column order. */
export const VISIT_COLUMNS = [
  'visit_id',
  'date',
  'kind',
  'customer_id',
  'customer_name',
  'phone',
  'address',
  'lat',
  'lng',
  'windows',
  'service_min',
  'priority',
  'skills',
  'approval_ref',
  'notes',
] as const;

/** A valid synthetic visit row (test data, not a real person). */
export const GOOD_VISIT: Record<string, string> = {
  visit_id: 'V001',
  date: '2026-11-23',
  kind: 'collection',
  customer_id: 'C001',
  customer_name: 'Test Customer',
  phone: '138 0000 0001',
  address: '1 Test Road, Pudong',
  lat: '31.2304',
  lng: '121.4737',
  windows: '09:00-12:00;14:00-17:00',
  service_min: '45',
  priority: '4',
  skills: 'collection;senior',
  approval_ref: 'AP-001',
  notes: '',
};

export const OFFICER_COLUMNS = [
  'officer_id',
  'name',
  'team',
  'start_lat',
  'start_lng',
  'end_lat',
  'end_lng',
  'shift_start',
  'shift_end',
  'break_start',
  'break_min',
  'max_visits',
  'skills',
  'travel_mode',
] as const;

export const GOOD_OFFICER: Record<string, string> = {
  officer_id: 'O001',
  name: 'Officer One',
  team: 'East',
  start_lat: '31.20',
  start_lng: '121.50',
  end_lat: '',
  end_lng: '',
  shift_start: '08:30',
  shift_end: '17:30',
  break_start: '12:00',
  break_min: '',
  max_visits: '10',
  skills: 'collection;senior@2026-12-31',
  travel_mode: 'scooter',
};

/** Quotes a CSV field when it needs it. */
export function csvField(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: a header and one line per row, each row the `base` with overrides (ids numbered by default). */
export function csvText(columns: readonly string[], base: Record<string, string>, rows: Record<string, string>[], idField: string): string {
  const lines = [columns.join(',')];
  rows.forEach((over, i) => {
    const row = { ...base, [idField]: `${base[idField].replace(/\d+$/, '')}${String(i + 1).padStart(3, '0')}`, ...over };
    lines.push(columns.map((c) => csvField(row[c] ?? '')).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

export function visitsCsv(rows: Record<string, string>[]): Uint8Array {
  return utf8(csvText(VISIT_COLUMNS, GOOD_VISIT, rows, 'visit_id'));
}

export function officersCsv(rows: Record<string, string>[]): Uint8Array {
  return utf8(csvText(OFFICER_COLUMNS, GOOD_OFFICER, rows, 'officer_id'));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The errors of one line, as `field` → English message, for compact assertions. */
export function errorsAt(errors: RowError[], line: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors.filter((x) => x.line === line)) out[e.field] = e.message.en;
  return out;
}
