import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LocalDate, Officer, OfficerDay } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { cellKey, cellView } from './week-model';

/** The cell the keyboard is on: an officer and a date. */
export interface GridCell {
  officerId: string;
  date: LocalDate;
}

export interface AvailabilityGridProps {
  officers: readonly Officer[];
  dates: readonly LocalDate[];
  /** The stored days, by `cellKey`. */
  days: ReadonlyMap<string, OfficerDay>;
  active: GridCell | null;
  onActivate(cell: GridCell): void;
  /** Enter (or a double click) on a cell: change that day. */
  onEdit(cell: GridCell): void;
  /** Delete on a cell: the usual day again. */
  onClear(cell: GridCell): void;
}

const STEP: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Officers × days: how each officer works each day (as usual, on leave, another shift or start).
 * One cell is in the tab order; the arrow keys, Home and End move it, Enter edits, Delete clears.
 */
export function AvailabilityGrid({ officers, dates, days, active, onActivate, onEdit, onClear }: AvailabilityGridProps) {
  const { t } = useT();
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const focusNext = useRef(false);
  const at = active ?? (officers[0] ? { officerId: officers[0].id, date: dates[0] } : null);

  useEffect(() => {
    if (!focusNext.current || !active) return;
    focusNext.current = false;
    cells.current.get(cellKey(active.officerId, active.date))?.focus();
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!at) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(at);
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onClear(at);
      return;
    }
    const row = officers.findIndex((o) => o.id === at.officerId);
    const column = dates.indexOf(at.date);
    const step = STEP[event.key] ?? (event.key === 'Home' ? [0, -column] : event.key === 'End' ? [0, dates.length - 1 - column] : null);
    if (!step) return;
    event.preventDefault();
    const nextRow = Math.max(0, Math.min(officers.length - 1, row + step[0]));
    const nextColumn = Math.max(0, Math.min(dates.length - 1, column + step[1]));
    focusNext.current = true;
    onActivate({ officerId: officers[nextRow].id, date: dates[nextColumn] });
  };

  return (
    <div className="table-scroll">
      <table className="availability-grid" role="grid" aria-label={t('weekScreen.gridTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('weekScreen.officer')}</th>
            {dates.map((date) => (
              <th key={date} scope="col">
                {date}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {officers.map((officer) => (
            <tr key={officer.id} data-officer-id={officer.id}>
              <th scope="row">
                {officer.name} <span className="muted mono">{officer.id}</span>
              </th>
              {dates.map((date) => {
                const key = cellKey(officer.id, date);
                const view = cellView(days.get(key));
                const isActive = at?.officerId === officer.id && at.date === date;
                const text = view.kind === 'off' ? t('weekScreen.cell.off') : (view.shift ?? t('weekScreen.cell.working'));
                return (
                  <td
                    key={date}
                    ref={(el) => {
                      if (el) cells.current.set(key, el);
                      else cells.current.delete(key);
                    }}
                    className={`availability-cell is-${view.kind}${isActive ? ' is-active' : ''}`}
                    tabIndex={isActive ? 0 : -1}
                    aria-selected={isActive}
                    data-date={date}
                    title={view.note ? t('weekScreen.cell.note', { note: view.note }) : undefined}
                    onClick={() => onActivate({ officerId: officer.id, date })}
                    onDoubleClick={() => onEdit({ officerId: officer.id, date })}
                  >
                    {text}
                    {view.hasOtherStart && <span className="muted"> · {t('weekScreen.cell.otherStart')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
