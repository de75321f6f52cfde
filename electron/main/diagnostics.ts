import fs from 'node:fs';
import type { App, Details, Dialog, RenderProcessGoneDetails, Shell, WebContents } from 'electron';
import type { Language } from '../../shared/domain';
import { translate } from '../../shared/i18n';
import { logFolder } from '../backend/log/app-log';
import { createDiagnostics, type Diagnostics } from '../backend/log/diagnostics';

export interface MainDiagnosticsDeps {
  app: Pick<App, 'getPath' | 'getVersion' | 'on' | 'quit'>;
  dialog: Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;
  shell: Pick<Shell, 'openPath'>;
  /** The language sentences are shown in, asked when one is shown (the locale is known once the app is ready). */
  language: () => Language;
  /** Where to write instead of `<userData>/logs/app.log` and `<userData>/crash-reports` (tests). */
  diagnostics?: Diagnostics;
}

export interface MainDiagnostics {
  diagnostics: Diagnostics;
  /** Help → Open log folder: the folder in the system's file manager. */
  openLogFolder(): Promise<void>;
}

/**
 * The desktop app's log and local crash reports (issue 21): logs the start and the quit, and on a
 * renderer or other Chromium process crash writes a crash report and tells the user in a dialog
 * (for the window, with an offer to reload it). Nothing is sent anywhere.
 */
export function startMainDiagnostics(deps: MainDiagnosticsDeps): MainDiagnostics {
  const userData = deps.app.getPath('userData');
  const diagnostics = deps.diagnostics ?? createDiagnostics({ userDataDir: userData, kind: 'app', appVersion: deps.app.getVersion() });
  const { log } = diagnostics;
  log.info('app.start', {
    version: deps.app.getVersion(),
    electron: process.versions.electron,
    node: process.versions.node,
    platform: process.platform,
    arch: process.arch,
  });
  // Processes ended by quitting are not crashes.
  let isQuitting = false;
  deps.app.on('before-quit', () => {
    isQuitting = true;
  });
  deps.app.on('will-quit', () => log.info('app.quit'));
  deps.app.on('render-process-gone', (_event, contents, details) => {
    if (!isQuitting && details.reason !== 'clean-exit') void rendererGone(deps, diagnostics, contents, details);
  });
  let hasToldOfChild = false;
  deps.app.on('child-process-gone', (_event, details) => {
    if (isQuitting || details.reason === 'clean-exit') return;
    // Every crash is reported on disk; the user is told once per launch (a GPU process may crash repeatedly).
    const told = hasToldOfChild;
    hasToldOfChild = true;
    childGone(deps, diagnostics, details, !told);
  });
  return { diagnostics, openLogFolder: () => openLogFolder(deps, diagnostics, logFolder(userData)) };
}

async function rendererGone(
  deps: MainDiagnosticsDeps,
  diagnostics: Diagnostics,
  contents: Pick<WebContents, 'reload' | 'isDestroyed'>,
  details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>,
): Promise<void> {
  const file = diagnostics.saveCrash({ kind: 'renderer', reason: details.reason, exitCode: details.exitCode });
  const language = deps.language();
  const { response } = await deps.dialog.showMessageBox({
    type: 'error',
    title: translate(language, 'app.title'),
    message: file === null ? translate(language, 'crash.windowGoneUnsaved') : translate(language, 'crash.windowGone', { file }),
    buttons: [translate(language, 'crash.reload'), translate(language, 'menu.quit')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
    normalizeAccessKeys: true,
  });
  if (response !== 0) {
    deps.app.quit();
  } else if (!contents.isDestroyed()) {
    diagnostics.log.info('window.reload');
    contents.reload();
  }
}

function childGone(
  deps: MainDiagnosticsDeps,
  diagnostics: Diagnostics,
  details: Pick<Details, 'type' | 'reason' | 'exitCode'>,
  isToldNow: boolean,
): void {
  const file = diagnostics.saveCrash({
    kind: 'child-process',
    reason: details.reason,
    exitCode: details.exitCode,
    processType: details.type,
  });
  if (!isToldNow) return;
  const language = deps.language();
  const values = { process: details.type, ...(file !== null && { file }) };
  void deps.dialog.showMessageBox({
    type: 'warning',
    title: translate(language, 'app.title'),
    message: translate(language, file === null ? 'crash.processGoneUnsaved' : 'crash.processGone', values),
  });
}

async function openLogFolder(deps: MainDiagnosticsDeps, diagnostics: Diagnostics, folder: string): Promise<void> {
  try {
    // The folder exists once something was logged; make sure, so the file manager never refuses it.
    fs.mkdirSync(folder, { recursive: true });
  } catch {
    // openPath says what is wrong below.
  }
  const failure = await deps.shell.openPath(folder);
  if (failure === '') return;
  diagnostics.log.warn('logFolder.unopenable');
  const language = deps.language();
  deps.dialog.showErrorBox(translate(language, 'app.title'), translate(language, 'logs.openFailed', { folder, reason: failure }));
}
