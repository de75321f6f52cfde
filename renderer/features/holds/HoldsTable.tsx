import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import type { CustomerHold } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { formatChangedAt } from '../rules/changed-at';
import type { HoldRow } from './hold-rows';

export interface HoldsTableProps {
  rows: readonly HoldRow[];
  /** An officer's name by id (the id itself when not on the roster). */
  officerName(officerId: string): string;
  /** The hold whose release form is open, if any. */
  releasingId: number | null;
  /** The release form, drawn in a row under the hold `releasingId`. */
  releaseForm: ReactNode;
  /** The id the release form carries, for the buttons' aria-controls. */
  releaseFormId: string;
  onStartRelease(holdId: number): void;
}

const COLUMNS = ['customer', 'kind', 'state', 'officer', 'until', 'note', 'placed', 'released', 'reason', 'actions'] as const;

/**
 * Holds, one row each, active ones first; an active hold has a Release… button that opens the
 * release form under its row. When the form closes the focus goes back to its button (or to the
 * table, once the hold is released and the button is gone).
 */
export function HoldsTable({ rows, officerName, releasingId, releaseForm, releaseFormId, onStartRelease }: HoldsTableProps) {
  const { t, language } = useT();
  const table = useRef<HTMLTableElement>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const lastOpen = useRef<number | null>(null);

  useEffect(() => {
    const closed = lastOpen.current;
    lastOpen.current = releasingId;
    if (releasingId !== null || closed === null) return;
    // Only when the focus went with the form (not when, say, the filter hid its row while typing).
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body && !table.current?.contains(focused)) return;
    (buttons.current.get(closed) ?? table.current)?.focus();
  }, [releasingId]);

  const byAt = (by: string, at: string) => t('holdsScreen.byAt', { by, at: formatChangedAt(at, language) });
  const officerCell = (hold: CustomerHold) => {
    if (hold.kind !== 'complaint') return '';
    return hold.officerId === null ? t('holdsScreen.againstLender') : officerName(hold.officerId);
  };
  const untilCell = (hold: CustomerHold) => {
    if (hold.kind !== 'do_not_visit') return '';
    return hold.until ?? t('holdsScreen.untilReleased');
  };

  return (
    <div className="table-scroll">
      <table ref={table} className="holds-table" aria-label={t('holdsScreen.tableLabel')} tabIndex={-1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`holdsScreen.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ hold, state }) => (
            <Fragment key={hold.id}>
              <tr className={`hold-row hold-row--${state}`} data-hold-id={hold.id}>
                <td className="mono">{hold.customerId}</td>
                <td>{t(`hold.kind.${hold.kind}`)}</td>
                <td>{t(`holdsScreen.state.${state}`)}</td>
                <td>{officerCell(hold)}</td>
                <td>{untilCell(hold)}</td>
                <td>{hold.note}</td>
                <td>{byAt(hold.placedBy, hold.placedAt)}</td>
                <td>{hold.releasedBy !== null && hold.releasedAt !== null ? byAt(hold.releasedBy, hold.releasedAt) : ''}</td>
                <td>{hold.releaseReason ?? ''}</td>
                <td>
                  {state === 'active' && (
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) buttons.current.set(hold.id, el);
                        else buttons.current.delete(hold.id);
                      }}
                      onClick={() => onStartRelease(hold.id)}
                      aria-label={t('holdsScreen.releaseLabel', { id: hold.id, customerId: hold.customerId })}
                      aria-expanded={releasingId === hold.id}
                      aria-controls={releasingId === hold.id ? releaseFormId : undefined}
                    >
                      {t('holdsScreen.release')}
                    </button>
                  )}
                </td>
              </tr>
              {releasingId === hold.id && (
                <tr className="hold-row__release">
                  <td colSpan={COLUMNS.length}>{releaseForm}</td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
