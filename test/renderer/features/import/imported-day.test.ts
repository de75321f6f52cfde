import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../shared/api/import-report';
import { translate } from '../../../../shared/i18n';
import { dayAfterImport, importedNotice } from '../../../../renderer/features/import/imported-day';

function stored(dates: string[], overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    kind: 'visits',
    fileName: 'visits.csv',
    encoding: 'utf-8',
    rowCount: 2,
    validCount: 2,
    errors: [],
    ignoredColumns: [],
    dryRun: false,
    written: true,
    inserted: 2,
    updated: 0,
    dates,
    ...overrides,
  };
}

const today = '2026-11-23';

describe('dayAfterImport', () => {
  it('moves to the one day a file wrote, past or future', () => {
    expect(dayAfterImport(stored(['2026-11-24']), today, today)).toBe('2026-11-24');
    expect(dayAfterImport(stored(['2026-11-02']), today, today)).toBe('2026-11-02');
    expect(dayAfterImport(stored(['2026-11-24']), null, today)).toBe('2026-11-24');
  });

  it('of several days, moves to the first from today on, else to the latest', () => {
    const dates = ['2026-11-20', '2026-11-25', '2026-11-27'];
    expect(dayAfterImport(stored(dates), '2026-12-01', today)).toBe('2026-11-25');
    expect(dayAfterImport(stored(['2026-11-20', '2026-11-23']), '2026-12-01', today)).toBe('2026-11-23');
    expect(dayAfterImport(stored(['2026-11-18', '2026-11-20']), '2026-12-01', today)).toBe('2026-11-20');
  });

  it('stays when the day on screen got rows, or nothing was written, or the file held officers', () => {
    expect(dayAfterImport(stored(['2026-11-23', '2026-11-24']), '2026-11-24', today)).toBeNull();
    expect(dayAfterImport(stored(['2026-11-24'], { written: false, dryRun: true }), today, today)).toBeNull();
    expect(dayAfterImport(stored([], { kind: 'officers' }), today, today)).toBeNull();
  });
});

describe('importedNotice', () => {
  it('says which day the board now shows, in both languages, only when it moved', () => {
    const moved = importedNotice(stored(['2026-11-24']), '2026-11-24');
    expect(translate('en', moved.key, moved.values)).toBe(
      'Imported visits.csv: stored 2 new, 0 updated. Showing 2026-11-24, the day you imported.',
    );
    expect(translate('zh', moved.key, moved.values)).toBe('已导入 visits.csv：新增 2 条，更新 0 条。现在显示 2026-11-24，即您导入的日期。');
    const stayed = importedNotice(stored(['2026-11-23']), null);
    expect(translate('en', stayed.key, stayed.values)).toBe('Imported visits.csv: stored 2 new, 0 updated.');
  });

  it('says which days the import left with a plan needing attention', () => {
    const flagged = importedNotice(stored(['2026-11-23']), '2026-11-23', ['2026-11-23', '2026-11-24']);
    expect(translate('en', flagged.key, flagged.values)).toBe(
      'Imported visits.csv: stored 2 new, 0 updated. The plans for 2026-11-23, 2026-11-24 now need attention: they no longer match the data.',
    );
    const one = importedNotice(stored(['2026-11-23']), null, ['2026-11-23']);
    expect(translate('zh', one.key, one.values)).toBe(
      '已导入 visits.csv：新增 2 条，更新 0 条。2026-11-23 的方案现在需要处理：已与数据不符。',
    );
  });
});
