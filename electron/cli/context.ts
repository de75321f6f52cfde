import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, defaultDatabasePath } from '../backend/db/open';
import { openExistingWorkspace, openOrCreateWorkspace as openOrCreateWorkspaceFile } from '../backend/db/workspace-file';
import { userDataDir } from '../backend/user-data';
import type { Language } from '../../shared/domain';
import { usageError } from './errors';
import { line } from './language';

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

/**
 * Opens `--db FILE`, which must exist (a mistyped path is refused, never created), or the default
 * workspace's database in the user-data folder.
 */
export function openWorkspace(dbFlag: string | undefined, workspace: string | undefined, env: NodeJS.ProcessEnv): Database {
  if (dbFlag !== undefined) return openExistingWorkspace(dbFlag);
  return openDatabase(defaultDatabasePath(userDataDir(env), workspace ?? 'default'));
}

/**
 * For the commands that set a workspace up (import and friends): opens `--db FILE`, creating it
 * when its folder exists and saying so on stderr; a missing folder is refused.
 */
export function openOrCreateWorkspace(
  dbFlag: string | undefined,
  workspace: string | undefined,
  ctx: Pick<CliContext, 'env' | 'stderr' | 'language'>,
): Database {
  if (dbFlag === undefined) return openDatabase(defaultDatabasePath(userDataDir(ctx.env), workspace ?? 'default'));
  const { db, created } = openOrCreateWorkspaceFile(dbFlag);
  if (created) ctx.stderr.write(line(ctx.language, 'workspaceFile.created', { file: dbFlag }));
  return db;
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

/** Refuses, as reading would, input files that cannot be read: before a new workspace is made for them. */
export function checkInputFiles(files: readonly (string | undefined)[]): void {
  for (const file of files) if (file !== undefined && !isReadableFile(file)) readInputFile(file);
}

function isReadableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
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
