import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { UnassignedVisit } from '../../../shared/domain';
import { nextIndex } from '../../components/list-keys';
import { useWindowedRows } from '../../components/useWindowedRows';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { isPickedElsewhere, type PickModifiers, type Selection } from '../../state/selection';

export interface UnassignedListProps {
  /** null: no plan yet. */
  unassigned: readonly UnassignedVisit[] | null;
  displayNames: ReadonlyMap<string, string>;
  selection?: Selection;
  onPick?(visitId: string, modifiers: PickModifiers, order: readonly string[]): void;
  /** A press that may become a drag of the visit into a route. */
  onDragPress?(event: PointerEvent, visitId: string, label: string): void;
  /** Fits the selected unassigned visits into the plan (`plans.insertVisits`). */
  onInsert?(visitIds: string[]): void;
  /** Carries every unassigned visit to a later day (asks which). */
  onCarry?(): void;
  isBusy?: boolean;
}

const ROW_PX = 64;

/**
 * Visits the plan could not place, each with the back end's sentence and its reasons in the
 * current language. Items can be selected (and moved with M) or dragged onto an officer's row.
 */
export function UnassignedList({
  unassigned,
  displayNames,
  selection,
  onPick,
  onDragPress,
  onInsert,
  onCarry,
  isBusy = false,
}: UnassignedListProps) {
  const { t, language } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const items = unassigned ?? [];
  const rows = useWindowedRows(scroller, items.length, ROW_PX, { overscan: 4 });
  const idPrefix = useId();
  const order = items.map((u) => u.visitId as string);
  const activeIndex = selection?.focusId ? order.indexOf(selection.focusId) : -1;
  const chosen = selection ? order.filter((id) => selection.ids.has(id)) : [];
  const { scrollToIndex } = rows;

  useEffect(() => {
    if (selection && isPickedElsewhere(selection, 'unassigned') && activeIndex >= 0) scrollToIndex(activeIndex);
  }, [selection, activeIndex, scrollToIndex]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!onPick) return;
    if (event.key === ' ' && activeIndex >= 0) {
      event.preventDefault();
      onPick(order[activeIndex], { toggle: true }, order);
      return;
    }
    const next = nextIndex(event.key, activeIndex, order.length, 4);
    if (next === null) return;
    event.preventDefault();
    scrollToIndex(next);
    onPick(order[next], { range: event.shiftKey }, order);
  };

  return (
    <section className="panel unassigned" aria-labelledby="unassigned-title" data-drop-unassign="">
      <div className="panel__head">
        <h2 id="unassigned-title">{t('unassigned.title', { count: items.length })}</h2>
        {onInsert && items.length > 0 && (
          <button type="button" onClick={() => onInsert(chosen)} disabled={chosen.length === 0 || isBusy} aria-keyshortcuts="F">
            {t('unassigned.insert', { count: chosen.length })}
          </button>
        )}
        {onCarry && items.length > 0 && (
          <button type="button" onClick={onCarry} disabled={isBusy}>
            {t('carry.open')}
          </button>
        )}
      </div>
      {unassigned === null && <p className="muted">{t('unassigned.noPlan')}</p>}
      {unassigned?.length === 0 && <p className="muted">{t('unassigned.none')}</p>}
      {items.length > 0 && (
        <div className="unassigned__scroll" ref={scroller}>
          <ul
            role="listbox"
            aria-labelledby="unassigned-title"
            aria-multiselectable="true"
            tabIndex={0}
            onKeyDown={onKeyDown}
            aria-activedescendant={activeIndex >= rows.start && activeIndex < rows.end ? `${idPrefix}-${activeIndex}` : undefined}
            style={{ paddingTop: rows.padTop, paddingBottom: rows.padBottom }}
          >
            {items.slice(rows.start, rows.end).map((item, i) => {
              const index = rows.start + i;
              const name = displayNames.get(item.visitId) ?? item.visitId;
              const isSelected = selection?.ids.has(item.visitId) ?? false;
              return (
                <li
                  key={item.visitId}
                  id={`${idPrefix}-${index}`}
                  role="option"
                  aria-selected={isSelected}
                  data-visit-id={item.visitId}
                  className={isSelected ? 'is-selected' : undefined}
                  style={{ height: ROW_PX }}
                  onClick={onPick ? (e) => onPick(item.visitId, { toggle: e.ctrlKey || e.metaKey, range: e.shiftKey }, order) : undefined}
                  onPointerDown={onDragPress ? (e) => onDragPress(e, item.visitId, `${name} · ${item.visitId}`) : undefined}
                >
                  <strong>{name}</strong> <span className="mono muted">{item.visitId}</span>
                  <div className="unassigned__message">{pickMessage(item.message, language)}</div>
                  <div className="unassigned__reasons">
                    {item.reasons.map((reason) => (
                      <span key={reason} className="reason-chip">
                        {t(`reason.${reason}`)}
                      </span>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
