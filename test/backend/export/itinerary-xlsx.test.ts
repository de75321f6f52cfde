import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ITINERARY_SETTINGS, type Language } from '../../../shared/domain';
import { translate } from '../../../shared/i18n';
import { buildItinerary, type DaySummary, type Itinerary } from '../../../shared/logic/itinerary';
import { ITINERARY_COLUMNS, itineraryHeaders, itineraryRows } from '../../../electron/backend/export/itinerary-csv';
import { itineraryWorkbook, uniqueSheetName } from '../../../electron/backend/export/itinerary-xlsx';
import { officerFixture, planFixture, visitFixture } from './export-fixture';
import { FIXTURE_EXPORTED_AT, daySummaryFixture, fixtureVisits, itineraryFixture } from './itinerary-fixture';

type Value = string | number;

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Every row of a sheet from row 1, each `width` cells wide, an empty cell read as `''`. */
function sheetValues(sheet: ExcelJS.Worksheet, width: number): Value[][] {
  return Array.from({ length: sheet.rowCount }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const value = sheet.getRow(r + 1).getCell(c + 1).value;
      expect(value === null || typeof value === 'string' || typeof value === 'number').toBe(true);
      return (value ?? '') as Value;
    }),
  );
}

/** The rows below the row equal to `header` (1-based row number of the header too). */
function tableUnder(sheet: ExcelJS.Worksheet, header: readonly string[]): { headerRow: number; rows: Value[][] } {
  const all = sheetValues(sheet, header.length);
  const index = all.findIndex((row) => row.every((value, i) => value === header[i]));
  expect(index, `header ${header.join(',')} in ${sheet.name}`).toBeGreaterThanOrEqual(0);
  return { headerRow: index + 1, rows: all.slice(index + 1) };
}

/** What an officer sheet must hold: the CSV's rows in column order. */
function expectedRows(itinerary: Itinerary): Value[][] {
  return itineraryRows(itinerary).map((row) => ITINERARY_COLUMNS.map((column) => row[column]));
}

function summaryHeader(language: Language): string[] {
  const keys = [
    'itineraryFile.officerId',
    'itineraryFile.officerName',
    'itinerary.team',
    'itinerary.visits',
    'itineraryFile.distanceKm',
    'itineraryFile.travelMin',
    'itineraryFile.workingMin',
    'itinerary.depart',
    'itinerary.finish',
  ] as const;
  return keys.map((key) => translate(language, key));
}

/** An officer sheet's table must be exactly the CSV's, cell by cell, under a frozen bold header. */
function expectOfficerSheet(sheet: ExcelJS.Worksheet, itinerary: Itinerary): void {
  const header = itineraryHeaders(itinerary.language);
  const { headerRow, rows } = tableUnder(sheet, header);
  expect(rows).toEqual(expectedRows(itinerary));
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  expect(sheet.getRow(headerRow).getCell(1).font?.bold).toBe(true);
  for (let c = 1; c <= header.length; c += 1) {
    // exceljs leaves out a column of width 9, its default.
    const width = sheet.getColumn(c).width ?? 9;
    expect(width).toBeGreaterThanOrEqual(8);
    expect(width).toBeLessThanOrEqual(48);
  }
}

function withOfficer(itinerary: Itinerary, id: string, name: string): Itinerary {
  return { ...itinerary, officer: { ...itinerary.officer, id, name } };
}

