import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Language } from '../../../shared/domain';
import { catalogue, translate, type MessageKey } from '../../../shared/i18n';
import type { DaySummary, Itinerary } from '../../../shared/logic/itinerary';
import { ITINERARY_COLUMNS, itineraryHeaders, itineraryRows, type ItineraryColumn } from './itinerary-csv';

type Cell = string | number | null;
type OfficerLine = DaySummary['officers'][number];

/** Columns holding numbers; every other column is formatted as text, so codes and phones stay as typed. */
const NUMBER_COLUMNS: ReadonlySet<ItineraryColumn> = new Set(['seq', 'travel_min', 'distance_m', 'lat', 'lng', 'overdue_amount']);
const WRAPPED_COLUMNS: ReadonlySet<ItineraryColumn> = new Set(['address', 'notes']);
const TEXT_FORMAT = '@';
const AMOUNT_FORMAT = '#,##0.00';
export const BOLD: Partial<ExcelJS.Font> = { bold: true };
export const TITLE: Partial<ExcelJS.Font> = { bold: true, size: 14 };

/** On an officer sheet: the title (whose copy, which day) on row 1, the header on row 2. */
const OFFICER_HEADER_ROW = 2;

const SUMMARY_COLUMNS: readonly { header: MessageKey; value: (o: OfficerLine) => Cell; numFmt?: string }[] = [
  { header: 'itineraryFile.officerId', value: (o) => o.id, numFmt: TEXT_FORMAT },
  { header: 'itineraryFile.officerName', value: (o) => o.name, numFmt: TEXT_FORMAT },
  { header: 'itinerary.team', value: (o) => o.team, numFmt: TEXT_FORMAT },
  { header: 'itinerary.visits', value: (o) => o.visits },
  { header: 'itineraryFile.distanceKm', value: (o) => Math.round(o.distanceM / 100) / 10, numFmt: '0.0' },
  { header: 'itineraryFile.travelMin', value: (o) => o.travelMin },
  { header: 'itineraryFile.workingMin', value: (o) => o.workingMin },
  { header: 'itinerary.depart', value: (o) => o.depart, numFmt: TEXT_FORMAT },
  { header: 'itinerary.finish', value: (o) => o.finish, numFmt: TEXT_FORMAT },
];

// ---------------------------------------------------------------------------------------------
// Sheet names

const MAX_SHEET_NAME = 31;
// Excel refuses these in sheet names; control characters are refused by the file format.
// eslint-disable-next-line no-control-regex
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f]/g;

/** At most `max` UTF-16 units, never splitting a character outside the BMP. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** No quote may open or close a sheet name; stray spaces would only confuse a reader. */
function trimEnds(name: string): string {
  return name.replace(/^['\s]+|['\s]+$/g, '');
}

