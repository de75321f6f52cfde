import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApiEvent } from '../../api/useApiEvent';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * Everything the day screen reads: workspace status, the selected day's visits and latest plan,
 * and the roster. Picks the back end's default day until the user chooses one.
 */
export function useDayData() {
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const status = useApiQuery('workspace.status', chosenDate ? { date: chosenDate } : {});
  const date = chosenDate ?? status.data?.day?.date ?? status.data?.dates[0] ?? null;

  useEffect(() => {
    // Pin the default day so later status calls ask for it explicitly.
    if (chosenDate === null && date !== null) setChosenDate(date);
  }, [chosenDate, date]);

  const visits = useApiQuery('visits.list', date ? { date } : null);
  const officers = useApiQuery('officers.list', {});
  const plan = useApiQuery('plans.latest', date ? { date } : null);
  const { refetch: refetchStatus } = status;
  const { refetch: refetchVisits } = visits;
  const { refetch: refetchOfficers } = officers;
  const { refetch: refetchPlan } = plan;

  const refresh = useCallback(async () => {
    await Promise.all([refetchStatus(), refetchVisits(), refetchOfficers(), refetchPlan()]);
  }, [refetchStatus, refetchVisits, refetchOfficers, refetchPlan]);

  // A plan saved elsewhere (another window, the CLI) shows up without a reload.
  useApiEvent('plans.saved', (saved) => {
    if (saved.date === date) void refresh();
  });

  const officerNames = useMemo(
    () => new Map((officers.data ?? []).map((o) => [o.id as string, o.name])),
    [officers.data],
  );
  const displayNames = useMemo(
    () => new Map((visits.data ?? []).map((v) => [v.id as string, v.displayName])),
    [visits.data],
  );

  return {
    date,
    selectDate: setChosenDate,
    status,
    visits,
    officers,
    plan,
    officerNames,
    displayNames,
    refresh,
    isEmpty: status.data !== undefined && status.data.dates.length === 0,
    errors: [status.error, visits.error, officers.error, plan.error],
  };
}
