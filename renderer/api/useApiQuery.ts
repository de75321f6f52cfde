import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { useApiClient } from './ApiProvider';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** Loads again with the same input, keeping the current data on screen meanwhile. */
  refetch(): Promise<void>;
  /** Patches the data on screen with what an answer said changed (no request); a newer load wins. */
  patch(update: (data: T) => T): void;
}

/**
 * Calls a read method whenever its input changes (`null` input: don't call yet). Answers that
 * arrive after a newer request started are dropped, so a fast day switch never shows stale rows.
 */
export function useApiQuery<K extends MethodName>(method: K, input: MethodInput<K> | null): ApiQuery<MethodOutput<K>> {
  const { api } = useApiClient();
  const key = input === null ? null : `${method}:${JSON.stringify(input)}`;
  const [state, setState] = useState<{ key: string | null; data?: MethodOutput<K>; error: unknown; isLoading: boolean }>({
    key: null,
    error: null,
    isLoading: input !== null,
  });
  const latest = useRef(0);

  // `key` changes exactly when the input's content does, so the input captured with it is current.
  const load = useCallback(async () => {
    const current = input;
    if (current === null) return;
    const requestId = ++latest.current;
    setState((s) => ({ ...s, isLoading: true }));
    try {
      const call = api[method] as (input: MethodInput<K>) => Promise<MethodOutput<K>>;
      const data = await call(current);
      if (requestId === latest.current) setState({ key, data, error: null, isLoading: false });
    } catch (error) {
      if (requestId === latest.current) setState((s) => ({ ...s, key, error, isLoading: false }));
    }
  }, [api, method, key]);

  useEffect(() => {
    void load();
  }, [load]);

  const patch = useCallback((update: (data: MethodOutput<K>) => MethodOutput<K>) => {
    setState((s) => (s.data === undefined ? s : { ...s, data: update(s.data) }));
  }, []);

  const isCurrent = state.key === key;
  return {
    data: isCurrent ? state.data : undefined,
    error: isCurrent ? state.error : null,
    isLoading: key !== null && (!isCurrent || state.isLoading),
    refetch: load,
    patch,
  };
}
