import { memo, useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import type { Officer } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { ErrorBanner } from '../../app/ErrorBanner';
import { isTypingTarget } from '../../components/list-keys';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { useDragController } from '../../state/DragProvider';
import { pick, selectOnly, EMPTY_SELECTION, type PickModifiers } from '../../state/selection';
import { useSelection, useSelectionStore } from '../../state/SelectionProvider';
import { problemOf, type PlanIndex } from '../plans/plan-index';
import { applyVisitFilter, NO_FILTER, type VisitFilter } from './filter-visits';
import { nextSort, sortVisits, type SortKey, type VisitSort } from './sort-visits';
import { CancelVisitsDialog } from './CancelVisitsDialog';
import { RecordOutcomeDialog } from './RecordOutcomeDialog';
import { VisitActions } from './VisitActions';
import { VisitFilters } from './VisitFilters';
import { VisitTable, type RowProblem } from './VisitTable';

export interface VisitsPanelProps {
  visits: readonly VisitSummary[];
  officers: readonly Officer[];
  index: PlanIndex;
  /** Whether the day has a plan: cancelling there is a plan version (undoable), elsewhere it asks first. */
  hasPlan: boolean;
  /** After visits were approved, cancelled or given their outcome (the day's data needs a refresh). */
  onStatusChanged(changed: number, status: 'approved' | 'cancelled' | 'outcome'): void | Promise<void>;
}

/**
 * Approved and planned follow the current plan (the back end keeps them so on every save); the
 * board shows them from the plan it holds, so an edit needs no re-read of 5,000 visits. Visits
 * whose status does not change keep their object, so their rows do not redraw.
 */
export function withPlanStatus(visits: readonly VisitSummary[], index: PlanIndex): readonly VisitSummary[] {
  let changed = false;
  const out = visits.map((v) => {
    if (v.status !== 'approved' && v.status !== 'planned') return v;
    const status: VisitSummary['status'] = index.placeOf.has(v.id) ? 'planned' : 'approved';
    if (status === v.status) return v;
    changed = true;
    return { ...v, status };
  });
  return changed ? out : visits;
}

/** The visits table with its filters, sorting, shared selection and the approve/cancel actions. */
function VisitsPanelView({ visits: stored, officers, index, hasPlan, onStatusChanged }: VisitsPanelProps) {
  const visits = useMemo(() => withPlanStatus(stored, index), [stored, index]);
  const { t, language } = useT();
  const store = useSelectionStore();
  const selection = useSelection();
  const drag = useDragController();
  const setStatus = useApiMutation('visits.setStatus');
  const [filter, setFilter] = useState<VisitFilter>(NO_FILTER);
  const [sort, setSort] = useState<VisitSort | null>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [recordingOutcome, setRecordingOutcome] = useState(false);

  const officerById = useMemo(() => new Map(officers.map((o) => [o.id as string, o])), [officers]);
  const teams = useMemo(() => [...new Set(officers.map((o) => o.team).filter(Boolean))].sort(), [officers]);
  const officerNameOf = useCallback(
    (visitId: string) => {
      const placement = index.placeOf.get(visitId);
      return placement ? (officerById.get(placement.officerId)?.name ?? placement.officerId) : null;
    },
    [index, officerById],
  );
  const rowProblemOf = useCallback(
    (visitId: string): RowProblem | null => {
      const problem = problemOf(index, visitId);
      if (!problem) return null;
      return problem.kind === 'violation'
        ? { kind: 'violation', text: problem.violations.map((v) => pickMessage(v.message, language)).join(' ') }
        : { kind: 'unassigned', text: pickMessage(problem.unassigned.message, language) };
    },
    [index, language],
  );

  const shown = useMemo(() => {
    const filtered = applyVisitFilter(visits, filter, {
      labelsOf: (v) => [t(`kind.${v.kind}`), t(`status.${v.status}`), officerNameOf(v.id) ?? ''],
      teamOf: (v) => officerById.get(index.placeOf.get(v.id)?.officerId ?? '')?.team ?? null,
      hasProblem: (v) => problemOf(index, v.id) !== null,
    });
    const valueOf = (v: VisitSummary, key: SortKey): string | number => {
      switch (key) {
        case 'problem':
          return index.violationsOfVisit.has(v.id) ? 0 : index.unassigned.has(v.id) ? 1 : 2;
        case 'id':
          return v.id;
        case 'name':
          return v.displayName;
        case 'kind':
          return t(`kind.${v.kind}`);
        case 'windows':
          return v.windows[0]?.startSec ?? 0;
        case 'priority':
          return v.priority;
        case 'status':
          return t(`status.${v.status}`);
        case 'officer':
          return officerNameOf(v.id) ?? '\uffff';
      }
    };
    return sortVisits(filtered, sort, valueOf, language === 'zh' ? 'zh-CN' : 'en');
  }, [visits, filter, sort, index, officerById, officerNameOf, t, language]);
  const order = useMemo(() => shown.map((v) => v.id as string), [shown]);

  const onPick = useCallback(
    (visitId: string, modifiers: PickModifiers) => {
      store.update((s) => pick(s, visitId, modifiers, 'table', order));
    },
    [store, order],
  );
  const onDragPress = useCallback(
    (event: PointerEvent, visit: VisitSummary) => {
      drag.press(event, visit.id, `${visit.displayName} · ${visit.id}`);
    },
    [drag],
  );

  // "/" jumps to the search box from anywhere on the board.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      searchRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changeStatus = async (status: 'approved' | 'cancelled') => {
    const ids = [...selection.ids];
    setConfirmingCancel(false);
    if (ids.length === 0) return;
    const result = await setStatus.run({ ids, status });
    if (result) await onStatusChanged(result.changed, status);
  };

  return (
    <section className="panel visits-panel" aria-labelledby="visits-title">
      <div className="panel__head">
        <h2 id="visits-title">
          {t('visits.title')} <span className="muted">({t('visits.shownOf', { shown: shown.length, total: visits.length })})</span>
        </h2>
      </div>
      <div ref={searchRef}>
        <VisitFilters filter={filter} onChange={setFilter} teams={teams} />
      </div>
      <VisitActions
        selectedCount={selection.ids.size}
        isBusy={setStatus.isBusy}
        onApprove={() => void changeStatus('approved')}
        onCancelVisits={() => (hasPlan ? void changeStatus('cancelled') : setConfirmingCancel(selection.ids.size > 0))}
        onRecordOutcome={() => setRecordingOutcome(selection.ids.size > 0)}
        onClearSelection={() => store.update(() => EMPTY_SELECTION)}
      />
      <ErrorBanner error={setStatus.error} onDismiss={setStatus.reset} />
      {confirmingCancel && (
        <CancelVisitsDialog
          count={selection.ids.size}
          date={visits[0]?.date ?? ''}
          onConfirm={() => void changeStatus('cancelled')}
          onClose={() => setConfirmingCancel(false)}
        />
      )}
      {recordingOutcome && (
        <RecordOutcomeDialog
          visitIds={[...selection.ids]}
          onRecorded={(count) => {
            setRecordingOutcome(false);
            void onStatusChanged(count, 'outcome');
          }}
          onClose={() => setRecordingOutcome(false)}
        />
      )}
      <VisitTable
        visits={shown}
        officerNameOf={officerNameOf}
        problemOf={rowProblemOf}
        isPinned={(visitId) => index.pinnedTo.has(visitId)}
        selection={selection}
        onPick={onPick}
        onSelectAll={() => store.update(() => selectOnly(order, 'table'))}
        onClearSelection={() => store.update(() => EMPTY_SELECTION)}
        sort={sort}
        onSort={(key) => setSort((s) => nextSort(s, key))}
        onDragPress={onDragPress}
      />
    </section>
  );
}

/** Memoised: it follows the plan a paint later, so a drop's first render leaves it alone. */
export const VisitsPanel = memo(VisitsPanelView);
