import { addDays, type LocalDate, type VisitStatus } from '../domain';
import { message } from '../i18n';

/** Visits whose personal data retention may erase: the officer is done with them. */
export const FINISHED_STATUSES: readonly VisitStatus[] = ['done', 'failed', 'cancelled'];

/**
 * What an erased name or address reads, in both languages at once: the stored row has no
 * language, and either reader must see that it was erased on purpose, not lost.
 */
export const ERASED_TEXT = ((s) => `${s.zh} ${s.en}`)(message('retention.erased'));

/**
 * The first day whose finished visits keep their personal data: `keepDays` before today. A visit
 * dated earlier is past the retention; null (keep) erases nothing.
 */
export function retentionCutoff(today: LocalDate, keepDays: number | null): LocalDate | null {
  return keepDays === null ? null : addDays(today, -keepDays);
}
