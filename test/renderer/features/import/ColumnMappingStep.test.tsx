// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { ImportReport } from '../../../../shared/api/import-report';
import { ImportPanel } from '../../../../renderer/features/import/ImportPanel';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { realBackend, stubDialog } from './import-test-kit';

// The import dialog's column-mapping step (issue 19), over the real back end.

/** A lender's export: none of its headers is a name or alias the import knows. */
const LENDER_HEADER = '任务号,走访日,业务类型,借款人编号,借款人,联系方式,住址,LAT_WGS,LNG_WGS,可约时段,审批单据号,内部备注';
const lenderLine = (n: number) =>
  `LND-${n},2027-03-01,催收,C-LND-${n},测试客户${n},138 0000 0${String(n).padStart(3, '0')},测试路${n}号,31.23,121.47,09:00-12:00,AP-LND-${n},内部`;
const lenderFile = (lines: number[], name = 'lender.csv') =>
  new File([[LENDER_HEADER, ...lines.map(lenderLine)].join('\r\n') + '\r\n'], name, { type: 'text/csv' });

/** The field each column of the lender's file holds, as the dispatcher picks it from the list. */
const PICKS: [string, string][] = [
  ['任务号', 'Visit ID (required)'],
  ['走访日', 'Visit date (required)'],
  ['业务类型', 'Visit type (required)'],
  ['借款人编号', 'Customer ID (required)'],
  ['借款人', 'Customer name (required)'],
  ['联系方式', 'Phone'],
  ['住址', 'Address (required)'],
  ['LAT_WGS', 'Latitude'],
  ['LNG_WGS', 'Longitude'],
  ['可约时段', 'Appointment windows (required)'],
  ['审批单据号', 'Approval number (required)'],
];

let db: Database;
let handlers: Handlers;
let importSpy: MockInstance<Handlers['import.files']>;

beforeAll(stubDialog);
beforeEach(() => {
  ({ db, handlers } = realBackend());
  importSpy = vi.spyOn(handlers, 'import.files');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

function open(language: 'en' | 'zh' = 'en') {
  const onImported = vi.fn<(report: ImportReport) => void>();
  renderWithProviders(<ImportPanel onClose={vi.fn()} onImported={onImported} />, { transport: fakeTransport(handlers), language });
  return { onImported, dialog: screen.getByRole('dialog') };
}

function choose(file: File, dialog: HTMLElement, label = 'File (CSV, XLSX or TXT)') {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { files: [file] } });
}

/** Picks a field for a column by the option's text, as a keyboard user does in the select. */
function pick(step: HTMLElement, header: string, optionText: string) {
  const select = within(step).getByRole<HTMLSelectElement>('combobox', { name: `Read column "${header}" as` });
  const option = within(select).getByRole<HTMLOptionElement>('option', { name: optionText });
  fireEvent.change(select, { target: { value: option.value } });
}

const files = () => importSpy.mock.calls.map(([input]) => ({ ...input.files[0], dryRun: input.dryRun }));

describe('the column-mapping step', () => {
  it('maps an unknown layout, saves it, imports with it, and maps the next file of that layout by itself', async () => {
    const { dialog, onImported } = open();
    choose(lenderFile([1, 2]), dialog);
    const step = await within(dialog).findByRole('region', { name: 'Which field does each column hold?' });
    // The check's refusal stays above it; focus moves to the first column's choice.
    expect(within(dialog).getByRole('alert').textContent).toContain('lacks 8 required columns');
    expect(document.activeElement).toBe(within(step).getByRole('combobox', { name: 'Read column "任务号" as' }));
    const preview = within(step).getByRole('table', { name: 'First rows of the file' });
    expect(within(preview).getAllByRole('row')).toHaveLength(3);
    expect(
      within(preview)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(LENDER_HEADER.split(','));
    const save = within(step).getByRole<HTMLButtonElement>('button', { name: 'Save and check the file' });
    expect(save.disabled).toBe(true);
    expect(within(step).getByRole('listitem').textContent).toMatch(/^No column is read as Visit ID, Visit date, .* and Approval number/);

    for (const [header, option] of PICKS) pick(step, header, option);
    // One field for two columns is refused before anything is sent.
    pick(step, 'LNG_WGS', 'Latitude');
    expect(
      within(step)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['More than one column is read as Latitude ("LAT_WGS" and "LNG_WGS"); choose it for one column only.']);
    expect(within(step).getByRole('combobox', { name: 'Read column "LNG_WGS" as' }).getAttribute('aria-invalid')).toBe('true');
    expect(save.disabled).toBe(true);
    pick(step, 'LNG_WGS', 'Longitude');
    expect(within(step).queryAllByRole('listitem')).toEqual([]);
    const name = within(step).getByRole<HTMLInputElement>('textbox', { name: 'Save the mapping as' });
    expect(name.value).toBe('Files like lender.csv');
    fireEvent.change(name, { target: { value: 'Lender A' } });
    fireEvent.click(save);

    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Importing would add 2 new and update 0.'));
    expect(within(dialog).queryByRole('region', { name: 'Which field does each column hold?' })).toBeNull();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(
      within(dialog).getByText('Columns read with the saved mapping “Lender A”: files with this header row map themselves.'),
    ).toBeTruthy();
    expect((await handlers['import.mappings']({})).map((m) => [m.name, m.columns.find((c) => c.header === '内部备注')?.field])).toEqual([
      ['Lender A', 'ignore'],
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(files().at(-1)).toMatchObject({ mapping: 'Lender A', dryRun: false });
    expect((await handlers['workspace.status']({})).dates).toEqual(['2027-03-01']);

    // The next file from the same source: checked at once, no step, and the dialog says why.
    choose(lenderFile([3], 'lender-next.csv'), dialog);
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Importing would add 1 new and update 0.'));
    expect(files().at(-1)).toMatchObject({ fileName: 'lender-next.csv', dryRun: true });
    expect(files().at(-1)!.mapping).toBeUndefined();
    expect(within(dialog).getByText(/^Columns read with the saved mapping “Lender A”/)).toBeTruthy();
    expect(within(dialog).queryByRole('region', { name: 'Which field does each column hold?' })).toBeNull();
  });

  it('speaks Chinese', async () => {
    const { dialog } = open('zh');
    choose(lenderFile([1]), dialog, '文件（CSV、XLSX 或 TXT）');
    const step = await within(dialog).findByRole('region', { name: '每一列是什么字段？' });
    const select = within(step).getByRole('combobox', { name: '将列“LAT_WGS”读作' });
    expect(within(select).getByRole('option', { name: '纬度' })).toBeTruthy();
    expect(within(select).getByRole('option', { name: '（忽略此列）' })).toBeTruthy();
    expect(within(step).getByRole('button', { name: '保存并检查文件' })).toBeTruthy();
    expect(within(step).getByRole<HTMLInputElement>('textbox', { name: '列映射名称' }).value).toBe('与 lender.csv 相同格式的文件');
  });

  it('shows no step for a file it cannot read at all, only the refusal', async () => {
    const { dialog } = open();
    choose(new File([''], 'empty.csv'), dialog);
    await within(dialog).findByRole('alert');
    expect(within(dialog).queryByRole('region', { name: 'Which field does each column hold?' })).toBeNull();
  });
});
