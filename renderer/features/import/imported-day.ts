import type { ImportReport } from '../../../shared/api/import-report';
import type { LocalDate } from '../../../shared/domain';
import { openingDay } from '../../../shared/logic/opening-day';
import type { Phrase } from './import-view';

/**
 * The day the board moves to after an import, or null to stay: the one date a visits file wrote,
 * else the first of its dates from today on (else its latest), as the board picks its opening day.
 * A board already on a day the file wrote stays: the import shows there.
 */
export function dayAfterImport(report: ImportReport, onScreen: LocalDate | null, today: LocalDate): LocalDate | null {
  if (!report.written || report.dates.length === 0) return null;
  if (onScreen !== null && report.dates.includes(onScreen)) return null;
  return openingDay(report.dates, today);
}

/**
 * The notice once rows are stored: the counts, the day the board moved to when it moved, and the
 * days whose plan the import left needing attention (the board of another day would not show it).
 */
export function importedNotice(report: ImportReport, movedTo: LocalDate | null, flagged: readonly LocalDate[] = []): Phrase {
  const values = { file: report.fileName, inserted: report.inserted, updated: report.updated };
  if (flagged.length > 0) return { key: 'import.doneFlagged', values: { ...values, count: flagged.length, dates: flagged.join(', ') } };
  return movedTo === null ? { key: 'import.done', values } : { key: 'import.doneOnDay', values: { ...values, date: movedTo } };
}
