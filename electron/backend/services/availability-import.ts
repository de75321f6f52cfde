import type { RowError } from '../../../shared/api/import-report';
import type { LocalDate, OfficerDay, OfficerId } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { isOrdinaryDay } from '../../../shared/logic/roster';
import type { Repos } from '../db/repos';
import type { ParsedImport } from '../import';

/** An officer's day as one key: the file holds each officer once per date. */
export function dayKey(day: Pick<OfficerDay, 'officerId' | 'date'>): string {
  return `${day.officerId} ${day.date}`;
}

/** How many of these days (by `dayKey`) already have an entry. */
export function countStoredDays(repos: Pick<Repos, 'officerDays'>, keys: readonly string[]): number {
  return keys.filter((key) => {
    const [officerId, date] = key.split(' ');
    return repos.officerDays.get(officerId as OfficerId, date as LocalDate) !== null;
  }).length;
}

/** Rows naming an officer the roster does not have are refused, naming the row and the id. */
export function unknownOfficerErrors(
  repos: Pick<Repos, 'officers'>,
  parsed: ParsedImport<OfficerDay>,
): { errors: RowError[]; lines: Set<number> } {
  const errors: RowError[] = [];
  const lines = new Set<number>();
  for (const row of parsed.valid) {
    if (repos.officers.get(row.value.officerId) !== null) continue;
    lines.add(row.line);
    errors.push({
      line: row.line,
      field: 'officer_id',
      header: parsed.headers.get('officer_id') ?? 'officer_id',
      value: row.value.officerId,
      message: message('importProblem.unknownOfficer', { officerId: row.value.officerId }),
    });
  }
  return { errors, lines };
}

/**
 * Stores the days of an availability file; a row that says nothing the record does not (working,
 * no shift, no place, no note) makes the day ordinary again. Counts a replaced or cleared entry as
 * updated. Runs inside the import's transaction.
 */
export function writeAvailability(repos: Pick<Repos, 'officerDays'>, days: readonly OfficerDay[]): { inserted: number; updated: number } {
  const ordinary = days.filter(isOrdinaryDay);
  const cleared = ordinary.filter((d) => repos.officerDays.clear(d.officerId, d.date)).length;
  const saved = repos.officerDays.saveMany(days.filter((d) => !isOrdinaryDay(d)));
  return { inserted: saved.inserted + (ordinary.length - cleared), updated: saved.updated + cleared };
}
