import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { VisitStatusChange, VisitSummary } from '../../../shared/api/contract';
import { dayCounts } from '../../../shared/logic/day-counts';
import { useApiEvent } from '../../api/useApiEvent';
import { useApiQuery } from '../../api/useApiQuery';
import { indexPlan } from '../plans/plan-index';
import { usePlanEdits } from '../plans/usePlanEdits';
import { usePlanView } from '../plans/usePlanView';

/**
 * Everything the day screen reads: the workspace's days, the selected day's visits and current
 * plan (with its edits), and the roster. Opens on the back end's opening day (today, or the next
 * day with visits) until the user chooses one. Plan changes patch what is held; only imports and
 * plans saved elsewhere read the day again.
 */
export function useDayData() {
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const status = useApiQuery('workspace.status', {});
  const date = chosenDate ?? status.data?.openingDay ?? null;

  useEffect(() => {
    // Pin the opening day so a later status (new dates imported) does not move the board.
    // Never over a choice the user made before this effect ran.
    if (chosenDate === null && date !== null) setChosenDate((chosen) => chosen ?? date);
  }, [chosenDate, date]);

  const visits = useApiQuery('visits.list', date ? { date } : null);
  // The day's roster as the planner sees it: leave, a half day's shift, the day's start place.
  const officers = useApiQuery('officers.list', date ? { date } : {});
  const planView = usePlanView(date);
  const { patch: patchVisits } = visits;
  const patchStatuses = useCallback(
    (changes: readonly VisitStatusChange[]) => {
      if (changes.length === 0) return;
      const statusOf = new Map<string, VisitStatusChange['status']>(changes.map((c) => [c.visitId, c.status]));
      patchVisits((list) =>
        list.map((v) => {
          const status = statusOf.get(v.id);
          return status === undefined || status === v.status ? v : { ...v, status };
        }),
      );
    },
    [patchVisits],
  );
  // Visit records edited or added by hand (issue 22): replaced in place, or added when new to the day.
  const patchRecords = useCallback(
    (records: readonly VisitSummary[]) => {
      const byId = new Map(records.filter((r) => r.date === date).map((r) => [r.id as string, r]));
      if (byId.size === 0) return;
      patchVisits((list) => {
        const next = list.map((v) => byId.get(v.id) ?? v);
        const known = new Set<string>(list.map((v) => v.id));
        return [...next, ...[...byId.values()].filter((r) => !known.has(r.id))];
      });
    },
    [patchVisits, date],
  );
  const edits = usePlanEdits(date, planView, patchStatuses, patchRecords);
  const { refetch: refetchStatus } = status;
  const { refetch: refetchVisits } = visits;
  const { refetch: refetchOfficers } = officers;
  const { refetch: refetchPlan } = planView;

  const refresh = useCallback(async () => {
    await Promise.all([refetchStatus(), refetchVisits(), refetchOfficers(), refetchPlan()]);
  }, [refetchStatus, refetchVisits, refetchOfficers, refetchPlan]);

  // A plan saved elsewhere (another window, the CLI) shows up without a reload: its visits'
  // statuses moved too. A plan this window's own change made is already on screen.
  const shownPlanId = useRef<string | null>(null);
  shownPlanId.current = planView.view?.plan.id ?? null;
  const { whenIdle, isOwnPlan } = edits;
  useApiEvent('plans.saved', (saved) => {
    if (saved.date !== date) return;
    void whenIdle().then(() => {
      if (saved.planId !== shownPlanId.current && !isOwnPlan(saved.planId)) void Promise.all([refetchVisits(), refetchPlan()]);
    });
  });

  const index = useMemo(() => indexPlan(planView.view?.plan), [planView.view?.plan]);
  const officerNames = useMemo(() => new Map((officers.data ?? []).map((o) => [o.id as string, o.name])), [officers.data]);
  const displayNames = useMemo(() => new Map((visits.data ?? []).map((v) => [v.id as string, v.displayName])), [visits.data]);
  const counts = useMemo(
    () => dayCounts(visits.data ?? [], officers.data ?? [], planView.view?.plan.stats ?? null),
    [visits.data, officers.data, planView.view?.plan.stats],
  );
  const visitsById = useMemo(() => new Map((visits.data ?? []).map((v) => [v.id as string, v])), [visits.data]);

  return {
    date,
    selectDate: setChosenDate,
    status,
    visits,
    officers,
    planView,
    plan: planView.view?.plan ?? null,
    index,
    edits,
    patchStatuses,
    officerNames,
    displayNames,
    visitsById,
    counts,
    refresh,
    isEmpty: status.data !== undefined && status.data.dates.length === 0,
    errors: [status.error, visits.error, officers.error, planView.error, edits.error],
  };
}
