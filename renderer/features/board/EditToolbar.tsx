import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import { PlanProgress } from '../plans/PlanProgress';
import type { SolveProgress } from '../plans/useSolveProgress';

export interface EditToolbarProps {
  hasPlan: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  selectedCount: number;
  /** The selected visits that are in a route (can be pinned, unassigned) and that are pinned. */
  placedCount: number;
  pinnedCount: number;
  /** Whether the route of the focused visit has its order locked; null when it is in no route. */
  routeLocked: boolean | null;
  onMove(): void;
  onPin(): void;
  onLock(): void;
  onUnassign(): void;
  /** The focused visit's officer is unavailable from a time (asks when). */
  onHandOver(): void;
  onRebalance(): void;
  onReoptimise(): void;
  /** Whether the map's area mode is on (a drag there draws around visits to select them). */
  areaMode: boolean;
  onToggleArea(): void;
  isBusy: boolean;
  isReoptimising: boolean;
  progress: SolveProgress;
  onCancel(): void;
  isCancelling: boolean;
}

/** Plan editing: undo and redo, select by area, move, pin, lock, unassign the selection, and re-optimise the rest. */
export function EditToolbar(props: EditToolbarProps) {
  const { t } = useT();
  const { hasPlan, selectedCount, placedCount, pinnedCount, routeLocked, isBusy } = props;
  const allPinned = placedCount > 0 && pinnedCount === placedCount;
  return (
    <div className="edit-toolbar" role="toolbar" aria-label={t('edit.toolbar')}>
      <button
        type="button"
        onClick={props.onUndo}
        disabled={!props.canUndo || isBusy}
        aria-keyshortcuts="Control+Z"
        title={t('edit.undoHint')}
      >
        <Icon name="undo" /> {t('edit.undo')}
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!props.canRedo || isBusy}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={t('edit.redoHint')}
      >
        <Icon name="redo" /> {t('edit.redo')}
      </button>
      <span className="edit-toolbar__sep" aria-hidden="true" />
      <button type="button" onClick={props.onToggleArea} aria-pressed={props.areaMode} aria-keyshortcuts="A" title={t('area.toggleHint')}>
        {t('area.toggle')}
      </button>
      <button type="button" onClick={props.onMove} disabled={!hasPlan || selectedCount === 0 || isBusy} aria-keyshortcuts="M">
        {t('edit.move')}
      </button>
      <button
        type="button"
        onClick={props.onPin}
        disabled={!hasPlan || placedCount === 0 || isBusy}
        aria-keyshortcuts="K"
        aria-pressed={allPinned}
      >
        <Icon name="pin" /> {allPinned ? t('edit.unpin') : t('edit.pin')}
      </button>
      <button
        type="button"
        onClick={props.onLock}
        disabled={!hasPlan || routeLocked === null || isBusy}
        aria-keyshortcuts="O"
        aria-pressed={routeLocked === true}
      >
        <Icon name={routeLocked ? 'lock' : 'unlock'} /> {routeLocked ? t('edit.unlockOrder') : t('edit.lockOrder')}
      </button>
      <button type="button" onClick={props.onUnassign} disabled={!hasPlan || placedCount === 0 || isBusy} aria-keyshortcuts="U">
        {t('edit.unassign')}
      </button>
      <button type="button" onClick={props.onHandOver} disabled={!hasPlan || routeLocked === null || isBusy}>
        {t('handOver.open')}
      </button>
      <span className="edit-toolbar__sep" aria-hidden="true" />
      <button
        type="button"
        className="primary"
        onClick={props.onReoptimise}
        disabled={!hasPlan || isBusy}
        aria-busy={props.isReoptimising}
        aria-keyshortcuts="Alt+R"
      >
        {props.isReoptimising ? t('edit.reoptimising') : t('edit.reoptimise')}
      </button>
      <button type="button" onClick={props.onRebalance} disabled={!hasPlan || isBusy}>
        {t('rebalance.open')}
      </button>
      {props.isReoptimising && (
        <PlanProgress
          label={t('edit.reoptimising')}
          progress={props.progress}
          onCancel={props.onCancel}
          isCancelling={props.isCancelling}
        />
      )}
      <span className="muted edit-toolbar__status" aria-live="polite">
        {isBusy && !props.isReoptimising ? t('edit.saving') : ''}
      </span>
    </div>
  );
}
