import { useCallback, useEffect, useMemo, useState, type PointerEvent } from 'react';
import { afterPaint, useAfterPaint } from '../../components/useAfterPaint';
import type { PlanView, VisitSummary } from '../../../shared/api/contract';
import type { Officer, Plan } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/language';
import type { DropTarget } from '../../state/drag-controller';
import { DragProvider } from '../../state/DragProvider';
import { EMPTY_SELECTION, keepExisting, pick, type PickModifiers } from '../../state/selection';
import { useSelection, useSelectionStore } from '../../state/SelectionProvider';
import { buildMapModel } from '../map/map-model';
import { PlanMap } from '../map/PlanMap';
import { useBasemap } from '../map/useBasemap';
import type { PlanIndex } from '../plans/plan-index';
import type { PlanEditInput, PlanEdits } from '../plans/usePlanEdits';
import type { SolveProgress } from '../plans/useSolveProgress';
import { Timeline } from '../timeline/Timeline';
import { UnassignedList } from '../visits/UnassignedList';
import { VisitsPanel } from '../visits/VisitsPanel';
import { VisitDetailPanel } from '../visits/detail/VisitDetailPanel';
import { PlacesToConfirm } from '../visits/PlacesToConfirm';
import type { DraggedPin } from '../visits/detail/VisitEditForm';
import { WorkloadPanel } from '../workload/WorkloadPanel';
import { BoardTabs } from './BoardTabs';
import { EditToolbar } from './EditToolbar';
import { MoveDialog } from './MoveDialog';
import { MoveManyDialog } from './MoveManyDialog';
import { clockNow, HandOverDialog } from './HandOverDialog';
import { CarryDialog } from '../visits/CarryDialog';
import { RebalanceResult } from './RebalanceResult';
import type { WorkloadChange } from '../../../shared/logic/workloads';
import { UnassignDrop } from './UnassignDrop';
import { useBoardKeys } from './useBoardKeys';
import { ViolationsSummary } from './ViolationsSummary';
import { OverridesSummary } from './OverridesSummary';
import { TravelSourceNotice } from './TravelSourceNotice';
import { SupervisorReasonDialog } from '../../components/SupervisorReasonDialog';
import { useSession } from '../users/SessionProvider';
import { useT } from '../../i18n/useT';
import { affectedStops } from '../../../shared/logic/affected-stops';

export interface BoardProps {
  visits: readonly VisitSummary[];
  visitsById: ReadonlyMap<string, VisitSummary>;
  officers: readonly Officer[];
  view: PlanView | null;
  index: PlanIndex;
  edits: PlanEdits;
  progress: SolveProgress;
  onCancelSolve(): void;
  isCancelling: boolean;
  officerNames: ReadonlyMap<string, string>;
  displayNames: ReadonlyMap<string, string>;
  onNotice(key: MessageKey, values?: Record<string, string | number>): void;
  /** Re-optimises the rest of the day (App owns it: Alt+R works from anywhere, progress is shared). */
  onReoptimise(): void;
  onStatusChanged(changed: number, status: 'approved' | 'cancelled' | 'outcome'): void | Promise<void>;
  /** A visit was added by hand for another day (the day picker may need that day). */
  onAddedToOtherDay(): void;
  /** Visits were geocoded or their places confirmed (issue 20): the day is read again. */
  onPlacesChanged(): void;
}

/**
 * The dispatch board: edit toolbar and broken rules on top, the visits table and unassigned list
 * beside the map, the timeline or workload below. Every view shares one selection, any visit can
 * be dragged onto an officer's row, and every action has a key.
 */
