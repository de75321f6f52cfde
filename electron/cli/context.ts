import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase, defaultDatabasePath } from '../backend/db/open';
import { userDataDir } from '../backend/user-data';
import type { Language } from '../../shared/domain';
import { usageError } from './errors';

/** What the command line runs with: where to print, the clock, the environment. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  nowMs: () => number;
}

/** What every command gets: the above, the one language it prints its sentences in, and who runs it. */
export interface CliContext extends CliIo {
  language: Language;
  /** The profile `--user` names: the audit trail names them, and their role decides what they may do. */
  userId?: string;
}

/** `argv` without its `--user ID` (or `--user=ID`), and that ID: every command takes it. */
export function takeUserFlag(argv: readonly string[]): { argv: string[]; userId?: string } {
  const at = argv.findIndex((arg) => arg === '--user' || arg.startsWith('--user='));
  if (at < 0) return { argv: [...argv] };
  const inline = argv[at] !== '--user';
  const userId = inline ? argv[at].slice('--user='.length) : argv[at + 1];
  const rest = [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
  return userId === undefined || userId === '' ? { argv: [...argv] } : { argv: rest, userId };
}

/** Opens `--db FILE`, or the default workspace's database in the user-data folder. */
export function openWorkspace(dbFlag: string | undefined, workspace: string | undefined, env: NodeJS.ProcessEnv): Database {
  const file = dbFlag ?? defaultDatabasePath(userDataDir(env), workspace ?? 'default');
  return openDatabase(file);
}

/** Reads an input file, turning "not found" and friends into a sentence. */
export function readInputFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError('cli.fileMissing', { file });
    if (code === 'EISDIR') throw usageError('cli.isFolder', { file });
    throw usageError('cli.unreadable', { file, code: String(code) });
  }
}

/** Writes an output file, creating its folder. */
export function writeOutputFile(file: string, content: string | Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError('cli.unwritable', { file, code: String(code) });
  }
}
