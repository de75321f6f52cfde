import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { useApiClient } from './ApiProvider';

export interface ApiMutation<K extends MethodName> {
  /** Runs the method; resolves to its output, or to undefined after storing the error. */
  run(input: MethodInput<K>): Promise<MethodOutput<K> | undefined>;
  isBusy: boolean;
  error: unknown;
  reset(): void;
}

/** A method that changes things (plan, export, load demo), with busy and error state for the UI. */
export function useApiMutation<K extends MethodName>(method: K): ApiMutation<K> {
  const { api } = useApiClient();
  const [state, setState] = useState<{ isBusy: boolean; error: unknown }>({ isBusy: false, error: null });

  const run = useCallback(
    async (input: MethodInput<K>) => {
      setState({ isBusy: true, error: null });
      try {
        const call = api[method] as (input: MethodInput<K>) => Promise<MethodOutput<K>>;
        const output = await call(input);
        setState({ isBusy: false, error: null });
        return output;
      } catch (error) {
        setState({ isBusy: false, error });
        return undefined;
      }
    },
    [api, method],
  );

  const reset = useCallback(() => setState({ isBusy: false, error: null }), []);
  return { run, isBusy: state.isBusy, error: state.error, reset };
}
