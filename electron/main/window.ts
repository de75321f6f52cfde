import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { loadWindowState, trackWindowState } from './window-state';

/** The renderer gets no Node, runs sandboxed and isolated from the preload's world. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} satisfies WebPreferences;

/** Creates the one app window where it was last closed, showing it once the page has painted. */
export function createMainWindow(options: { preloadPath: string; stateFile: string; title: string }): BrowserWindow {
  const state = loadWindowState(
    options.stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: options.title,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath },
  });
  if (state.isMaximized) window.maximize();
  trackWindowState(window, options.stateFile);
  window.once('ready-to-show', () => window.show());
  return window;
}
