import { useId, useMemo, useRef, useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { ImportReport } from '../../../shared/api/import-report';
import type { DayCells, OfficerDayResult } from '../../../shared/api/officer-days';
import { addDays, type LocalDate, type Message } from '../../../shared/domain';
import { sayDay } from '../../../shared/logic/day-words';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { ImportPanel } from '../import/ImportPanel';
import { importedNotice } from '../import/imported-day';
import type { Phrase as Notice } from '../import/import-view';
import { AvailabilityGrid, type GridCell } from './AvailabilityGrid';
import { DayForm } from './DayForm';
import { useWeek } from './useWeek';
import { WEEK_DAYS, cellKey, daysByCell, weekDates } from './week-model';
import { WeekStrip } from './WeekStrip';

export interface WeekScreenProps {
  /** The day the week starts from: the day the board shows. */
  from: LocalDate;
  /** Opens a day on the board. */
  onOpenDay(date: LocalDate): void;
  /** After a stored change: the board reads its roster and plan again (new flags show there). */
  onChanged?(): void | Promise<void>;
}

/**
 * The week screen (issue 19): a strip of seven days from the day shown (visits by status, officers
 * on shift and off, capacity used), and the officers × days grid of availability, edited by
 * keyboard or from an availability file. Reads and writes through the API only.
 */
export function WeekScreen({ from: initialFrom, onOpenDay, onChanged }: WeekScreenProps) {
  const { t, language } = useT();
  const id = useId();
  const [from, setFrom] = useState(initialFrom);
  const week = useWeek(from);
  const dates = useMemo(() => weekDates(from), [from]);
  const days = useMemo(() => daysByCell(week.days ?? []), [week.days]);
  const officers = useMemo(() => (week.officers ?? []).filter((o) => o.isActive), [week.officers]);
  const [active, setActive] = useState<GridCell | null>(null);
  const [editing, setEditing] = useState<GridCell | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const grid = useRef<HTMLDivElement>(null);

  const nameOf = (officerId: string) => {
    const officer = officers.find((o) => o.id === officerId);
    return `${officer?.name ?? officerId} (${officerId})`;
  };
  const backToGrid = () => requestAnimationFrame(() => grid.current?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus());

  const { setDay, resetSave } = week;
  const save = async (cell: GridCell, cells: DayCells | null) => {
    setNotice(null);
    const result = await setDay({ officerId: cell.officerId, date: cell.date, cells });
    if (!result) return;
    setEditing(null);
    setNotice(savedNotice(result, pickMessage(sayDay(nameOf(cell.officerId), cell.date, result.day), language), cell.date));
    backToGrid();
    if (result.auditId !== null) await onChanged?.();
  };

  const onImported = async (report: ImportReport, plansNeedingAttention: readonly LocalDate[]) => {
    await week.refresh();
    setNotice(importedNotice(report, null, plansNeedingAttention));
    await onChanged?.();
  };

  const moveWeek = (days: number) => {
    setFrom((current) => addDays(current, days));
    setEditing(null);
    setActive((cell) => (cell ? { ...cell, date: addDays(cell.date, days) } : cell));
  };
  const refusal =
    week.saveError instanceof AppError ? pickMessage(week.saveError.userMessage, language) : week.saveError ? t('error.unknown') : null;
  const loadError =
    week.loadError instanceof AppError ? pickMessage(week.loadError.userMessage, language) : week.loadError ? t('error.unknown') : null;
  const editedOfficer = editing && officers.find((o) => o.id === editing.officerId);

  return (
    <main className="week-screen" aria-labelledby={`${id}-title`}>
      <section className="panel" aria-labelledby={`${id}-title`}>
        <div className="panel__head">
          <h2 id={`${id}-title`}>{t('weekScreen.title', { from })}</h2>
          <div className="dialog-actions">
            <button type="button" onClick={() => moveWeek(-WEEK_DAYS)}>
              {t('weekScreen.previous')}
            </button>
            <button type="button" onClick={() => moveWeek(WEEK_DAYS)}>
              {t('weekScreen.next')}
            </button>
            <button type="button" ref={importButton} onClick={() => setImporting(true)}>
              {t('weekScreen.import')}
            </button>
          </div>
        </div>
        <p className="notice" role="status" aria-live="polite">
          {notice ? t(notice.key, notice.values) : ''}
        </p>
        {loadError && (
          <p className="error-banner" role="alert">
            {loadError}
          </p>
        )}
        {week.week === undefined && !loadError && <p className="muted">{t('weekScreen.loading')}</p>}
        {week.week && <WeekStrip days={week.week} onOpenDay={onOpenDay} />}
      </section>
      <section className="panel week-screen__grid" aria-labelledby={`${id}-grid`} ref={grid}>
        <h2 id={`${id}-grid`}>{t('weekScreen.gridTitle')}</h2>
        <p className="muted">{t('weekScreen.gridHint')}</p>
        {refusal && (
          <p className="error-banner" role="alert">
            {refusal}
          </p>
        )}
        {week.officers !== undefined && officers.length === 0 && <p className="muted">{t('weekScreen.noOfficers')}</p>}
        {officers.length > 0 && (
          <AvailabilityGrid
            officers={officers}
            dates={dates}
            days={days}
            active={active}
            onActivate={setActive}
            onEdit={(cell) => {
              resetSave();
              setActive(cell);
              setEditing(cell);
            }}
            onClear={(cell) => void save(cell, null)}
          />
        )}
        {editing && editedOfficer && (
          <DayForm
            key={cellKey(editing.officerId, editing.date)}
            officer={editedOfficer}
            date={editing.date}
            day={days.get(cellKey(editing.officerId, editing.date))}
            isBusy={week.isSaving}
            problems={fieldProblems(week.saveError)}
            onSave={(cells) => void save(editing, cells)}
            onClear={() => void save(editing, null)}
            onCancel={() => {
              setEditing(null);
              resetSave();
              backToGrid();
            }}
          />
        )}
      </section>
      {importing && (
        <ImportPanel initialKind="availability" onClose={() => setImporting(false)} onImported={onImported} returnFocusTo={importButton} />
      )}
    </main>
  );
}

/** The notice after a save: what the day now is, and the plan it left needing attention. */
function savedNotice(result: OfficerDayResult, day: string, date: LocalDate): Notice {
  if (result.auditId === null) return { key: 'weekScreen.unchanged', values: { day } };
  const flagged = result.plans.find((p) => p.problems > 0);
  if (flagged) return { key: 'weekScreen.savedFlagged', values: { day, date: flagged.date, count: flagged.problems } };
  return { key: 'weekScreen.saved', values: { day, date } };
}

/** The refused fields of a day, from the refusal's details. */
function fieldProblems(error: unknown): Map<string, Message> {
  if (!(error instanceof AppError)) return new Map();
  const fields = (error.details as { fields?: { field: string; message: Message }[] } | undefined)?.fields ?? [];
  return new Map(fields.map((f) => [f.field, f.message]));
}