describe('uniqueSheetName', () => {
  it('replaces the characters Excel refuses and keeps Chinese', () => {
    expect(uniqueSheetName('a/b\\c[d]e:f*g?h', [])).toBe('a_b_c_d_e_f_g_h');
    expect(uniqueSheetName('OF-001 李强', [])).toBe('OF-001 李强');
    expect(uniqueSheetName('tab\there\nline', [])).toBe('tab_here_line');
  });

  it('cuts to 31 characters without splitting a character or leaving a quote at either end', () => {
    expect(uniqueSheetName('外'.repeat(40), [])).toBe('外'.repeat(31));
    expect(uniqueSheetName(`${'a'.repeat(30)}😀`, [])).toBe('a'.repeat(30));
    expect(uniqueSheetName(`'quoted'`, [])).toBe('quoted');
    expect(uniqueSheetName(`${'a'.repeat(30)}'b`, [])).toBe('a'.repeat(30));
  });

  it('changes empty and reserved names', () => {
    expect(uniqueSheetName('', [])).toBe('Sheet');
    expect(uniqueSheetName(" '' ", [])).toBe('Sheet');
    expect(uniqueSheetName('history', [])).toBe('history_');
  });

  it('numbers a clash, ignoring case, and stays within 31 characters', () => {
    expect(uniqueSheetName('summary', ['Summary'])).toBe('summary (2)');
    expect(uniqueSheetName('A', ['a', 'A (2)'])).toBe('A (3)');
    const long = 'x'.repeat(40);
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe(`${'x'.repeat(27)} (2)`);
    expect(second.length).toBe(31);
  });

  it('gives names exceljs accepts', () => {
    const workbook = new ExcelJS.Workbook();
    const awkward = ['', 'History', "'x'", '[a]', 'a'.repeat(50), 'a'.repeat(50), 'A'.repeat(50), '汇总', '汇总'];
    for (const wanted of awkward) {
      expect(() =>
        workbook.addWorksheet(
          uniqueSheetName(
            wanted,
            workbook.worksheets.map((s) => s.name),
          ),
        ),
      ).not.toThrow();
    }
    expect(workbook.worksheets).toHaveLength(awkward.length);
  });
});

describe('itineraryWorkbook: the day', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`has the summary first, then each officer's rows as in the CSV (${language})`, async () => {
      const itinerary = itineraryFixture({ language, profile: 'supervisor' });
      const summary = daySummaryFixture(language);
      const workbook = await open(await itineraryWorkbook([itinerary], summary));
      expect(workbook.worksheets.map((s) => s.name)).toEqual([translate(language, 'itineraryFile.summarySheet'), 'OF-001 李强']);
      expectOfficerSheet(workbook.worksheets[1], itinerary);
      expect(workbook.created.toISOString()).toBe(FIXTURE_EXPORTED_AT);
      expect(workbook.modified.toISOString()).toBe(FIXTURE_EXPORTED_AT);
    });

    it(`lists every officer and every unassigned visit on the summary sheet (${language})`, async () => {
      const summary = daySummaryFixture(language);
      const sheet = (await open(await itineraryWorkbook([], summary))).worksheets[0];
      expect(String(sheet.getCell('A1').value)).toBe(translate(language, 'itinerary.summaryTitle', { date: '2026-11-23' }));
      const { rows } = tableUnder(sheet, summaryHeader(language));
      // 12 030 m is 12.0 km; 2 434 s of travel is 40.6 min, 19 805 s of work 330.1 min.
      expect(rows[0]).toEqual(['OF-001', '李强', '浦西二组', 2, 12, 40.6, 330.1, '08:49', '14:20']);
      expect(rows[1].every((value) => value === '')).toBe(true);
      const unassignedHeader = [
        translate(language, 'itinerary.visitId'),
        translate(language, 'itinerary.reasons'),
        translate(language, 'itineraryFile.unassignedMessage'),
      ];
      const unassigned = tableUnder(sheet, unassignedHeader).rows;
      const reasons = ['reason.no_skilled_officer', 'reason.capacity'] as const;
      const joined = reasons.map((key) => translate(language, key)).join(language === 'zh' ? '；' : '; ');
      expect(unassigned).toEqual([['V3', joined, summary.unassigned[0].message]]);
    });
  }

  it('says so when every visit is in a route', async () => {
    const summary: DaySummary = { ...daySummaryFixture('en'), unassigned: [] };
    const values = sheetValues((await open(await itineraryWorkbook([], summary))).worksheets[0], 1).flat();
    expect(values).toContain(translate('en', 'itinerary.unassignedNone'));
  });

  it('gives every officer a valid, unique sheet, even with awkward or repeated names', async () => {
    const base = itineraryFixture({ language: 'zh' });
    const itineraries = [
      withOfficer(base, 'OF-001', '李强'),
      withOfficer(base, 'OF-002', 'Zhang/Wei [team: *B?]'),
      withOfficer(base, 'OF-003', '欧阳'.repeat(20)),
      withOfficer(base, 'OF-003', '欧阳'.repeat(20)),
      withOfficer(base, 'of-001', '李强'),
      withOfficer(base, '', "'"),
    ];
    const workbook = await open(await itineraryWorkbook(itineraries, daySummaryFixture('zh')));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toHaveLength(itineraries.length + 1);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(names[2]).toBe('OF-002 Zhang_Wei _team_ _B__');
    itineraries.forEach((itinerary, i) => expectOfficerSheet(workbook.worksheets[i + 1], itinerary));
  });
});

