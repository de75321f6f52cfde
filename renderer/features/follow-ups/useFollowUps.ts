import { useCallback, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { FollowUp } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';

/** Which follow-ups to approve: named ones, all of one rule, or (neither) all proposed. */
export type ApproveInput = MethodInput<'followUps.approve'>;

/**
 * Every follow-up, with approving: after an approval (or a refusal, since the list may have changed
 * meanwhile) the list is read again, as the back end decides what was made. `approved` holds what
 * the last approval approved, for the screen's notice.
 */
export function useFollowUps() {
  const list = useApiQuery('followUps.list', {});
  const approveCall = useApiMutation('followUps.approve');
  const [approved, setApproved] = useState<FollowUp[] | null>(null);

  const { refetch } = list;
  const { run } = approveCall;
  const approve = useCallback(
    async (which: ApproveInput) => {
      setApproved(null);
      const made = await run(which);
      await refetch();
      if (made) setApproved(made);
      return made;
    },
    [run, refetch],
  );

  return {
    followUps: list.data,
    loadError: list.error,
    approved,
    approve,
    isApproving: approveCall.isBusy,
    approveError: approveCall.error,
    resetApprove: approveCall.reset,
  };
}
