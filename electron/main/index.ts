import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { AppError } from '../../shared/api/errors';
import { languageOfLocale } from '../../shared/domain';
import { translate } from '../../shared/i18n';
import { createEventHub } from '../backend/events';
import { createHandlers } from '../backend/handlers';
import { backupFolderOf, scheduleDailyBackups } from '../backend/services/backup-service';
import { createWorkerRunPlanner } from '../backend/solver-worker/worker-runner';
import { APP_URL, registerAppProtocol, registerAppScheme } from './app-protocol';
import { appSenderCheck, forwardEvents, registerApi } from './ipc';
import { logHandlerErrors, withCallLog } from '../backend/log/handler-log';
import { startMainDiagnostics, type MainDiagnostics } from './diagnostics';
import { menuTemplate, screenCommands } from './menu';
import { nativeBindingPath } from './native-binding';
import { databasePath } from './paths';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { askToEncrypt, openDesktopWorkspace } from './workspace-open';

// Bundled to dist-electron/main/index.cjs; the preload sits next to it in ../preload.
const PRELOAD_PATH = path.join(__dirname, '..', 'preload', 'index.cjs');
// The planner runs in worker threads from this bundle, so the window never waits on a solve.
const SOLVE_WORKER_PATH = path.join(__dirname, 'solve-worker.cjs');

let mainWindow: BrowserWindow | null = null;

async function start(diagnostics: MainDiagnostics): Promise<void> {
  const { log, workerCrashed } = diagnostics.diagnostics;
  // The renderer is served from app://renderer/ (the built folder only), never from file://.
  registerAppProtocol(protocol, path.join(app.getAppPath(), 'dist', 'renderer'));
  const appUrl = APP_URL;
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));

  const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  // Encrypted with a key the OS keychain seals (safeStorage); an unencrypted workspace is encrypted once the user agrees.
  const file = databasePath(app);
  const language = languageOfLocale(app.getLocale());
  const backups = path.join(app.getPath('userData'), 'backups');
  const db = await openDesktopWorkspace(file, {
    userDataDir: app.getPath('userData'),
    safeStorage,
    nativeBinding,
    askToEncrypt: () => askToEncrypt(dialog, language, file),
  });
  if (!db) return app.quit();
  app.on('will-quit', () => db.close());
  const events = createEventHub();
  const handlers = createHandlers(db, {
    events,
    // Logs and crash reports stay on this computer (issue 21).
    runPlanner: createWorkerRunPlanner({ workerFile: SOLVE_WORKER_PATH, onCrash: workerCrashed }),
    logError: logHandlerErrors(log),
    // Offline map files are read with the same Electron build of better-sqlite3.
    nativeBinding,
    backupsFolder: backups,
  });
  registerApi(ipcMain, withCallLog(handlers, log), appSenderCheck(appUrl));

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
      menuTemplate(
        { ...screenCommands(window.webContents), quit: () => app.quit(), openLogFolder: () => void diagnostics.openLogFolder() },
        language,
        { isMac: process.platform === 'darwin', isDev: !app.isPackaged },
      ),
    ),
  );

  await window.loadURL(appUrl);
  // The daily backup once the window is up (not before it: a large workspace takes a moment), then hourly.
  const stopBackups = scheduleDailyBackups(db, backupFolderOf(backups, db), { actor: 'app', clock: () => new Date() }, (error) =>
    log.error('backup.daily', {}, error),
  );
  app.on('will-quit', stopBackups);
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
  const diagnostics = startMainDiagnostics({ app, dialog, shell, language: () => languageOfLocale(app.getLocale()) });
  app
    .whenReady()
    .then(() => start(diagnostics))
    .catch((error: unknown) => {
      diagnostics.diagnostics.log.error('app.startFailed', {}, error);
      // The app's language: a refused workspace file is explained in it, like every other sentence.
      const language = languageOfLocale(app.getLocale());
      const text = error instanceof AppError ? error.userMessage[language] : error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(translate(language, 'app.title'), text);
      app.quit();
    });
}
