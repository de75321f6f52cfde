import { useCallback, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { CustomerHold } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';

export type PlaceHoldInput = MethodInput<'holds.place'>;

/** The last change made here, for the screen's notice. */
export interface HoldNotice {
  action: 'placed' | 'released';
  hold: CustomerHold;
}

/**
 * The holds (all customers', released ones too) and the roster for officer names, with placing and
 * releasing: after either succeeds the list is read again, since the back end decides what is stored.
 */
export function useHolds() {
  const holds = useApiQuery('holds.list', {});
  const officers = useApiQuery('officers.list', {});
  const placeCall = useApiMutation('holds.place');
  const releaseCall = useApiMutation('holds.release');
  const [notice, setNotice] = useState<HoldNotice | null>(null);

  const { refetch } = holds;
  const afterChange = useCallback(
    async (action: HoldNotice['action'], hold: CustomerHold | undefined) => {
      if (!hold) return false;
      setNotice({ action, hold });
      await refetch();
      return true;
    },
    [refetch],
  );

  const { run: runPlace, reset: resetPlace } = placeCall;
  const { run: runRelease, reset: resetRelease } = releaseCall;
  const place = useCallback(
    async (input: PlaceHoldInput) => {
      setNotice(null);
      resetRelease();
      return afterChange('placed', await runPlace(input));
    },
    [runPlace, resetRelease, afterChange],
  );
  const release = useCallback(
    async (id: number, reason: string) => {
      setNotice(null);
      resetPlace();
      return afterChange('released', await runRelease({ id, reason }));
    },
    [runRelease, resetPlace, afterChange],
  );

  return {
    holds: holds.data,
    loadError: holds.error ?? officers.error,
    officers: officers.data ?? [],
    notice,
    place,
    isPlacing: placeCall.isBusy,
    placeError: placeCall.error,
    resetPlace,
    release,
    isReleasing: releaseCall.isBusy,
    releaseError: releaseCall.error,
    resetRelease,
  };
}
