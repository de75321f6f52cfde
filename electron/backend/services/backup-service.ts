import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { BackupFile, BackupSettings } from '../../../shared/api/backups';
import { backupWorkspace, type BackupActor } from '../db/backup';
import { createSettingsRepo } from '../db/repos/settings-repo';
import { fileStamp } from '../db/workspace-file';
import { localToday } from './workspace-service';

/**
 * Backups of a workspace in its backup folder (issue 21), named `<workspace>-<kind>-<time>.sqlite`:
 * `daily` ones are taken by the schedule once a day and pruned to the newest `keep`; `manual` ones
 * (Back up now) are kept until someone deletes them. They are encrypted as the workspace is.
 */
type BackupKind = 'daily' | 'manual';

const workspaceName = (db: Db) => basename(db.name).replace(/\.sqlite$/, '');
const NAME = /^(.+)-(daily|manual)-(\d{8}T\d{6}Z)\.sqlite$/;

/**
 * The folder of one workspace's backups under `root` (the user-data folder's `backups`): named after
 * the workspace and its place, so two workspaces of the same name elsewhere never share one.
 */
export function backupFolderOf(root: string, db: Db): string {
  const place = createHash('sha256').update(resolve(db.name)).digest('hex').slice(0, 8);
  return join(root, `${workspaceName(db)}-${place}`);
}

/** Takes a backup now into `folder`; returns its file and how many audit entries it holds. */
export function takeBackup(db: Db, folder: string, kind: BackupKind, by: BackupActor): { file: string; entries: number } {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${workspaceName(db)}-${kind}-${fileStamp(by.clock)}.sqlite`);
  return { file, ...backupWorkspace(db, file, by) };
}

/** The workspace's backups in `folder`, newest first. */
export function listBackups(db: Db, folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const name = workspaceName(db);
  return readdirSync(folder)
    .map((entry) => ({ entry, match: NAME.exec(entry) }))
    .filter(({ match }) => match !== null && match[1] === name)
    .map(({ entry, match }) => {
      const file = join(folder, entry);
      const [, , kind, stamp] = match!;
      // The time in the name is the app's clock when it was taken: `20261207T081500Z`.
      const takenAt = stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6.000Z');
      return { file, takenAt, bytes: statSync(file).size, daily: kind === 'daily' };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * The daily backup, when the settings ask for one and none was taken today (the workspace's local
 * day); then the daily backups beyond the newest `keep` are deleted. Returns the new file, if any.
 */
export function dailyBackup(db: Db, folder: string, settings: BackupSettings, by: BackupActor): string | null {
  if (!settings.daily) return null;
  const today = localToday(by.clock);
  const daily = listBackups(db, folder).filter((b) => b.daily);
  if (daily.some((b) => localToday(() => new Date(b.takenAt)) === today)) return null;
  const { file } = takeBackup(db, folder, 'daily', by);
  for (const old of listBackups(db, folder)
    .filter((b) => b.daily)
    .slice(settings.keep))
    rmSync(old.file, { force: true });
  return file;
}

/**
 * Runs the daily backup now and then every hour while the app or `web` runs (a day that starts
 * while it is open gets its backup too). A failure is reported and tried again the next hour.
 * Returns the stop.
 */
export function scheduleDailyBackups(
  db: Db,
  folder: string,
  by: BackupActor,
  onError: (error: unknown) => void,
  everyMs = 60 * 60 * 1000,
): () => void {
  const settings = createSettingsRepo(db);
  const run = () => {
    try {
      dailyBackup(db, folder, settings.backupSettings(), by);
    } catch (error) {
      onError(error);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