describe('itineraryWorkbook: cell types', () => {
  const plan = planFixture();
  const visits = fixtureVisits();
  visits.set('V1', visitFixture('V1', { notes: '=HYPERLINK("http://x","y")', phone: '+86 170 0000 9999' }));
  visits.set('V2', { ...visits.get('V2')!, notes: '@SUM(A1)', customerId: '0012345' });
  const itinerary = buildItinerary({
    route: plan.routes[0],
    visits,
    officer: officerFixture(),
    date: plan.date,
    profile: 'supervisor',
    settings: DEFAULT_ITINERARY_SETTINGS,
    language: 'en',
    exportedAt: FIXTURE_EXPORTED_AT,
    codeFor: (visitId) => `0000${visitId.slice(1)}`.padStart(8, '0'),
  });

  it('keeps formula-like text a plain string and codes and phones as text', async () => {
    const bytes = await itineraryWorkbook([itinerary], { ...daySummaryFixture('en'), officers: [], unassigned: [] });
    const sheet = (await open(bytes)).worksheets[0];
    expectOfficerSheet(sheet, itinerary);
    const { headerRow } = tableUnder(sheet, itineraryHeaders('en'));
    const cellOf = (row: number, column: (typeof ITINERARY_COLUMNS)[number]) =>
      sheet.getRow(headerRow + row).getCell(ITINERARY_COLUMNS.indexOf(column) + 1);
    for (const [row, column, value] of [
      [2, 'notes', '=HYPERLINK("http://x","y")'],
      [4, 'notes', '@SUM(A1)'],
      [2, 'phone', '+86 170 0000 9999'],
      [4, 'customer_id', '0012345'],
      [2, 'verification_code', '00000001'],
    ] as const) {
      expect(cellOf(row, column).type).toBe(ExcelJS.ValueType.String);
      expect(cellOf(row, column).value).toBe(value);
    }
    expect(cellOf(2, 'distance_m').type).toBe(ExcelJS.ValueType.Number);
    expect(cellOf(2, 'lat').value).toBe(31.194);
    const files = unzipSync(bytes);
    const sheetXml = Object.keys(files).filter((path) => path.startsWith('xl/worksheets/sheet'));
    for (const path of sheetXml) expect(strFromU8(files[path])).not.toContain('<f>');
  });
});

describe('itineraryWorkbook: whose file', () => {
  it("writes no summary sheet into an officer's own workbook, nor anything of the rest of the day", async () => {
    const itinerary = itineraryFixture({ language: 'zh' });
    const summary = daySummaryFixture('zh');
    const bytes = await itineraryWorkbook([itinerary], { ...summary, officers: [], unassigned: [] });
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['OF-001 李强']);
    expectOfficerSheet(workbook.worksheets[0], itinerary);
    const text = Object.values(unzipSync(bytes))
      .map((data) => strFromU8(data))
      .join('\n');
    expect(text).not.toContain(summary.unassigned[0].message);
    expect(text).not.toContain(translate('zh', 'itineraryFile.summarySheet'));
  });

  it('writes the summary sheet alone for the dispatcher', async () => {
    const workbook = await open(await itineraryWorkbook([], daySummaryFixture('en')));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary']);
  });
});

describe('itineraryWorkbook: reproducible', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes whenever it runs', async () => {
    const write = () => itineraryWorkbook([itineraryFixture()], daySummaryFixture());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await write();
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const second = await write();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
