import { useId, useState, type FormEvent } from 'react';
import type { Officer, Route } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';
import { OfficerOptions } from './OfficerOptions';

export interface MoveManyDialogProps {
  /** How many visits are selected. */
  count: number;
  officers: readonly Officer[];
  routeOf: ReadonlyMap<string, Route>;
  lockedOfficers: ReadonlySet<string>;
  /** The officer most of the selection is with now (preselected), or null. */
  currentOfficerId: string | null;
  onMove(officerId: string): void;
  onClose(): void;
}

/**
 * Moving a selection (an area drawn on the map, rows picked in the table) to one officer: only the
 * officer is chosen; the back end puts each visit where it adds least travel, as one change.
 */
export function MoveManyDialog({ count, officers, routeOf, lockedOfficers, currentOfficerId, onMove, onClose }: MoveManyDialogProps) {
  const { t } = useT();
  // Focus goes back to where the user was (the map, the table) when the dialog closes.
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  const id = useId();
  const [officerId, setOfficerId] = useState(currentOfficerId ?? officers[0]?.id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (officerId) onMove(officerId);
  };

  return (
    <dialog
      ref={dialogRef}
      className="move-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explain`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('moveMany.title', { count })}</h2>
        <p id={`${id}-explain`} className="muted">
          {t('moveMany.explain')}
        </p>
        <label htmlFor={`${id}-officer`}>{t('move.officer')}</label>
        <select id={`${id}-officer`} value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
          <OfficerOptions officers={officers} routeOf={routeOf} lockedOfficers={lockedOfficers} />
        </select>
        {lockedOfficers.has(officerId) && <p className="warning-text">{t('move.lockedWarning')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('move.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('move.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
