import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../shared/api/contract';
import { useApiClient } from './ApiProvider';

/** Listens to a back-end event while the component is mounted; the latest callback is always used. */
export function useApiEvent<K extends EventName>(event: K, callback: (payload: EventPayload<K>) => void): void {
  const client = useApiClient();
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  useEffect(() => client.on(event, (payload) => callbackRef.current(payload)), [client, event]);
}
