import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { createEventHub } from '../../../electron/backend/events';
import { createHandlers } from '../../../electron/backend/handlers';
import { backupFolderOf, dailyBackup, listBackups, scheduleDailyBackups } from '../../../electron/backend/services/backup-service';
import { openWorkspaceFile, rawWorkspace } from '../../support/workspace-keys';
import { TEST_SUPERVISOR } from '../../support/test-workspace';

describe('backups in the backup folder', () => {
  let dir: string;
  let folder: string;
  let db: Db;
  let now: Date;
  const by = () => ({ actor: 'app', clock: () => now });
  const root = () => path.join(dir, 'backups');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-backups-'));
    db = openWorkspaceFile(path.join(dir, 'north.sqlite'));
    folder = backupFolderOf(root(), db);
    now = new Date('2026-12-07T01:00:00Z'); // 09:00 in Shanghai
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes one daily backup per local day and keeps the newest `keep`, leaving the ones a person took', async () => {
    const handlers = createHandlers(db, { events: createEventHub(), clock: () => now, backupsFolder: root() });
    const manual = await handlers['workspace.backup']({});
    expect(path.basename(manual.file)).toBe('north-manual-20261207T010000Z.sqlite');
    // A folder per workspace: another `north` elsewhere keeps its backups apart.
    expect(path.dirname(manual.file)).toMatch(/backups[\\/]north-[0-9a-f]{8}$/);
    const settings = { daily: true, keep: 2 };
    expect(dailyBackup(db, folder, settings, by())).toMatch(/north-daily-20261207T010000Z\.sqlite$/);
    now = new Date('2026-12-07T09:00:00Z'); // 17:00 the same day there
    expect(dailyBackup(db, folder, settings, by())).toBeNull();
    for (const day of ['2026-12-08', '2026-12-09', '2026-12-10']) {
      now = new Date(`${day}T02:00:00Z`);
      expect(dailyBackup(db, folder, settings, by())).not.toBeNull();
    }
    const kept = listBackups(db, folder);
    expect(kept.map((b) => [path.basename(b.file), b.daily])).toEqual([
      ['north-daily-20261210T020000Z.sqlite', true],
      ['north-daily-20261209T020000Z.sqlite', true],
      ['north-manual-20261207T010000Z.sqlite', false],
    ]);
    expect(kept[0].takenAt).toBe('2026-12-10T02:00:00.000Z');
    expect(dailyBackup(db, folder, { daily: false, keep: 2 }, by())).toBeNull();
    // A backup is a whole, encrypted workspace whose audit trail records it.
    const copy = rawWorkspace(kept[0].file);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare("SELECT count(*) FROM audit_log WHERE action = 'workspace.backedUp'").pluck().get()).toBe(5);
    copy.close();
    expect(fs.readFileSync(kept[0].file).subarray(0, 15).toString()).not.toBe('SQLite format 3');
  });

  it('lists the backups with the settings, which only a supervisor changes', async () => {
    const handlers = createHandlers(db, { events: createEventHub(), clock: () => now, backupsFolder: root() });
    await expect(handlers['settings.setBackups']({ daily: false, keep: 3 })).rejects.toThrow(/supervisor/);
    await handlers['users.save'](TEST_SUPERVISOR);
    await handlers['session.signIn']({ userId: TEST_SUPERVISOR.id });
    expect(await handlers['settings.setBackups']({ daily: false, keep: 3 })).toEqual({ daily: false, keep: 3 });
    expect(await handlers['settings.backups']({})).toEqual({ daily: false, keep: 3 });
    expect(await handlers['workspace.backups']({})).toEqual({ folder, backups: [] });
    const memory = createHandlers(openWorkspaceFile(':memory:'), { events: createEventHub() });
    await expect(memory['workspace.backup']({})).rejects.toThrow('This workspace has no backup folder');
  });

  it('runs on a schedule, reporting a failure instead of stopping', () => {
    const errors: unknown[] = [];
    const stop = scheduleDailyBackups(db, folder, by(), (error) => errors.push(error), 10_000);
    stop();
    expect(listBackups(db, folder)).toHaveLength(1);
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    scheduleDailyBackups(db, path.join(blocked, 'backups'), by(), (error) => errors.push(error), 10_000)();
    expect(errors).toHaveLength(1);
  });
});
