import type { EventName, EventPayload } from '../../shared/api/contract';

type Listener = (name: EventName, payload: unknown) => void;

/** Fan-out of back-end events to whoever transports them (IPC window, HTTP SSE clients, CLI). */
export interface EventHub {
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
  subscribe(listener: Listener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<Listener>();
  return {
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
