import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/api/import-report';
import { formatImportReport } from '../../electron/cli/report';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  kind: 'visits',
  fileName: 'visits.csv',
  encoding: 'utf-8',
  rowCount: 1,
  validCount: 0,
  errors: [{ line: 2, field: 'lat', value: 'north', message: { en: 'The latitude is not a number.', zh: '纬度不是数字。' } }],
  ignoredColumns: [],
  dryRun: false,
  written: false,
  inserted: 0,
  updated: 0,
  ...overrides,
});

describe('formatImportReport', () => {
  it('counts one row and one error in the singular', () => {
    expect(formatImportReport(report(), 'en')).toBe(
      'visits visits.csv (utf-8): 1 row, 0 valid, 1 error; nothing stored\n' + '  line 2, lat "north": The latitude is not a number.\n',
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
        '  第 2 行，lat“north”：纬度不是数字。\n',
    );
  });

  it('summarises the errors beyond the first fifty', () => {
    const error = report().errors[0];
    const many = formatImportReport(report({ rowCount: 52, errors: Array.from({ length: 52 }, () => error) }), 'en');
    expect(many).toMatch(/52 rows, 0 valid, 52 errors/);
    expect(many.trimEnd().split('\n').at(-1)).toBe('  … and 2 more errors');
    expect(formatImportReport(report({ errors: Array.from({ length: 51 }, () => error) }), 'en')).toMatch(/… and 1 more error\n$/);
  });
});