/**
 * A sheet name Excel accepts for `wanted`, unlike any of `taken` (Excel compares them ignoring
 * case): forbidden characters become `_`, the name is cut to 31 characters, an opening or closing
 * `'` goes, the reserved `History` and an empty name are changed, and a clash gets ` (2)`, ` (3)`….
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  let base = trimEnds(wanted.normalize('NFC').replace(SHEET_NAME_FORBIDDEN, '_').replace(/\s+/g, ' '));
  if (base === '') base = 'Sheet';
  if (base.toLowerCase() === 'history') base = `${base}_`;
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = trimEnds(truncate(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

// ---------------------------------------------------------------------------------------------
// Layout helpers

/** Roughly how many Excel width units a value takes: Chinese characters are about two. */
function displayWidth(value: Cell): number {
  let width = 0;
  for (const char of String(value ?? '')) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Column widths that fit the header and the values with a little room, between 8 and 48 units (longer text wraps). */
export function columnWidths(rows: readonly (readonly Cell[])[]): number[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  const widest = (i: number) => Math.max(0, ...rows.map((row) => displayWidth(row[i] ?? null)));
  return Array.from({ length: count }, (_, i) => Math.min(48, Math.max(8, widest(i) + 2)));
}

/** An empty value is an empty cell, not an empty string. */
function cell(value: string | number): Cell {
  return value === '' ? null : value;
}

function addTableRow(sheet: ExcelJS.Worksheet, values: readonly Cell[], font?: Partial<ExcelJS.Font>): ExcelJS.Row {
  const row = sheet.addRow([...values]);
  if (font) row.font = font;
  return row;
}

/** The reason codes of an unassigned visit, in words where the catalogue has them. */
function reasonText(language: Language, reasons: readonly string[]): string {
  const words = reasons.map((code) => {
    const key = `reason.${code}`;
    return key in catalogue[language] ? translate(language, key as MessageKey) : code;
  });
  return words.join(language === 'zh' ? '；' : '; ');
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** The dispatcher's summary: every officer's workload, then the visits left out and why. */
function addSummarySheet(workbook: ExcelJS.Workbook, summary: DaySummary): void {
  const say = (key: MessageKey, values?: Record<string, string>) => translate(summary.language, key, values);
  const sheet = workbook.addWorksheet(uniqueSheetName(say('itineraryFile.summarySheet'), []));
  addTableRow(sheet, [say('itinerary.summaryTitle', { date: summary.date })], TITLE);
  sheet.addRow([]);
  const officerTable = [
    SUMMARY_COLUMNS.map((column) => say(column.header)),
    ...summary.officers.map((officer) => SUMMARY_COLUMNS.map((column) => column.value(officer))),
  ];
  officerTable.forEach((values, i) => addTableRow(sheet, values, i === 0 ? BOLD : undefined));
  sheet.addRow([]);
  addTableRow(sheet, [say('itinerary.unassigned')], BOLD);
  const unassignedTable = summary.unassigned.length
    ? [
        [say('itinerary.visitId'), say('itinerary.reasons'), say('itineraryFile.unassignedMessage')],
        ...summary.unassigned.map((entry) => [entry.visitId, reasonText(summary.language, entry.reasons), entry.message]),
      ]
    : [];
  unassignedTable.forEach((values, i) => {
    const row = addTableRow(sheet, values, i === 0 ? BOLD : undefined);
    if (i > 0) row.alignment = { wrapText: true, vertical: 'top' };
  });
  if (unassignedTable.length === 0) sheet.addRow([say('itinerary.unassignedNone')]);
  columnWidths([...officerTable, ...unassignedTable]).forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  SUMMARY_COLUMNS.forEach((column, i) => {
    if (column.numFmt) sheet.getColumn(i + 1).numFmt = column.numFmt;
  });
}

/** Header and footer text is a small language of its own, where `&` opens a code. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** One officer's day: a title saying whose copy it is, then the rows of the CSV under a frozen bold header. */
function addOfficerSheet(workbook: ExcelJS.Workbook, itinerary: Itinerary): void {
  const { language, officer } = itinerary;
  const taken = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = workbook.addWorksheet(uniqueSheetName(`${officer.id} ${officer.name}`, taken), {
    views: [{ state: 'frozen', ySplit: OFFICER_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&C${headerFooterText(itinerary.watermark)}` },
  });
  const copy = translate(language, `itinerary.profile.${itinerary.profile}`);
  const title = [translate(language, 'itinerary.title'), copy, itinerary.watermark, itinerary.travelNote].filter((part) => part !== null);
  addTableRow(sheet, [title.join(' · ')], TITLE);
  const headers = itineraryHeaders(language);
  const body = itineraryRows(itinerary).map((row) => ITINERARY_COLUMNS.map((column) => cell(row[column])));
  addTableRow(sheet, headers, BOLD);
  body.forEach((values) => addTableRow(sheet, values));
  sheet.autoFilter = { from: { row: OFFICER_HEADER_ROW, column: 1 }, to: { row: OFFICER_HEADER_ROW, column: headers.length } };
  const widths = columnWidths([headers, ...body]);
  ITINERARY_COLUMNS.forEach((name, i) => styleItineraryColumn(sheet.getColumn(i + 1), name, widths[i]));
}

function styleItineraryColumn(column: ExcelJS.Column, name: ItineraryColumn, width: number): void {
  column.width = width;
  if (!NUMBER_COLUMNS.has(name)) column.numFmt = TEXT_FORMAT;
  if (name === 'overdue_amount') column.numFmt = AMOUNT_FORMAT;
  if (WRAPPED_COLUMNS.has(name)) column.alignment = { wrapText: true, vertical: 'top' };
}

/**
 * The day's summary sheet is written when it has something to say or the workbook would otherwise
 * be empty: the day's workbook (all officers, the summary) and the dispatcher's summary (no
 * itineraries) get it; an officer's own file, made with a summary emptied of officers and
 * unassigned visits, does not, so it carries nothing about anyone else's day.
 */
function hasSummarySheet(itineraries: readonly Itinerary[], summary: DaySummary): boolean {
  return itineraries.length === 0 || summary.officers.length > 0 || summary.unassigned.length > 0;
}

/** exceljs stamps every ZIP entry with the current time; re-pack with the export moment so equal input gives equal bytes. */
export function repack(stored: Uint8Array, mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(unzipSync(stored))) {
    if (!path.endsWith('/')) entries[path] = [data, { mtime, level: 6 }];
  }
  return zipSync(entries);
}

/**
 * A workbook of itineraries: the day's summary sheet first (see `hasSummarySheet`), then one sheet
 * per itinerary, named after the officer, holding exactly the CSV's rows and headers in the
 * itinerary's language. Numbers are number cells and text is text cells (a note starting with `=`
 * is a string, never a formula). Dates inside the file are the export moment.
 */
export async function itineraryWorkbook(itineraries: readonly Itinerary[], summary: DaySummary): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const exportedAt = new Date(summary.exportedAt);
  workbook.created = exportedAt;
  workbook.modified = exportedAt;
  if (hasSummarySheet(itineraries, summary)) addSummarySheet(workbook, summary);
  for (const itinerary of itineraries) addOfficerSheet(workbook, itinerary);
  // Stored, not deflated: `repack` compresses once.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repack(new Uint8Array(stored), exportedAt);
}
