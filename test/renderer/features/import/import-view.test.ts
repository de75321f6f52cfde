import { describe, expect, it } from 'vitest';
import type { ImportReport, RowError } from '../../../../shared/api/import-report';
import { errorRows, importChoices, MAX_ERROR_ROWS, outcomePhrase, previewFacts } from '../../../../renderer/features/import/import-view';

const labels = { wholeFile: 'WHOLE FILE', wholeRow: 'WHOLE ROW' };

function rowError(line: number, field = 'lat', value = 'north', header = field): RowError {
  return { line, field, header, value, message: { en: `Bad ${field} on ${line}.`, zh: `第 ${line} 行 ${field} 有误。` } };
}

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    kind: 'visits',
    fileName: 'visits.csv',
    encoding: 'utf-8',
    rowCount: 3,
    validCount: 3,
    errors: [],
    ignoredColumns: [],
    dryRun: true,
    written: false,
    inserted: 2,
    updated: 1,
    dates: [],
    ...overrides,
  };
}

describe('errorRows', () => {
  it("prints line, the file's own header, value and the reason in the chosen language", () => {
    const errors = [rowError(3, 'lat', 'north', 'Latitude'), rowError(4, 'windows', '25:00-26:00', '预约时段')];
    expect(errorRows(errors, 'en', labels)).toEqual({
      rows: [
        { key: '0:3:lat', line: '3', column: 'Latitude', value: 'north', reason: 'Bad lat on 3.' },
        { key: '1:4:windows', line: '4', column: '预约时段', value: '25:00-26:00', reason: 'Bad windows on 4.' },
      ],
      moreCount: 0,
    });
    expect(errorRows(errors, 'zh', labels).rows.map((r) => r.reason)).toEqual(['第 3 行 lat 有误。', '第 4 行 windows 有误。']);
  });

  it('names a column the file lacks by the catalogue, in the chosen language', () => {
    const lacking = [rowError(6, 'end_lat', '', '')];
    expect(errorRows(lacking, 'en', labels).rows[0].column).toBe('End latitude (not in the file)');
    expect(errorRows(lacking, 'zh', labels).rows[0].column).toBe('终点纬度（文件中没有此列）');
  });

  it('names whole-file (line 0) and whole-row (*) errors in words', () => {
    const { rows } = errorRows([rowError(0, 'date', ''), rowError(7, '*', 'x')], 'en', labels);
    expect(rows.map((r) => [r.line, r.column])).toEqual([
      ['WHOLE FILE', 'date'],
      ['7', 'WHOLE ROW'],
    ]);
  });

  it('lists at most 200 errors and counts the rest', () => {
    const errors = Array.from({ length: 250 }, (_, i) => rowError(i + 2));
    const { rows, moreCount } = errorRows(errors, 'en', labels);
    expect(MAX_ERROR_ROWS).toBe(200);
    expect(rows).toHaveLength(200);
    expect(rows[199].line).toBe('201');
    expect(moreCount).toBe(50);
    expect(errorRows(errors, 'en', labels, 10)).toMatchObject({ moreCount: 240 });
    // Keys stay unique when one line has several errors.
    const twice = errorRows([rowError(5, 'lat'), rowError(5, 'lat')], 'en', labels).rows;
    expect(new Set(twice.map((r) => r.key)).size).toBe(2);
  });
});

describe('importChoices', () => {
  it('allows a full import only for a file without errors', () => {
    expect(importChoices(report())).toEqual({ canImportAll: true, canImportValidOnly: false, validCount: 3 });
    expect(importChoices(report({ validCount: 2, errors: [rowError(3)] }))).toEqual({
      canImportAll: false,
      canImportValidOnly: true,
      validCount: 2,
    });
  });

  it('offers nothing when no row is valid or nothing was checked yet', () => {
    expect(importChoices(report({ validCount: 0, errors: [rowError(2)] }))).toEqual({
      canImportAll: false,
      canImportValidOnly: false,
      validCount: 0,
    });
    expect(importChoices(report({ rowCount: 0, validCount: 0 })).canImportAll).toBe(false);
    expect(importChoices(null)).toEqual({ canImportAll: false, canImportValidOnly: false, validCount: 0 });
  });
});

describe('outcomePhrase and previewFacts', () => {
  it('says what a dry run would do, what was stored, or that nothing was', () => {
    expect(outcomePhrase(report())).toEqual({ key: 'import.wouldAdd', values: { inserted: 2, updated: 1 } });
    expect(outcomePhrase(report({ dryRun: false, written: true, inserted: 5, updated: 0 }))).toEqual({
      key: 'import.stored',
      values: { inserted: 5, updated: 0 },
    });
    expect(outcomePhrase(report({ dryRun: false, written: false })).key).toBe('import.nothingStored');
  });

  it('lists file, encoding, counts, and ignored columns only when there are some', () => {
    expect(previewFacts(report({ encoding: 'gb18030' }))).toEqual([
      { label: 'import.fact.file', value: 'visits.csv' },
      { label: 'import.fact.encoding', value: 'gb18030' },
      { label: 'import.fact.rows', value: '3' },
      { label: 'import.fact.valid', value: '3' },
    ]);
    expect(previewFacts(report({ ignoredColumns: ['colour', '备注2'] })).at(-1)).toEqual({
      label: 'import.fact.ignored',
      value: 'colour, 备注2',
    });
  });
});
