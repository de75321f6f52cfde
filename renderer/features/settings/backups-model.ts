import { BackupSettings, type BackupFile } from '../../../shared/api/backups';
import type { Language, MessageKey } from '../../i18n/language';
import { formatChangedAt } from '../rules/changed-at';

/** A message and its values, rendered with `t` in the screen's language. */
export interface Said {
  key: MessageKey;
  values: Record<string, string>;
}

/** One backup as the table shows it. */
export interface BackupRow {
  file: string;
  /** The file's name without its folder. */
  name: string;
  /** When it was taken, in the machine's (the workspace's) local time. */
  takenAt: string;
  by: MessageKey;
  size: Said;
}

const KB = 1024;
const MB = 1024 * KB;

/** A file's size in KB below a megabyte (at least 1 KB), else in MB with one decimal. */
export function sizeOf(bytes: number): Said {
  return bytes < MB
    ? { key: 'backups.sizeKb', values: { size: String(Math.max(1, Math.round(bytes / KB))) } }
    : { key: 'backups.sizeMb', values: { size: (bytes / MB).toFixed(1) } };
}

/** The backups in the order the back end lists them (newest first), ready for the table. */
export function backupRows(backups: readonly BackupFile[], language: Language): BackupRow[] {
  return backups.map((backup) => ({
    file: backup.file,
    name: backup.file.split(/[\\/]/).pop() ?? backup.file,
    takenAt: formatChangedAt(backup.takenAt, language),
    by: backup.daily ? 'backups.byDaily' : 'backups.byPerson',
    size: sizeOf(backup.bytes),
  }));
}

const { minValue, maxValue } = BackupSettings.shape.keep;
/** The fewest and most daily backups kept, as the contract allows them. */
export const KEPT_RANGE = { min: minValue ?? 1, max: maxValue ?? 365 };

/** The number typed in the "kept" field, as a whole count the contract accepts (empty: the fewest). */
export function keptCount(typed: string): number {
  const count = Math.round(Number(typed));
  return Number.isFinite(count) ? Math.min(Math.max(count, KEPT_RANGE.min), KEPT_RANGE.max) : KEPT_RANGE.min;
}
