import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { createEventHub } from '../../../electron/backend/events';
import { exportViaDialog, importViaDialog, type DialogDeps } from '../../../electron/main/dialogs';
import { createFakeHandlers } from '../../e2e/fake-backend/fake-handlers';

function setUp(answers: { open?: string[] | null; save?: string | null } = {}) {
  const handlers: Handlers = createFakeHandlers(createEventHub());
  const dialog = {
    showOpenDialog: vi.fn(async () => (answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => (answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async (_window: unknown, _options: { type?: string; message: string }) => ({ response: 0, checkboxChecked: false })),
  };
  const reload = vi.fn();
  const deps: DialogDeps = { dialog: dialog as never, window: { webContents: { reload } } as never, handlers, language: 'en' };
  return { deps, dialog, handlers, reload };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'dialogs-'));

describe('importViaDialog', () => {
  it('sends the picked file as base64 through dispatch and reloads after a write', async () => {
    const file = path.join(tempDir(), '走访.csv');
    writeFileSync(file, 'id,date\nV1,2026-11-23\n');
    const { deps, handlers, reload, dialog } = setUp({ open: [file] });
    const spy = vi.spyOn(handlers, 'import.file').mockImplementation(async (input) => ({
      kind: input.kind, fileName: input.fileName, encoding: 'utf-8', rowCount: 1, validCount: 1, errors: [],
      ignoredColumns: [], dryRun: false, written: true, inserted: 1, updated: 0,
    }));
    const report = await importViaDialog(deps, 'visits');
    expect(report?.inserted).toBe(1);
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({
      kind: 'visits', fileName: '走访.csv', contentBase64: Buffer.from('id,date\nV1,2026-11-23\n').toString('base64'), dryRun: false,
    }));
    expect(reload).toHaveBeenCalled();
    expect(dialog.showMessageBox.mock.calls[0][1]).toMatchObject({ type: 'info', message: expect.stringContaining('1 of 1 rows imported') });
  });

  it('shows problems and does not reload when nothing was written', async () => {
    const file = path.join(tempDir(), 'officers.csv');
    writeFileSync(file, 'x');
    const { deps, handlers, reload, dialog } = setUp({ open: [file] });
    vi.spyOn(handlers, 'import.file').mockImplementation(async (input) => ({
      kind: input.kind, fileName: input.fileName, encoding: 'utf-8', rowCount: 2, validCount: 1, ignoredColumns: [],
      errors: [{ line: 3, field: 'lat', value: 'abc', message: { en: 'lat is not a number.', zh: '纬度不是数字。' } }],
      dryRun: false, written: false, inserted: 0, updated: 0,
    }));
    await importViaDialog({ ...deps, language: 'zh' }, 'officers');
    expect(reload).not.toHaveBeenCalled();
    const shown = dialog.showMessageBox.mock.calls[0][1];
    expect(shown.type).toBe('warning');
    expect(shown.message).toContain('3: 纬度不是数字。');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { deps, handlers } = setUp({ open: null });
    const spy = vi.spyOn(handlers, 'import.file');
    expect(await importViaDialog(deps, 'visits')).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('exportViaDialog', () => {
  it('exports the current day to the chosen file', async () => {
    const target = path.join(tempDir(), 'out.csv');
    const { deps, handlers } = setUp({ save: target });
    await handlers['workspace.loadDemo']({ visits: 4, officers: 1 });
    await handlers['plans.solve']({ date: '2026-11-23', seconds: 1, seed: 1 });
    expect(await exportViaDialog(deps)).toEqual([target]);
    expect(readFileSync(target, 'utf8')).toMatch(/^officer,order,visit,startSec\nOF001,1,/);
  });

  it('writes several files into a chosen folder, never outside it', async () => {
    const folder = tempDir();
    const { deps, handlers } = setUp({ open: [folder] });
    await handlers['workspace.loadDemo']({ visits: 2, officers: 1 });
    vi.spyOn(handlers, 'exports.day').mockResolvedValue({ files: [
      { name: 'a.csv', mediaType: 'text/csv', content: 'a' },
      { name: '../../escape.csv', mediaType: 'text/csv', content: 'b' },
    ] });
    expect(await exportViaDialog(deps)).toEqual([path.join(folder, 'a.csv'), path.join(folder, 'escape.csv')]);
    expect(readFileSync(path.join(folder, 'escape.csv'), 'utf8')).toBe('b');
  });

  it('explains when there is no day to export', async () => {
    const { deps, dialog } = setUp({ save: '/nowhere.csv' });
    expect(await exportViaDialog(deps)).toEqual([]);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showMessageBox.mock.calls[0][1]).toMatchObject({ type: 'error', message: 'There is no day to export yet.' });
  });
});
