import { z } from 'zod';
import { LocalDate, Message } from '../domain';

/** Longest retention a workspace may set: ten years. */
export const MAX_RETENTION_DAYS = 3650;

/** How long customers' personal data of finished visits is kept; `null` keeps it. */
export const RetentionSettings = z.object({
  keepDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable(),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

/** A purge: `dryRun` only reports; `keepDays` overrides the workspace's setting for this run. */
export const PurgeRequest = z.object({
  dryRun: z.boolean().default(false),
  keepDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).optional(),
});
export type PurgeRequest = z.input<typeof PurgeRequest>;

/** An export recorded in the audit trail whose day is older than the retention: its files are for deleting. */
export const OldExport = z.object({ at: z.string(), date: LocalDate, files: z.array(z.string()) });
export type OldExport = z.infer<typeof OldExport>;

/** What a purge erased (or, for a dry run, would erase), with no personal data in it. */
export const PurgeReport = z.object({
  dryRun: z.boolean(),
  /** The retention applied; null when none is set (nothing is erased). */
  keepDays: z.number().int().nullable(),
  /** Finished visits dated before this day are erased; null when none is set. */
  before: LocalDate.nullable(),
  visits: z.number().int(),
  dates: z.array(z.object({ date: LocalDate, visits: z.number().int() })),
  oldExports: z.array(OldExport),
  message: Message,
});
export type PurgeReport = z.infer<typeof PurgeReport>;
