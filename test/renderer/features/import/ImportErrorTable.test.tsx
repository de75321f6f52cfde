// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { RowError } from '../../../../shared/api/import-report';
import { ImportErrorTable } from '../../../../renderer/features/import/ImportErrorTable';
import { renderWithProviders } from '../../render';
import { realBackend } from './import-test-kit';

let db: Database;
let handlers: Handlers;
beforeEach(() => ({ db, handlers } = realBackend()));
afterEach(() => {
  cleanup();
  db.close();
});

/** The real back end's check of a visits file: its row errors. */
async function errorsOf(lines: string[]): Promise<RowError[]> {
  const contentBase64 = Buffer.from(lines.join('\r\n') + '\r\n').toString('base64');
  const { reports } = await handlers['import.files']({
    files: [{ kind: 'visits', fileName: 'visits.csv', contentBase64 }],
    dryRun: true,
    validRowsOnly: false,
  });
  return reports[0].errors;
}

/** Line and column of each row of the table on screen. */
const lineAndColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 2)
        .map((c) => c.textContent),
    );

// Synthetic rows: line 2 has a latitude in words and a window that ends before it starts, line 3 a field too few.
const rows = [
  'V1,2026-11-24,催收,C1,测试客户,测试路1号,north,121.47,12:00-09:00,AP-1',
  'V2,2026-11-24,催收,C2,测试客户,测试路2号,31.2,121.4,09:00-12:00',
];

describe("ImportErrorTable names columns by the file's own headers", () => {
  it('shows Chinese headers as the file wrote them, whatever the language on screen', async () => {
    const errors = await errorsOf(['外访编号,外访日期,类型,客户号,客户姓名,详细地址,纬度,经度,预约时段,审批单号', ...rows]);
    renderWithProviders(<ImportErrorTable errors={errors} />, { language: 'en' });
    expect(lineAndColumn()).toEqual([
      ['2', '纬度'],
      ['2', '预约时段'],
      ['3', 'Whole row'],
    ]);
    cleanup();
    renderWithProviders(<ImportErrorTable errors={errors} />, { language: 'zh' });
    expect(lineAndColumn()).toEqual([
      ['2', '纬度'],
      ['2', '预约时段'],
      ['3', '整行'],
    ]);
  });

  it('shows English headers as the file wrote them, not the canonical column names', async () => {
    const errors = await errorsOf([
      'Visit ID,Date,Type,Customer ID,Customer Name,Address,Latitude,Longitude,Time Windows,Approval Ref',
      ...rows,
    ]);
    expect(errors.map((e) => e.field)).toEqual(['lat', 'windows', '*']);
    renderWithProviders(<ImportErrorTable errors={errors} />, { language: 'zh' });
    expect(lineAndColumn().map(([, column]) => column)).toEqual(['Latitude', 'Time Windows', '整行']);
  });
});
