import path from 'node:path';
import { defaultDatabasePath } from '../backend/db/open';

/**
 * The workspace database: `--db FILE` (or `--db=FILE`) wins, then `DISPATCH_DB`, then
 * `<userData>/workspaces/default.sqlite`. Relative paths are taken from the working directory.
 */
export function resolveDatabasePath(options: {
  userDataDir: string;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  cwd: string;
}): string {
  const fromArgv = argValue(options.argv, '--db');
  const chosen = fromArgv ?? (options.env.DISPATCH_DB || undefined);
  if (chosen) return path.resolve(options.cwd, chosen);
  return defaultDatabasePath(options.userDataDir);
}

function argValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag && i + 1 < argv.length) return argv[i + 1];
    if (argv[i].startsWith(flag + '=')) return argv[i].slice(flag.length + 1);
  }
  return undefined;
}

/** The database path for this launch of the desktop app. */
export function databasePath(app: { getPath(name: 'userData'): string }): string {
  return resolveDatabasePath({ userDataDir: app.getPath('userData'), env: process.env, argv: process.argv, cwd: process.cwd() });
}
