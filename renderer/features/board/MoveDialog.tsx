import { useId, useMemo, useState, type FormEvent } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import { formatClock, type Officer, type Route } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';
import { dropPosition } from '../timeline/timeline-model';
import { OfficerOptions } from './OfficerOptions';

export interface MoveDialogProps {
  visit: VisitSummary;
  officers: readonly Officer[];
  routeOf: ReadonlyMap<string, Route>;
  lockedOfficers: ReadonlySet<string>;
  currentOfficerId: string | null;
  displayNames: ReadonlyMap<string, string>;
  onMove(officerId: string, position: number): void;
  onClose(): void;
}

/**
 * The keyboard way to drag: choose the officer and the place in their route. The place starts
 * where the visit's first window falls in that route.
 */
export function MoveDialog({ visit, officers, routeOf, lockedOfficers, currentOfficerId, displayNames, onMove, onClose }: MoveDialogProps) {
  const { t } = useT();
  // Focus goes back to where the user was (the table, the timeline) when the dialog closes.
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  const id = useId();
  const [officerId, setOfficerId] = useState(currentOfficerId ?? officers[0]?.id ?? '');
  const others = useMemo(() => (routeOf.get(officerId)?.stops ?? []).filter((s) => s.visitId !== visit.id), [routeOf, officerId, visit.id]);
  const suggested = dropPosition(routeOf.get(officerId), visit.windows[0]?.startSec ?? 0, visit.id).position;
  const [chosen, setChosen] = useState<{ officerId: string; position: number } | null>(null);
  const position = chosen?.officerId === officerId ? chosen.position : suggested;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (officerId) onMove(officerId, position);
  };

  return (
    <dialog
      ref={dialogRef}
      className="move-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('move.title', { name: visit.displayName, id: visit.id })}</h2>
        <label htmlFor={`${id}-officer`}>{t('move.officer')}</label>
        <select id={`${id}-officer`} value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
          <OfficerOptions officers={officers} routeOf={routeOf} lockedOfficers={lockedOfficers} />
        </select>
        <label htmlFor={`${id}-position`}>{t('move.position')}</label>
        <select id={`${id}-position`} value={position} onChange={(e) => setChosen({ officerId, position: Number(e.target.value) })}>
          {others.map((stop, i) => (
            <option key={stop.visitId} value={i}>
              {t('move.before', {
                n: i + 1,
                time: formatClock(stop.startSec),
                name: displayNames.get(stop.visitId) ?? '',
                id: stop.visitId,
              })}
            </option>
          ))}
          <option value={others.length}>
            {others.length === 0 ? t('move.only') : t('move.last', { time: formatClock(others[others.length - 1].endSec) })}
          </option>
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
