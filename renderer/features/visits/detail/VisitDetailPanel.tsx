import { useEffect, useId, useState } from 'react';
import type { VisitSummary } from '../../../../shared/api/contract';
import type { NewVisit, VisitChanges } from '../../../../shared/api/visit-edit';
import type { Plan } from '../../../../shared/domain';
import { useApiClient } from '../../../api/ApiProvider';
import { useApiQuery } from '../../../api/useApiQuery';
import type { MessageKey } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { pick } from '../../../state/selection';
import { useSelectionStore } from '../../../state/SelectionProvider';
import type { PlanIndex } from '../../plans/plan-index';
import type { PlanEdits } from '../../plans/usePlanEdits';
import { AddVisitForm } from './AddVisitForm';
import { VisitDetail, type VisitPlace } from './VisitDetail';
import { VisitEditForm, type DraggedPin } from './VisitEditForm';

export interface VisitDetailPanelProps {
  /** The one selected visit, or null. */
  visitId: string | null;
  visitsById: ReadonlyMap<string, VisitSummary>;
  date: string;
  plan: Plan | null;
  index: PlanIndex;
  officerNames: ReadonlyMap<string, string>;
  edits: Pick<PlanEdits, 'changeVisit' | 'insertVisits'>;
  /** The visit whose pin the map lets the dispatcher drag (its edit form is open), or null. */
  onEditingPlace(visitId: string | null): void;
  draggedTo: DraggedPin | null;
  onNotice(key: MessageKey, values?: Record<string, string | number>): void;
  /** A visit was added for a day other than the one on screen. */
  onAddedToOtherDay(): void;
}

type Mode = { kind: 'view' } | { kind: 'edit'; visitId: string } | { kind: 'add' };

/** The selected visit's details, its edit form, and the form that adds a visit by hand. */
export function VisitDetailPanel(props: VisitDetailPanelProps) {
  const { visitId, visitsById, date, plan, index, officerNames, edits, onEditingPlace, onNotice, onAddedToOtherDay } = props;
  const { t } = useT();
  const { api } = useApiClient();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const selection = useSelectionStore();
  const detail = useApiQuery('visits.get', visitId ? { id: visitId } : null);
  const visit = visitId ? (visitsById.get(visitId) ?? null) : null;
  const editing = mode.kind === 'edit' && mode.visitId === visitId ? mode.visitId : null;

  // Another visit picked: its details, not the form of the one before.
  useEffect(() => {
    setMode((m) => (m.kind === 'edit' && m.visitId !== visitId ? { kind: 'view' } : m));
  }, [visitId]);
  useEffect(() => {
    onEditingPlace(editing);
    return () => onEditingPlace(null);
  }, [editing, onEditingPlace]);

  const save = async (id: string, changes: VisitChanges): Promise<unknown> => {
    try {
      const edited = await edits.changeVisit(() => api['visits.update']({ id, changes }));
      void detail.refetch();
      const flagged = edited.plan?.changes.violations.filter((v) => v.visitId === id).length ?? 0;
      if (!edited.plan) onNotice('visitForm.saved', { visitId: id });
      else if (flagged > 0) onNotice('visitForm.savedFlagged', { visitId: id, count: flagged });
      else onNotice('visitForm.savedRetimed', { visitId: id });
      return null;
    } catch (error) {
      return error;
    }
  };
  const add = async (fields: NewVisit): Promise<unknown> => {
    try {
      const added = await edits.changeVisit(() => api['visits.add']({ visit: fields }));
      onNotice('visitForm.added', { visitId: added.visit.id, date: added.visit.date });
      setMode({ kind: 'view' });
      // The new visit is shown with its details, and on a planned day the way to fit it in.
      if (added.visit.date === date) selection.update((s) => pick(s, added.visit.id, {}, 'keyboard'));
      else onAddedToOtherDay();
      return null;
    } catch (error) {
      return error;
    }
  };
  const fitIn = (id: string) =>
    void edits.insertVisits([id]).then((ok) => {
      if (ok) onNotice('edit.inserted', { count: 1 });
    });

  const placement = visit ? index.placeOf.get(visit.id) : undefined;
  const stop = placement ? index.routeOf.get(placement.officerId)?.stops[placement.position] : undefined;
  const place: VisitPlace | null =
    placement && stop
      ? { officerName: officerNames.get(placement.officerId) ?? placement.officerId, position: placement.position, stop }
      : null;
  const canFitIn = (id: string) => plan !== null && !index.placeOf.has(id) && visitsById.get(id)?.status === 'approved';

  return (
    <section className="panel visit-detail-panel" aria-labelledby={titleId} data-testid="visit-detail">
      <div className="panel__head">
        <h2 id={titleId}>{t('visitDetail.title')}</h2>
        <div className="visit-detail-panel__actions">
          {visit && mode.kind === 'view' && (
            <button type="button" onClick={() => setMode({ kind: 'edit', visitId: visit.id })}>
              {t('visitDetail.edit')}
            </button>
          )}
          {visit && mode.kind === 'view' && canFitIn(visit.id) && (
            <button type="button" onClick={() => fitIn(visit.id)}>
              {t('visitDetail.fitIn')}
            </button>
          )}
          {mode.kind !== 'add' && (
            <button type="button" onClick={() => setMode({ kind: 'add' })}>
              {t('visitDetail.add')}
            </button>
          )}
        </div>
      </div>
      {mode.kind === 'add' && <AddVisitForm date={date} onAdd={add} onClose={() => setMode({ kind: 'view' })} />}
      {mode.kind !== 'add' && !visit && <p className="muted">{t('visitDetail.none')}</p>}
      {mode.kind !== 'add' && visit && editing && (
        <VisitEditForm
          key={visit.id}
          visit={visit}
          hasPlan={plan !== null}
          draggedTo={props.draggedTo}
          onSave={(changes) => save(visit.id, changes)}
          onClose={() => setMode({ kind: 'view' })}
        />
      )}
      {mode.kind !== 'add' && visit && !editing && (
        <VisitDetail
          visit={visit}
          hasPlan={plan !== null}
          place={place}
          violations={index.violationsOfVisit.get(visit.id) ?? []}
          unassigned={index.unassigned.get(visit.id) ?? null}
          history={detail.data?.history ?? null}
          outcome={detail.data?.outcome ?? null}
        />
      )}
    </section>
  );
}
