import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/api/import-report';
import { formatImportReport } from '../../electron/cli/report';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  kind: 'visits',
  fileName: 'visits.csv',
  encoding: 'utf-8',
  rowCount: 1,
  validCount: 0,
  errors: [
    { line: 2, field: 'lat', header: 'Latitude', value: 'north', message: { en: 'The latitude is not a number.', zh: '纬度不是数字。' } },
  ],
  ignoredColumns: [],
  dryRun: false,
  written: false,
  inserted: 0,
  updated: 0,
  dates: [],
  ...overrides,
});

describe('formatImportReport', () => {
  it('counts one row and one error in the singular', () => {
    expect(formatImportReport(report(), 'en')).toBe(
      'visits visits.csv (utf-8): 1 row, 0 valid, 1 error; nothing stored\n' +
        '  line 2, Latitude "north": The latitude is not a number.\n',
    );
  });

  it('speaks Chinese only, with the ignored columns listed the Chinese way', () => {
    const text = formatImportReport(
      report({ rowCount: 3, validCount: 2, ignoredColumns: ['备用', '其他'], dryRun: true, inserted: 2 }),
      'zh',
    );
    expect(text).toBe(
      '走访 visits.csv（utf-8）：共 3 行，有效 2 行，1 个错误；试运行，未保存（将新增 2 条，更新 0 条）\n' +
        '  已忽略的列：备用和其他\n' +
        '  第 2 行，Latitude“north”：纬度不是数字。\n',
    );
  });

  it("names a column by the file's own header, a whole row by *, and a column the file lacks in words", () => {
    const message = { en: 'Problem.', zh: '问题。' };
    const errors = [
      { line: 3, field: 'windows', header: '预约时段', value: '9-12', message },
      { line: 4, field: '*', header: '*', value: 'a,b', message },
      { line: 5, field: 'end_lat', header: '', value: '', message },
    ];
    const en = formatImportReport(report({ errors }), 'en').split('\n').slice(1, 4);
    expect(en).toEqual([
      '  line 3, 预约时段 "9-12": Problem.',
      '  line 4, * "a,b": Problem.',
      '  line 5, End latitude (not in the file): Problem.',
    ]);
    const zh = formatImportReport(report({ errors }), 'zh').split('\n').slice(1, 4);
    expect(zh).toEqual(['  第 3 行，预约时段“9-12”：问题。', '  第 4 行，*“a,b”：问题。', '  第 5 行，终点纬度（文件中没有此列）：问题。']);
  });

  it('summarises the errors beyond the first fifty', () => {
    const error = report().errors[0];
    const many = formatImportReport(report({ rowCount: 52, errors: Array.from({ length: 52 }, () => error) }), 'en');
    expect(many).toMatch(/52 rows, 0 valid, 52 errors/);
    expect(many.trimEnd().split('\n').at(-1)).toBe('  … and 2 more errors');
    expect(formatImportReport(report({ errors: Array.from({ length: 51 }, () => error) }), 'en')).toMatch(/… and 1 more error\n$/);
  });
});
