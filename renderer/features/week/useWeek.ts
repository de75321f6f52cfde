import { useCallback } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import { addDays, type LocalDate } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { WEEK_DAYS } from './week-model';

/**
 * The week from `from`: each day's summary, the officers' days in it and the roster, with setting
 * one officer's day. After a change (or a refusal: the week may have changed meanwhile) the week
 * is read again, as the back end decides what the day now is.
 */
export function useWeek(from: LocalDate) {
  const week = useApiQuery('days.week', { from, days: WEEK_DAYS });
  const days = useApiQuery('officers.days', { from, to: addDays(from, WEEK_DAYS - 1) });
  const officers = useApiQuery('officers.list', {});
  const setDayCall = useApiMutation('officers.setDay');

  const { refetch: refetchWeek } = week;
  const { refetch: refetchDays } = days;
  const { refetch: refetchOfficers } = officers;
  const refresh = useCallback(async () => {
    await Promise.all([refetchWeek(), refetchDays(), refetchOfficers()]);
  }, [refetchWeek, refetchDays, refetchOfficers]);

  const { run } = setDayCall;
  const setDay = useCallback(
    async (input: MethodInput<'officers.setDay'>) => {
      const result = await run(input);
      await Promise.all([refetchWeek(), refetchDays()]);
      return result;
    },
    [run, refetchWeek, refetchDays],
  );

  return {
    week: week.data,
    days: days.data,
    officers: officers.data,
    loadError: week.error ?? days.error ?? officers.error,
    refresh,
    setDay,
    isSaving: setDayCall.isBusy,
    saveError: setDayCall.error,
    resetSave: setDayCall.reset,
  };
}
