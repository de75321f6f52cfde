// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolderOf, dailyBackup } from '../../../../electron/backend/services/backup-service';
import { BackupsSettings } from '../../../../renderer/features/settings/BackupsSettings';
import { backupRows, keptCount, sizeOf } from '../../../../renderer/features/settings/backups-model';
import { openFileTestWorkspace } from '../../../support/file-test-workspace';
import { useTempDir } from '../../../support/temp-dir';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { addProfiles, LI, renderInSession, ZHOU } from '../users/session-kit';

const tempDir = useTempDir();
let ws: TestWorkspace & { backupsFolder: string };
let now: Date;
let folder: string;

beforeEach(() => {
  now = new Date('2026-11-22T01:00:00Z');
  ws = openFileTestWorkspace(tempDir(), { clock: () => now });
  folder = backupFolderOf(ws.backupsFolder, ws.db);
  // Yesterday's daily backup, taken by the schedule.
  dailyBackup(ws.db, folder, { daily: true, keep: 7 }, { actor: 'app', clock: () => now });
  now = new Date('2026-11-23T04:00:00Z');
});
afterEach(() => {
  cleanup();
  expect(ws.unexpected).toEqual([]);
  ws.close();
  localStorage.clear();
});

const table = () => screen.findByRole('table', { name: 'Backups, newest first' });
const rows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('BackupsSettings', () => {
  it('shows the backup folder, the daily backups kept and the backups taken', async () => {
    await addProfiles(ws.handlers, [ZHOU], ZHOU);
    renderInSession(<BackupsSettings />, ws);
    const listed = rows(await table());
    expect(screen.getByLabelText<HTMLInputElement>('Backup folder').value).toBe(folder);
    expect(screen.getByLabelText<HTMLInputElement>('Take a backup every day').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Daily backups kept (1–365)').value).toBe('7');
    expect(listed).toHaveLength(1);
    const [takenAt, by, size, file] = cells(listed[0]);
    expect(takenAt).toBe(new Date('2026-11-22T01:00:00Z').toLocaleString('en-GB'));
    expect([by, file]).toEqual(['The daily backup', 'north-daily-20261122T010000Z.sqlite']);
    expect(size).toMatch(/^\d+ KB$/);
  });

  it('shows a dispatcher the settings read-only, with why, and no way to save them', async () => {
    await addProfiles(ws.handlers, [ZHOU, LI], LI);
    renderInSession(<BackupsSettings />, ws);
    expect(
      await screen.findByText('Only a supervisor may change the daily backups; Li Na (li.na) is signed in as a dispatcher.'),
    ).toBeTruthy();
    const daily = screen.getByLabelText<HTMLInputElement>('Take a backup every day');
    const keep = screen.getByLabelText<HTMLInputElement>('Daily backups kept (1–365)');
    expect([daily.disabled, keep.disabled]).toEqual([true, true]);
    expect(keep.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save backup settings' })).toBeNull();
    // The same refusal from the back end, should a dispatcher's screen try.
    await expect(ws.handlers['settings.setBackups']({ daily: false, keep: 1 })).rejects.toThrow(/Only a supervisor/);
    expect(await ws.handlers['settings.backups']({})).toEqual({ daily: true, keep: 7 });
  });

  it('says in Chinese that nobody is signed in', async () => {
    await addProfiles(ws.handlers, [ZHOU], null);
    renderInSession(<BackupsSettings />, ws, 'zh');
    expect(await screen.findByRole('heading', { name: '备份' })).toBeTruthy();
    expect(screen.getByText(/只有主管可以修改每日备份设置/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('每天自动备份').disabled).toBe(true);
  });

  it('lets a supervisor change how many daily backups are kept, or turn them off, audited', async () => {
    await addProfiles(ws.handlers, [ZHOU], ZHOU);
    renderInSession(<BackupsSettings />, ws);
    const keep = await screen.findByLabelText<HTMLInputElement>('Daily backups kept (1–365)');
    fireEvent.change(keep, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save backup settings' }));
    expect(await screen.findByText('Backup settings saved.')).toBeTruthy();
    expect(await ws.handlers['settings.backups']({})).toEqual({ daily: true, keep: 30 });

    fireEvent.click(screen.getByLabelText('Take a backup every day'));
    expect(keep.disabled).toBe(true);
    expect(screen.queryByText('Backup settings saved.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save backup settings' }));
    expect(await screen.findByText('Backup settings saved.')).toBeTruthy();
    expect(await ws.handlers['settings.backups']({})).toEqual({ daily: false, keep: 30 });
    const audit = ws.db
      .prepare(`SELECT detail_json FROM audit_log WHERE action = 'settings.backupsChanged' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(audit.map((detail) => JSON.parse(detail))).toEqual([
      { daily: true, keep: 30 },
      { daily: false, keep: 30 },
    ]);
  });

  it('takes a backup when anyone presses Back up now, says where, and lists it first', async () => {
    await addProfiles(ws.handlers, [ZHOU, LI], LI);
    renderInSession(<BackupsSettings />, ws);
    expect(rows(await table())).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    const file = path.join(folder, 'north-manual-20261123T040000Z.sqlite');
    expect(await screen.findByText(`Backed up the workspace to ${file}.`)).toBeTruthy();
    expect(fs.existsSync(file)).toBe(true);
    await waitFor(async () => expect(rows(await table())).toHaveLength(2));
    const [newest, older] = rows(await table()).map(cells);
    expect(newest.slice(1)).toEqual([
      'A person (Back up now)',
      `${Math.max(1, Math.round(fs.statSync(file).size / 1024))} KB`,
      path.basename(file),
    ]);
    expect(older[1]).toBe('The daily backup');
  });

  it('shows the refusal of Back up now, in the language on screen', async () => {
    await addProfiles(ws.handlers, [ZHOU], ZHOU);
    renderInSession(<BackupsSettings />, ws, 'zh');
    const button = await screen.findByRole('button', { name: '立即备份' });
    fireEvent.click(button);
    expect(await screen.findByText(/已将工作区备份到/)).toBeTruthy();
    // The same second again: the file of that name exists, so nothing is written.
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toMatch(/已存在；请为备份另取文件名/);
  });
});

describe('BackupsSettings on an in-memory workspace', () => {
  it('says there is no backup folder', async () => {
    const memory = openTestWorkspace({ backupsFolder: ws.backupsFolder });
    try {
      renderInSession(<BackupsSettings />, memory);
      expect((await screen.findByRole('alert')).textContent).toBe(
        'This workspace has no backup folder (it is not kept in a file); nothing was backed up.',
      );
      expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
    } finally {
      cleanup();
      memory.close();
    }
  });
});

describe('the backups table model', () => {
  it('writes sizes in KB below a megabyte and in MB above, keeps the order, and clamps the count kept', () => {
    expect([sizeOf(10), sizeOf(150 * 1024), sizeOf(3.25 * 1024 * 1024)]).toEqual([
      { key: 'backups.sizeKb', values: { size: '1' } },
      { key: 'backups.sizeKb', values: { size: '150' } },
      { key: 'backups.sizeMb', values: { size: '3.3' } },
    ]);
    const listed = backupRows(
      [
        { file: 'C:\\data\\north-manual-20261123T040000Z.sqlite', takenAt: '2026-11-23T04:00:00.000Z', bytes: 2048, daily: false },
        { file: '/data/north-daily-20261122T010000Z.sqlite', takenAt: '2026-11-22T01:00:00.000Z', bytes: 4096, daily: true },
      ],
      'zh',
    );
    expect(listed.map((r) => [r.name, r.by])).toEqual([
      ['north-manual-20261123T040000Z.sqlite', 'backups.byPerson'],
      ['north-daily-20261122T010000Z.sqlite', 'backups.byDaily'],
    ]);
    expect(listed[0].takenAt).toBe(new Date('2026-11-23T04:00:00Z').toLocaleString('zh-CN'));
    expect(['0', '', '12.6', '400', 'x'].map(keptCount)).toEqual([1, 1, 13, 365, 1]);
  });
});
