// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createRef } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { ImportReport } from '../../../../shared/api/import-report';
import { ImportPanel } from '../../../../renderer/features/import/ImportPanel';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { realBackend, stubDialog, visitLine, visitsFile } from './import-test-kit';

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
  const onClose = vi.fn();
  const onImported = vi.fn<(report: ImportReport) => void>();
  const opener = createRef<HTMLButtonElement>();
  renderWithProviders(
    <>
      <button ref={opener} type="button">
        opener
      </button>
      <ImportPanel onClose={onClose} onImported={onImported} returnFocusTo={opener} />
    </>,
    { transport: fakeTransport(handlers), language },
  );
  return { onClose, onImported, opener, dialog: screen.getByRole('dialog') };
}

function choose(file: File, dialog: HTMLElement, label = 'File (CSV, XLSX or TXT)') {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { files: [file] } });
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
/** Each call's one file with the options it was sent with. */
const calls = () => importSpy.mock.calls.map(([{ files, dryRun, validRowsOnly }]) => ({ ...files[0], dryRun, validRowsOnly }));

describe('ImportPanel', () => {
  it('checks a chosen file at once and shows its facts and row errors', async () => {
    const { dialog } = open();
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'Visits' }));
    choose(visitsFile([visitLine(1), visitLine(2, { lat: 'north' }), visitLine(3)]), dialog);
    const table = await within(dialog).findByRole('table', { name: 'Problems (1)' });
    expect(cells(within(table).getAllByRole('row')[1])).toEqual(['3', 'lat', 'north', 'Latitude must be a number between -90 and 90.']);
    const status = within(dialog).getByRole('status');
    expect(status.textContent).toBe('Importing would add 2 new and update 0.');
    const facts = within(dialog).getByRole('region', { name: 'Check of the file' });
    expect(within(facts).getByText('File').nextSibling!.textContent).toBe('visits.csv');
    expect(within(facts).getByText('Encoding').nextSibling!.textContent).toBe('utf-8');
    expect(within(facts).getByText('Rows').nextSibling!.textContent).toBe('3');
    expect(within(facts).getByText('Valid rows').nextSibling!.textContent).toBe('2');
    expect(calls()).toEqual([expect.objectContaining({ kind: 'visits', fileName: 'visits.csv', dryRun: true, validRowsOnly: false })]);
    // A dry run stores nothing.
    expect((await handlers['workspace.status']({})).dates).toEqual([]);
  });

  it('imports only the valid rows when asked, then reports what was stored', async () => {
    const { dialog, onImported } = open();
    choose(visitsFile([visitLine(1), visitLine(2, { lat: 'north' }), visitLine(3)]), dialog);
    const importAll = await within(dialog).findByRole<HTMLButtonElement>('button', { name: 'Import' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Import only the valid rows (2)' })).toBeTruthy());
    expect(importAll.disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import only the valid rows (2)' }));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Stored 2 new, 0 updated.'));
    expect(calls().at(-1)).toEqual(expect.objectContaining({ dryRun: false, validRowsOnly: true }));
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(onImported.mock.calls[0][0]).toMatchObject({ written: true, inserted: 2, errors: [expect.objectContaining({ line: 3 })] });
    expect((await handlers['workspace.status']({})).dates).toEqual(['2027-01-15']);
    // The import buttons are gone; focus waits on Close.
    expect(within(dialog).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('imports a clean file in full: Import enabled, no valid-rows-only offer', async () => {
    const { dialog, onImported } = open();
    choose(visitsFile([visitLine(1), visitLine(2)]), dialog);
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Importing would add 2 new and update 0.'));
    expect(within(dialog).getByText('No problems found.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /only the valid rows/ })).toBeNull();
    const importAll = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Import' });
    expect(importAll.disabled).toBe(false);
    fireEvent.click(importAll);
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(calls().at(-1)).toEqual(expect.objectContaining({ dryRun: false, validRowsOnly: false }));
    // The same file again updates instead of adding.
    choose(visitsFile([visitLine(1), visitLine(2)]), dialog);
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Importing would add 0 new and update 2.'));
  });

  it('offers no import at all when every row is wrong', async () => {
    const { dialog } = open();
    choose(visitsFile([visitLine(1, { lat: 'north' }), visitLine(2, { lat: '' })]), dialog);
    await within(dialog).findByRole('table', { name: 'Problems (2)' });
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Import' }).disabled).toBe(true);
    expect(within(dialog).queryByRole('button', { name: /only the valid rows/ })).toBeNull();
  });

  it('lists 200 errors and counts the rest', async () => {
    const { dialog } = open();
    const lines = Array.from({ length: 230 }, (_, i) => visitLine(i + 1, { lat: 'north' }));
    choose(visitsFile(lines), dialog);
    const table = await within(dialog).findByRole('table', { name: 'Problems (230)' });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(within(dialog).getByText('And 30 more.')).toBeTruthy();
  });

  it('speaks Chinese: reasons from the back end and the buttons', async () => {
    const { dialog } = open('zh');
    choose(visitsFile([visitLine(1), visitLine(2, { lat: 'north' })]), dialog, '文件（CSV、XLSX 或 TXT）');
    const table = await within(dialog).findByRole('table', { name: '问题（1）' });
    expect(cells(within(table).getAllByRole('row')[1])).toEqual(['3', 'lat', 'north', '纬度必须是 -90 到 90 之间的数字。']);
    expect(within(dialog).getByRole('button', { name: '仅导入 1 条有效行' })).toBeTruthy();
    expect(within(dialog).getByRole('status').textContent).toBe('导入后将新增 1 条，更新 0 条。');
  });

  it('shows a file-level error in the current language inside the dialog', async () => {
    const { dialog } = open('zh');
    choose(new File([''], 'empty.csv'), dialog, '文件（CSV、XLSX 或 TXT）');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('文件“empty.csv”是空的');
    expect(within(dialog).queryByRole('region', { name: '文件检查结果' })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: '关闭' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('checks again as officers when the kind changes', async () => {
    const { dialog } = open();
    choose(visitsFile([visitLine(1)]), dialog);
    await waitFor(() => expect(within(dialog).getByText('No problems found.')).toBeTruthy());
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Officers' }));
    await waitFor(() => expect(calls()).toHaveLength(2));
    expect(calls()[1]).toEqual(expect.objectContaining({ kind: 'officers', dryRun: true }));
    // A visits file is not an officers file: the check says so, and the old preview is gone.
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The file "visits.csv" lacks 6 required columns: Officer ID (header "officer_id", "工号"');
    expect(within(dialog).queryByText('No problems found.')).toBeNull();
  });

  it('closes with Escape or Cancel and gives focus back to the opener', async () => {
    const { dialog, onClose } = open();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
