import type { RowError } from '../../../shared/api/import-report';
import type { DayCells, OfficerDayResult } from '../../../shared/api/officer-days';
import { AppError, badInput } from '../../../shared/api/errors';
import type { LocalDate, Officer, OfficerDay, OfficerId } from '../../../shared/domain';
import { message, type Sentence } from '../../../shared/i18n';
import { isOrdinaryDay } from '../../../shared/logic/roster';
import { readDayCells } from '../import/availability-edit';
import type { Repos } from '../db/repos';

/** The staleness rule for a changed roster: re-checks the current plans of these days, returns those whose flags changed. */
export type RecheckDays = (changed: { dates: readonly LocalDate[] }) => LocalDate[];

/** One officer's day to set (`cells`, read by the availability file's rules) or to make ordinary again (`null`). */
export interface SetDayRequest {
  officerId: OfficerId;
  date: LocalDate;
  cells: DayCells | null;
}

/**
 * Sets or clears one officer's day in one transaction: stores it, logs before and after, and
 * re-checks the day's current plan (a routed officer now on leave, a shift now shorter). Refuses
 * (nothing written) with every bad field named. A day typed as ordinary clears the entry.
 */
export function setOfficerDay(repos: Repos, request: SetDayRequest, recheck: RecheckDays): OfficerDayResult {
  const { officerId, date } = request;
  return repos.transaction(() => {
    const officer = repos.officers.get(officerId);
    if (!officer) throw new AppError('not_found', message('officerEdit.unknownOfficer', { officerId }));
    const before = repos.officerDays.get(officerId, date);
    const after = request.cells === null ? null : readDay(officer, date, request.cells);
    if (JSON.stringify(before) === JSON.stringify(after)) return { day: before, auditId: null, plans: [] };
    if (after) repos.officerDays.saveMany([after]);
    else repos.officerDays.clear(officerId, date);
    const plans = recheck({ dates: [date] }).map((d) => ({ date: d, problems: repos.plans.current(d)?.violations.length ?? 0 }));
    const auditId = repos.audit.append({
      action: 'officer.day',
      entity: 'officer',
      entityId: officerId,
      detail: { name: officer.name, date, before, after, plans },
    });
    return { day: after, auditId, plans };
  });
}

/** The day as typed, or null when it says nothing the record does not. */
function readDay(officer: Officer, date: LocalDate, cells: DayCells): OfficerDay | null {
  const read = readDayCells(officer.id, date, cells, officer.start.system);
  if ('errors' in read) throw refusal(officer, date, read.errors);
  return isOrdinaryDay(read.day) ? null : read.day;
}

/** "Nothing was saved for 王伟 (O-1) on 2026-11-23: …", every problem in its words, the fields named. */
function refusal(officer: Officer, date: LocalDate, errors: readonly RowError[]): AppError {
  const problems: Sentence = {
    en: errors.map((e) => e.message.en).join(' '),
    zh: errors.map((e) => e.message.zh).join(''),
  };
  const fields = [...new Set(errors.map((e) => e.field))];
  const columns = fields.map((f) =>
    f === '*' ? message('importProblem.thisRow') : message(`column.${f}` as Parameters<typeof message>[0]),
  );
  return badInput(message('officerDay.refused', { officer: `${officer.name} (${officer.id})`, date, problems, fields: columns }), {
    fields: errors.map((e) => ({ field: e.field, message: e.message })),
  });
}
