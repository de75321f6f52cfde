import os from 'node:os';
import path from 'node:path';

/** The app's name as Electron uses it for the user-data folder (package.json productName). */
export const APP_DIR_NAME = 'Field Dispatch';

/**
 * The same folder Electron's `app.getPath('userData')` gives, computed without Electron so the
 * CLI and the browser back end find the desktop app's workspaces.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DISPATCH_USER_DATA) return env.DISPATCH_USER_DATA;
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}
