import { memo, useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import type { Officer, Plan } from '../../../shared/domain';
import { useWindowedRows } from '../../components/useWindowedRows';
import { useT } from '../../i18n/useT';
import type { DropTarget } from '../../state/drag-controller';
import { useDragController } from '../../state/DragProvider';
import { isPickedElsewhere, pick, type PickModifiers } from '../../state/selection';
import { useSelection, useSelectionStore } from '../../state/SelectionProvider';
import { officerColor } from '../map/officer-colors';
import type { PlanIndex } from '../plans/plan-index';
import { TimeAxis } from './TimeAxis';
import { dropPosition, percentAt, secAt, stepStop, timeScale, type TimeScale } from './timeline-model';
import { TimelineRow } from './TimelineRow';

export interface TimelineProps {
  /** The whole roster, in roster order (colours follow it, as on the map). */
  officers: readonly Officer[];
  plan: Plan | null;
  index: PlanIndex;
  visitsById: ReadonlyMap<string, VisitSummary>;
  onToggleLock(officerId: string, locked: boolean): void;
}

const ROW_PX = 40;
const AXIS_PX = 24;

/**
 * One row per officer with their day drawn to scale. Rows are windowed (200 officers), visits
 * can be picked, moved by arrow keys, dragged onto another row, and rows accept drops.
 */
function TimelineView({ officers, plan, index, visitsById, onToggleLock }: TimelineProps) {
  const { t } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const selection = useSelection();
  const store = useSelectionStore();
  const drag = useDragController();
  const blockIdPrefix = useId();

  const rows = useMemo(
    () =>
      officers
        .map((officer, rosterIndex) => ({ officer, color: officerColor(rosterIndex) }))
        .filter(({ officer }) => officer.isActive || index.routeOf.has(officer.id)),
    [officers, index],
  );
  const routesInRows = useMemo(() => rows.map((r) => index.routeOf.get(r.officer.id)), [rows, index]);
  const scale = useStableScale(
    timeScale(
      rows.map((r) => r.officer),
      plan?.routes ?? [],
    ),
  );
  const visible = useWindowedRows(scroller, rows.length, ROW_PX, { headerPx: AXIS_PX, overscan: 4 });
  const { scrollToIndex } = visible;

  const rowOfOfficer = useMemo(() => new Map(rows.map((r, i) => [r.officer.id as string, i])), [rows]);
  const selectedByOfficer = useMemo(() => {
    const byOfficer = new Map<string, string[]>();
    for (const id of selection.ids) {
      const officerId = index.placeOf.get(id)?.officerId;
      if (officerId) byOfficer.set(officerId, [...(byOfficer.get(officerId) ?? []), id]);
    }
    return byOfficer;
  }, [selection.ids, index]);
  const active = selection.focusId !== null ? index.placeOf.get(selection.focusId) : undefined;
  const activeRow = active ? (rowOfOfficer.get(active.officerId) ?? -1) : -1;

  const order = useCallback(() => routesInRows.flatMap((route) => route?.stops.map((s) => s.visitId as string) ?? []), [routesInRows]);
  const onPick = useCallback(
    (visitId: string, modifiers: PickModifiers) => {
      store.update((s) => pick(s, visitId, modifiers, 'timeline', modifiers.range ? order() : undefined));
    },
    [store, order],
  );
  const onDragPress = useCallback((event: PointerEvent, visitId: string, label: string) => drag.press(event, visitId, label), [drag]);

  // A visit picked elsewhere: bring its row, then its block, into sight.
  useEffect(() => {
    if (!isPickedElsewhere(selection, 'timeline') || activeRow < 0 || selection.focusId === null) return;
    scrollToIndex(activeRow);
    const frame = requestAnimationFrame(() => {
      document.getElementById(`${blockIdPrefix}-${selection.focusId}`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selection.focusId, selection.source, activeRow, scrollToIndex, blockIdPrefix]);

  // Drops: the row under the pointer, and the place in its route by the time under the pointer.
  const latest = useRef({ index, scale });
  latest.current = { index, scale };
  useEffect(
    () =>
      drag.addResolver((x, y, visitId): DropTarget | null => {
        const host = scroller.current;
        const row = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop-officer]');
        if (!host || !row || !host.contains(row)) return null;
        const officerId = row.dataset.dropOfficer!;
        const track = row.querySelector<HTMLElement>('.timeline-row__track')!.getBoundingClientRect();
        const { index: current, scale: shown } = latest.current;
        const at = dropPosition(current.routeOf.get(officerId), secAt(shown, (x - track.left) / (track.width || 1)), visitId);
        const left = track.left + (percentAt(shown, at.atSec) / 100) * track.width;
        return {
          kind: 'route',
          officerId,
          position: at.position,
          marker: { left: left - 1, top: track.top, width: 3, height: track.height },
        };
      }),
    [drag],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === ' ' || event.key === 'Enter') {
      if (selection.focusId === null || !active) return;
      event.preventDefault();
      onPick(selection.focusId, { toggle: event.key === ' ' });
      return;
    }
    if (!event.key.startsWith('Arrow')) return;
    const from = active && activeRow >= 0 ? { officerIndex: activeRow, stopIndex: active.position } : null;
    const next = from ? stepStop(routesInRows, from, event.key) : stepStop(routesInRows, { officerIndex: -1, stopIndex: 0 }, 'ArrowDown');
    if (!next) return;
    event.preventDefault();
    const visitId = routesInRows[next.officerIndex]!.stops[next.stopIndex].visitId;
    scrollToIndex(next.officerIndex);
    store.update((s) => pick(s, visitId, { range: event.shiftKey }, 'timeline', event.shiftKey ? order() : undefined));
    requestAnimationFrame(() =>
      document.getElementById(`${blockIdPrefix}-${visitId}`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }),
    );
  };

  if (rows.length === 0) return <p className="muted">{t('timeline.noOfficers')}</p>;
  return (
    <div
      className="timeline"
      ref={scroller}
      tabIndex={0}
      role="group"
      aria-label={t('timeline.label')}
      aria-describedby={`${blockIdPrefix}-help`}
      onKeyDown={onKeyDown}
      aria-activedescendant={
        active && activeRow >= visible.start && activeRow < visible.end ? `${blockIdPrefix}-${selection.focusId}` : undefined
      }
    >
      <p id={`${blockIdPrefix}-help`} className="visually-hidden">
        {t('timeline.help')}
      </p>
      <div className="timeline__canvas">
        <TimeAxis scale={scale} />
        <div style={{ height: visible.padTop }} />
        {rows.slice(visible.start, visible.end).map(({ officer, color }) => {
          const violations = index.violationsOfOfficer.get(officer.id) ?? NONE;
          const route = index.routeOf.get(officer.id);
          return (
            <TimelineRow
              key={officer.id}
              officer={officer}
              color={color}
              route={route}
              visitsById={visitsById}
              scale={scale}
              isLocked={index.lockedOfficers.has(officer.id)}
              violations={violations}
              violationsKey={violations.map((v) => `${v.rule}:${v.visitId}:${v.message.en}`).join('\n')}
              pinnedKey={(route?.stops ?? [])
                .filter((s) => index.pinnedTo.has(s.visitId))
                .map((s) => s.visitId)
                .join('\n')}
              selectedKey={(selectedByOfficer.get(officer.id) ?? []).sort().join('\n')}
              activeVisitId={active?.officerId === officer.id ? selection.focusId : null}
              blockIdPrefix={blockIdPrefix}
              onPick={onPick}
              onDragPress={onDragPress}
              onToggleLock={onToggleLock}
            />
          );
        })}
        <div style={{ height: visible.padBottom }} />
      </div>
    </div>
  );
}

const NONE: readonly never[] = [];

/** The same scale object while its bounds stay the same, so memoised rows keep rendering nothing. */
function useStableScale(scale: TimeScale): TimeScale {
  const ref = useRef(scale);
  if (ref.current.startSec !== scale.startSec || ref.current.endSec !== scale.endSec) ref.current = scale;
  return ref.current;
}

/** Memoised: the board's later renders (table and map catching up after a paint) leave it alone. */
export const Timeline = memo(TimelineView);
