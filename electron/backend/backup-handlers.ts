import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../shared/api/contract';
import { badInput } from '../../shared/api/errors';
import { message } from '../../shared/i18n';
import type { Repos } from './db/repos';
import { backupFolderOf, listBackups, takeBackup } from './services/backup-service';
import { requireSupervisor, type Session } from './services/session-service';

type BackupMethod = 'workspace.backup' | 'workspace.backups' | 'settings.backups' | 'settings.setBackups';

/**
 * Backups (issue 21): anyone may take one now (the menu's Back up now); turning the daily ones off
 * or keeping fewer is a supervisor's decision. `root` (the user-data folder's `backups`) is null for
 * a workspace kept in memory.
 */
export function createBackupHandlers(
  db: Db,
  repos: Repos,
  session: Session,
  root: string | null,
  by: { actor: () => string; clock: () => Date },
): Pick<Handlers, BackupMethod> {
  const inFolder = (): string => {
    if (root === null || db.memory) throw badInput(message('backup.noFolder'));
    return backupFolderOf(root, db);
  };
  return {
    'workspace.backup': () => takeBackup(db, inFolder(), 'manual', { actor: by.actor(), clock: by.clock }),
    'workspace.backups': () => ({ folder: inFolder(), backups: listBackups(db, inFolder()) }),
    'settings.backups': () => repos.settings.backupSettings(),
    'settings.setBackups': (settings) => {
      requireSupervisor(session, 'users.action.changeBackups');
      repos.transaction(() => {
        repos.settings.setBackupSettings(settings);
        repos.audit.append({ action: 'settings.backupsChanged', entity: 'settings', detail: settings });
      });
      return repos.settings.backupSettings();
    },
  };
}
