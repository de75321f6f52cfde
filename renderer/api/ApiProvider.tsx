import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/client';

const ApiContext = createContext<ApiClient | null>(null);

/** Makes the typed API client available to hooks below; main.tsx builds it over one transport. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The API client; components use the hooks built on it rather than calling this directly. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApiClient() needs an <ApiProvider> above it');
  return client;
}
