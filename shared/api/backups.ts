import { z } from 'zod';

/** Automatic daily backups: on unless turned off, keeping the newest `keep` of them. */
export const BackupSettings = z.object({
  daily: z.boolean(),
  keep: z.number().int().min(1).max(365),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { daily: true, keep: 7 };

/** One backup file in the workspace's backup folder. */
export const BackupFile = z.object({
  file: z.string(),
  /** When it was taken (ISO time). */
  takenAt: z.string(),
  bytes: z.number().int(),
  /** Taken by the daily schedule (and pruned by it), or by a person. */
  daily: z.boolean(),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** The backup folder and the backups there, newest first. */
export const BackupList = z.object({
  folder: z.string(),
  backups: z.array(BackupFile),
});
export type BackupList = z.infer<typeof BackupList>;
