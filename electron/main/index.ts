import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { AppError } from '../../shared/api/errors';
import { languageOfLocale } from '../../shared/domain';
import { translate } from '../../shared/i18n';
import { openDatabase } from '../backend/db/open';
import { createEventHub } from '../backend/events';
import { createHandlers } from '../backend/handlers';
import { createWorkerRunPlanner } from '../backend/solver-worker/worker-runner';
import { APP_URL, registerAppProtocol, registerAppScheme } from './app-protocol';
import { appSenderCheck, forwardEvents, registerApi } from './ipc';
import { menuTemplate, screenCommands } from './menu';
import { nativeBindingPath } from './native-binding';
import { databasePath } from './paths';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// Bundled to dist-electron/main/index.cjs; the preload sits next to it in ../preload.
const PRELOAD_PATH = path.join(__dirname, '..', 'preload', 'index.cjs');
// The planner runs in worker threads from this bundle, so the window never waits on a solve.
const SOLVE_WORKER_PATH = path.join(__dirname, 'solve-worker.cjs');

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  // The renderer is served from app://renderer/ (the built folder only), never from file://.
  registerAppProtocol(protocol, path.join(app.getAppPath(), 'dist', 'renderer'));
  const appUrl = APP_URL;
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));

  const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  const db = openDatabase(databasePath(app), { nativeBinding });
  app.on('will-quit', () => db.close());
  const events = createEventHub();
  const handlers = createHandlers(db, {
    events,
    runPlanner: createWorkerRunPlanner({ workerFile: SOLVE_WORKER_PATH }),
    // Offline map files are read with the same Electron build of better-sqlite3.
    nativeBinding,
  });
  registerApi(ipcMain, handlers, appSenderCheck(appUrl));

  const window = createMainWindow({
    preloadPath: PRELOAD_PATH,
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    title: app.getName(),
  });
  mainWindow = window;
  const stopForwarding = forwardEvents(events, window.webContents);
  window.on('closed', () => {
    stopForwarding();
    mainWindow = null;
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ ...screenCommands(window.webContents), quit: () => app.quit() }, languageOfLocale(app.getLocale()), {
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
      }),
    ),
  );

  await window.loadURL(appUrl);
}

// One instance per user: a second launch focuses the open window instead of opening the DB twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol); // before ready, as Chromium requires
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // The app's language: a refused workspace file is explained in it, like every other sentence.
      const language = languageOfLocale(app.getLocale());
      const text = error instanceof AppError ? error.userMessage[language] : error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(translate(language, 'app.title'), text);
      app.quit();
    });
}
