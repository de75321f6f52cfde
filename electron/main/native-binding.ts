import path from 'node:path';

/**
 * Where the Electron build of better-sqlite3 lives. Tests use the Node build from node_modules;
 * the desktop app needs one compiled for Electron's ABI, kept apart so `npm test` keeps working
 * after `npm start` (see scripts/rebuild-native-for-electron.mjs and the README).
 */
export function nativeBindingPath(options: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return options.isPackaged
    ? path.join(options.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(options.appPath, 'build', 'electron-native', 'better_sqlite3.node');
}