export function Board(props: BoardProps) {
  const { visits, visitsById, officers, view, index, edits, officerNames, displayNames, onNotice } = props;
  const { t } = useT();
  const session = useSession();
  const plan: Plan | null = view?.plan ?? null;
  const store = useSelectionStore();
  const selection = useSelection();
  const [moving, setMoving] = useState<string | null>(null);
  // A selection of several visits being moved to one officer (one change).
  const [movingMany, setMovingMany] = useState<string[] | null>(null);
  // The map's area mode: a drag there draws around the visits to select.
  const [areaMode, setAreaMode] = useState(false);
  // The officer whose hand-over time is being asked for.
  const [handingOver, setHandingOver] = useState<string | null>(null);
  const [carrying, setCarrying] = useState(false);
  const [rebalanced, setRebalanced] = useState<{ workloads: WorkloadChange[]; moved: number } | null>(null);
  // Visit detail and editing (issue 22): the visit whose pin the map lets the dispatcher drag, and where it went.
  const [editingPlace, setEditingPlace] = useState<string | null>(null);
  const [draggedTo, setDraggedTo] = useState<DraggedPin | null>(null);
  const onPinMoved = useCallback((visitId: string, lat: number, lng: number) => setDraggedTo({ visitId, lat, lng }), []);
  const detailId = selection.ids.size === 1 ? [...selection.ids][0] : null;

  useEffect(() => {
    store.update((s) => keepExisting(s, (id) => visitsById.has(id)));
  }, [store, visitsById]);

  // After an edit the timeline paints the two re-timed routes first; the table, the map and the
  // lists follow in the next frame rather than making that first frame slower.
  const laterPlan = useAfterPaint(plan);
  const laterIndex = useAfterPaint(index);
  // The map draws in its basemap's coordinate system (issue 20).
  const basemap = useBasemap();
  const mapSystem = basemap?.system ?? 'wgs84';
  const model = useMemo(() => buildMapModel(visits, officers, laterPlan, mapSystem), [visits, officers, laterPlan, mapSystem]);
  const selected = [...selection.ids];
  const placed = selected.filter((id) => index.placeOf.has(id));
  const pinned = placed.filter((id) => index.pinnedTo.has(id));
  // What a move of the selection can take: visits in a route or on the unassigned list.
  const movable = selected.filter((id) => index.placeOf.has(id) || index.unassigned.has(id));
  const focusOfficer = selection.focusId !== null ? (index.placeOf.get(selection.focusId)?.officerId ?? null) : null;
  const nameOf = (officerId: string) => officerNames.get(officerId) ?? officerId;
  const affected = useMemo(() => (plan ? affectedStops(plan) : []), [plan]);

  const move = useCallback(
    async (visitId: string, officerId: string, position: number) => {
      if (await edits.edit({ type: 'move', visitId, toOfficerId: officerId, position })) {
        onNotice('edit.moved', { id: visitId, name: officerNames.get(officerId) ?? officerId, n: position + 1 });
        // Selected once it has landed and the re-timed routes are painted, so its new route then
        // stands out on the map without slowing the frame that shows the move.
        afterPaint(() => store.update((s) => (s.ids.size === 1 && s.ids.has(visitId) ? s : pick(s, visitId, {}, 'drop'))));
      }
    },
    [edits, onNotice, officerNames, store],
  );
  /** Several visits to one officer as one change (one Undo), each where it adds least travel. */
  const moveMany = async (visitIds: string[], officerId: string) => {
    if (await edits.edit({ type: 'moveMany', visitIds, toOfficerId: officerId }))
      onNotice('edit.movedMany', { count: visitIds.length, name: nameOf(officerId) });
  };
  /** The refused move again, with the signed-in supervisor's reason to break the rules it breaks. */
  const overrideRefusal = async (reason: string) => {
    const refused = edits.ruleRefusal;
    if (!refused) return;
    if (!(await edits.edit(refused.edit, { reason }))) return;
    if (refused.edit.type === 'moveMany') onNotice('override.doneMany', { count: refused.edit.visitIds.length });
    else onNotice('override.done', { id: 'visitId' in refused.edit ? refused.edit.visitId : '' });
  };
  /** Several edits of one kind (pin, unassign), announced once when all went through. */
  const editAll = useCallback(
    async (list: PlanEditInput[], notice: MessageKey, values: Record<string, string | number>) => {
      const results = await Promise.all(list.map((edit) => edits.edit(edit)));
      if (list.length > 0 && results.every(Boolean)) onNotice(notice, values);
    },
    [edits, onNotice],
  );

  const onDrop = useCallback(
    (visitId: string, target: DropTarget) => {
      if (target.kind === 'route') return move(visitId, target.officerId, target.position);
      if (index.placeOf.has(visitId)) return editAll([{ type: 'unassign', visitId }], 'edit.unassigned', { count: 1 });
    },
    [move, index, editAll],
  );

  const actions = {
    undo: () => {
      if (view?.canUndo) void edits.undo().then((ok) => ok && onNotice('edit.undone'));
    },
    redo: () => {
      if (view?.canRedo) void edits.redo().then((ok) => ok && onNotice('edit.redone'));
    },
    move: () => {
      if (!plan) return;
      if (selection.ids.size === 1) setMoving([...selection.ids][0]);
      else if (movable.length > 0) setMovingMany(movable);
    },
    // Many at once is one change: one Undo pins or releases them all again.
    pin: () => {
      if (placed.length === 0) return;
      const release = pinned.length === placed.length;
      const changing = placed.filter((visitId) => index.pinnedTo.has(visitId) === release);
      void editAll([{ type: 'pinMany', visitIds: changing, pinned: !release }], release ? 'edit.unpinned' : 'edit.pinned', {
        count: changing.length,
      });
    },
    lock: () => {
      if (focusOfficer === null) return;
      const locked = !index.lockedOfficers.has(focusOfficer);
      void editAll([{ type: 'lockOrder', officerId: focusOfficer, locked }], locked ? 'edit.locked' : 'edit.unlocked', {
        name: nameOf(focusOfficer),
      });
    },
    // Many at once is one change: one Undo puts them all back.
    unassign: () => {
      if (placed.length > 0) void editAll([{ type: 'unassignMany', visitIds: placed }], 'edit.unassigned', { count: placed.length });
    },
    unassignAffected: () => {
      if (affected.length > 0)
        void editAll([{ type: 'unassignMany', visitIds: affected }], 'attention.unassigned', { count: affected.length });
    },
    insert: () => {
      const ids = selected.filter((id) => index.unassigned.has(id));
      if (ids.length > 0) void edits.insertVisits(ids).then((ok) => ok && onNotice('edit.inserted', { count: ids.length }));
    },
    toggleArea: () => {
      setAreaMode(!areaMode);
      onNotice(areaMode ? 'area.left' : 'area.entered');
    },
    // Escape leaves area mode first, then clears the selection.
    clearSelection: () => {
      if (areaMode) actions.toggleArea();
      else store.update(() => EMPTY_SELECTION);
    },
    handOver: () => {
      if (focusOfficer !== null) setHandingOver(focusOfficer);
    },
  };
  const handOver = async (officerId: string, fromSec: number) => {
    setHandingOver(null);
    const handed = await edits.handOver(officerId, fromSec);
    if (handed) onNotice('handOver.done', { count: handed.handedOver.length, name: nameOf(officerId), placed: handed.placed.length });
  };
  useBoardKeys(actions);

  const onToggleLock = useCallback(
    (officerId: string, locked: boolean) => {
      void editAll([{ type: 'lockOrder', officerId, locked }], locked ? 'edit.locked' : 'edit.unlocked', {
        name: officerNames.get(officerId) ?? officerId,
      });
    },
    [editAll, officerNames],
  );
  const onAreaSelected = useCallback((count: number) => onNotice('area.selected', { count }), [onNotice]);
  const showVisit = (visitId: string) => store.update((s) => pick(s, visitId, {}, 'keyboard'));
  const pickUnassigned = (visitId: string, modifiers: PickModifiers, order: readonly string[]) =>
    store.update((s) => pick(s, visitId, modifiers, 'unassigned', order));

  return (
    <DragProvider onDrop={onDrop}>
      <main className="board">
        <EditToolbar
          hasPlan={plan !== null}
          canUndo={view?.canUndo ?? false}
          canRedo={view?.canRedo ?? false}
          onUndo={actions.undo}
          onRedo={actions.redo}
          selectedCount={selection.ids.size}
          placedCount={placed.length}
          pinnedCount={pinned.length}
          routeLocked={focusOfficer === null ? null : index.lockedOfficers.has(focusOfficer)}
          onMove={actions.move}
          onPin={actions.pin}
          onLock={actions.lock}
          onUnassign={actions.unassign}
          onHandOver={actions.handOver}
          onRebalance={() => void edits.rebalance().then((result) => result && setRebalanced(result))}
          areaMode={areaMode}
          onToggleArea={actions.toggleArea}
          onReoptimise={props.onReoptimise}
          isBusy={edits.isBusy}
          isReoptimising={edits.isReoptimising}
          progress={props.progress}
          onCancel={props.onCancelSolve}
          isCancelling={props.isCancelling}
        />
        <ViolationsSummary
          violations={plan?.violations ?? []}
          officerNames={officerNames}
          onShowVisit={showVisit}
          affectedCount={affected.length}
          onRepair={props.onReoptimise}
          onUnassignAffected={actions.unassignAffected}
          isBusy={edits.isBusy}
        />
        <OverridesSummary overrides={plan?.overrides ?? []} officerNames={officerNames} onShowVisit={showVisit} />
        <TravelSourceNotice source={plan?.travelSource} />
        <div className="board__grid">
          <div className="side">
            <VisitsPanel
              visits={visits}
              officers={officers}
              index={laterIndex}
              hasPlan={plan !== null}
              onStatusChanged={props.onStatusChanged}
            />
            <VisitDetailPanel
              visitId={detailId}
              visitsById={visitsById}
              date={plan?.date ?? visits[0]?.date ?? ''}
              plan={plan}
              index={index}
              officerNames={officerNames}
              edits={edits}
              onEditingPlace={setEditingPlace}
              draggedTo={draggedTo}
              onNotice={onNotice}
              onAddedToOtherDay={props.onAddedToOtherDay}
            />
            <PlacesToConfirm
              date={plan?.date ?? visits[0]?.date ?? ''}
              visits={visits}
              displayNames={displayNames}
              onMovePin={(visitId) => {
                showVisit(visitId);
                onNotice('toConfirm.movePinHint', { id: visitId });
              }}
              onChanged={props.onPlacesChanged}
              onNotice={onNotice}
            />
            <UnassignDrop>
              {(onDragPress: (event: PointerEvent, visitId: string, label: string) => void) => (
                <UnassignedList
                  unassigned={laterPlan ? laterPlan.unassigned : null}
                  displayNames={displayNames}
                  selection={selection}
                  onPick={pickUnassigned}
                  onDragPress={onDragPress}
                  onInsert={() => actions.insert()}
                  onCarry={() => setCarrying(true)}
                  isBusy={edits.isBusy}
                />
              )}
            </UnassignDrop>
          </div>
          <div className="board__main">
            <PlanMap
              model={model}
              basemap={basemap}
              pinOf={editingPlace}
              onPinMoved={onPinMoved}
              areaMode={areaMode}
              onAreaSelected={onAreaSelected}
            />
            <BoardTabs
              render={(tab) =>
                tab === 'timeline' ? (
                  <Timeline officers={officers} plan={plan} index={index} visitsById={visitsById} onToggleLock={onToggleLock} />
                ) : (
                  <WorkloadPanel officers={officers} index={laterIndex} />
                )
              }
            />
          </div>
        </div>
      </main>
      {moving !== null && visitsById.get(moving) && (
        <MoveDialog
          visit={visitsById.get(moving)!}
          officers={officers}
          routeOf={index.routeOf}
          lockedOfficers={index.lockedOfficers}
          currentOfficerId={index.placeOf.get(moving)?.officerId ?? null}
          displayNames={displayNames}
          onMove={(officerId, position) => {
            setMoving(null);
            void move(moving, officerId, position);
          }}
          onClose={() => setMoving(null)}
        />
      )}
      {movingMany !== null && (
        <MoveManyDialog
          count={movingMany.length}
          officers={officers}
          routeOf={index.routeOf}
          lockedOfficers={index.lockedOfficers}
          currentOfficerId={focusOfficer}
          onMove={(officerId) => {
            setMovingMany(null);
            void moveMany(movingMany, officerId);
          }}
          onClose={() => setMovingMany(null)}
        />
      )}
      {rebalanced && (
        <RebalanceResult
          workloads={rebalanced.workloads}
          moved={rebalanced.moved}
          officerNames={officerNames}
          onClose={() => setRebalanced(null)}
        />
      )}
      {carrying && plan && (
        <CarryDialog
          date={plan.date}
          count={plan.unassigned.length}
          onCarry={(to) => {
            setCarrying(false);
            void edits.carry(to).then((count) => {
              if (count === null) return;
              onNotice('carry.done', { count, to });
              props.onAddedToOtherDay();
            });
          }}
          onClose={() => setCarrying(false)}
        />
      )}
      {handingOver !== null && (
        <HandOverDialog
          officerName={nameOf(handingOver)}
          initialTime={clockNow()}
          onHandOver={(fromSec) => void handOver(handingOver, fromSec)}
          onClose={() => setHandingOver(null)}
        />
      )}
      {edits.ruleRefusal && (
        <SupervisorReasonDialog
          title={t('override.title', { count: edits.ruleRefusal.problems.length })}
          explain={t('override.explain')}
          problems={edits.ruleRefusal.problems.map((p) => p.message)}
          confirmLabel={t('override.confirm')}
          backLabel={t('override.back')}
          canDecide={session.isSupervisor}
          notAllowed={t('supervisorDecision.notAllowed')}
          isBusy={edits.isBusy}
          onConfirm={(reason) => void overrideRefusal(reason)}
          onClose={() => {
            edits.dismissRuleRefusal();
            edits.dismissError();
          }}
        />
      )}
    </DragProvider>
  );
}
