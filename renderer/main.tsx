import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { createApiClient } from '../shared/api/client';
import { ApiProvider } from './api/ApiProvider';
import { takeAccessToken } from './api/access-token';
import { httpTransport } from './api/http-transport';
import { ipcTransport } from './api/ipc-transport';
import { App } from './app/App';
import { I18nProvider } from './i18n/I18nProvider';

// The one place that knows how the back end is reached: Electron IPC when the preload exposed
// `window.api`, otherwise the local HTTP server that served this page.
const transport = window.api
  ? ipcTransport(window.api)
  : httpTransport({ baseUrl: import.meta.env.VITE_API_URL ?? '', token: takeAccessToken() });
const client = createApiClient(transport, { checkOutputs: import.meta.env.DEV });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </I18nProvider>
  </StrictMode>,
);
