import { useId, useState } from 'react';
import type { PlanStats } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';

export interface HeldPlanDialogProps {
  /** The stopped solve's plan, held back. */
  held: PlanStats;
  /** The plan the day kept. */
  current: PlanStats;
  onUseHeld(): void;
  onClose(): void;
}

/** Planning was stopped before its plan caught up with the day's plan: which one should the day have? */
export function HeldPlanDialog({ held, current, onUseHeld, onClose }: HeldPlanDialogProps) {
  const { t } = useT();
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  const id = useId();
  const facts = (stats: PlanStats) => ({
    assigned: stats.assignedCount,
    total: stats.visitCount,
    km: (stats.distanceM / 1000).toFixed(1),
    hours: (stats.travelSec / 3600).toFixed(1),
  });
  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('heldPlan.title')}</h2>
      <div id={`${id}-body`}>
        <p>{t('heldPlan.explain')}</p>
        <ul>
          <li>{t('heldPlan.current', facts(current))}</li>
          <li>{t('heldPlan.stopped', facts(held))}</li>
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('heldPlan.keep')}
        </button>
        <button type="button" onClick={onUseHeld}>
          {t('heldPlan.use')}
        </button>
      </div>
    </dialog>
  );
}
