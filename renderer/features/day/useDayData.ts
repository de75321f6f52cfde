import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApiEvent } from '../../api/useApiEvent';
import { useApiQuery } from '../../api/useApiQuery';
import { indexPlan } from '../plans/plan-index';
import { usePlanEdits } from '../plans/usePlanEdits';
import { usePlanView } from '../plans/usePlanView';

/**
 * Everything the day screen reads: workspace status, the selected day's visits and current plan
 * (with its edits), and the roster. Opens on the back end's opening day (today, or the next day
 * with visits) until the user chooses one.
 */
export function useDayData() {
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const status = useApiQuery('workspace.status', chosenDate ? { date: chosenDate } : {});
  const date = chosenDate ?? status.data?.day?.date ?? null;

  useEffect(() => {
    // Pin the default day so later status calls ask for it explicitly.
    if (chosenDate === null && date !== null) setChosenDate(date);
  }, [chosenDate, date]);

  const visits = useApiQuery('visits.list', date ? { date } : null);
  const officers = useApiQuery('officers.list', {});
  const planView = usePlanView(date);
  const edits = usePlanEdits(date, planView);
  const { refetch: refetchStatus } = status;
  const { refetch: refetchVisits } = visits;
  const { refetch: refetchOfficers } = officers;
  const { refetch: refetchPlan } = planView;

  const refresh = useCallback(async () => {
    await Promise.all([refetchStatus(), refetchVisits(), refetchOfficers(), refetchPlan()]);
  }, [refetchStatus, refetchVisits, refetchOfficers, refetchPlan]);

  // One refresh per saved plan: the window that solved it hears `plans.saved` as well as getting
  // the answer, and both ask for a refresh (HTTP gives no order between the two). Either one
  // starts after the plan was stored, so the other may simply wait for it.
  const planRefresh = useRef<{ planId: string; done: Promise<void> } | null>(null);
  const refreshForPlan = useCallback(
    (planId: string) => {
      if (planRefresh.current?.planId === planId) return planRefresh.current.done;
      const done = refresh();
      planRefresh.current = { planId, done };
      return done;
    },
    [refresh],
  );

  // A plan saved elsewhere (another window, the CLI) shows up without a reload. A plan our own
  // edit made is already on screen once the edit is answered (its counts are read below).
  const shownPlanId = useRef<string | null>(null);
  shownPlanId.current = planView.view?.plan.id ?? null;
  const { whenIdle, isOwnPlan } = edits;
  useApiEvent('plans.saved', (saved) => {
    if (saved.date !== date) return;
    void whenIdle().then(() => {
      if (saved.planId !== shownPlanId.current && !isOwnPlan(saved.planId)) void refreshForPlan(saved.planId);
    });
  });

  // Edits, undo and redo change the day's counts (unassigned, planned); they are cheap to read again.
  const planId = planView.view?.plan.id ?? null;
  const statusForPlan = useRef<string | null>(null);
  useEffect(() => {
    if (planId === null || statusForPlan.current === planId) return;
    const isFirst = statusForPlan.current === null;
    statusForPlan.current = planId;
    if (!isFirst) void refetchStatus();
  }, [planId, refetchStatus]);

  const index = useMemo(() => indexPlan(planView.view?.plan), [planView.view?.plan]);
  const officerNames = useMemo(() => new Map((officers.data ?? []).map((o) => [o.id as string, o.name])), [officers.data]);
  const displayNames = useMemo(() => new Map((visits.data ?? []).map((v) => [v.id as string, v.displayName])), [visits.data]);
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
    officerNames,
    displayNames,
    visitsById,
    refresh,
    refreshForPlan,
    isEmpty: status.data !== undefined && status.data.dates.length === 0,
    errors: [status.error, visits.error, officers.error, planView.error, edits.error],
  };
}
