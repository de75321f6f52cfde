import fs, { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { dirname } from 'node:path';
import { defaultDatabasePath } from '../backend/db/open';
import { workspaceKeysFrom } from '../backend/db/key-ring';
import { openExistingWorkspace, openOrCreateWorkspace as openOrCreateWorkspaceFile } from '../backend/db/workspace-file';
import { userDataDir } from '../backend/user-data';
import type { Language } from '../../shared/domain';
import type { Diagnostics } from '../backend/log/diagnostics';
import { usageError } from './errors';
import { line } from './language';

/** What the command line runs with: where to print, the clock, the environment. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  nowMs: () => number;
  /** The log and crash reports (`cliDiagnostics`); none when absent, as in most tests. */
  diagnostics?: Diagnostics;
}

/** What every command gets: the above, the one language it prints its sentences in, and who runs it. */
export interface CliContext extends CliIo {
  language: Language;
  /** The profile `--user` names: the audit trail names them, and their role decides what they may do. */
  userId?: string;
  /** `--key-file FILE`: the workspace's key, instead of `DISPATCH_DB_KEY` or the key ring. */
  keyFile?: string;
  /** `--plain`: make a new workspace unencrypted, or open an unencrypted one as it is. */
  plain?: boolean;
}

/** The flags every command takes, `--user ID`, `--key-file FILE` and `--plain`, and `argv` without them. */
export function takeCommonFlags(argv: readonly string[]): { argv: string[] } & Pick<CliContext, 'userId' | 'keyFile' | 'plain'> {
  const user = takeValue(argv, '--user');
  const keyFile = takeValue(user.argv, '--key-file');
  const rest = keyFile.argv.filter((arg) => arg !== '--plain');
  return {
    argv: rest,
    ...(user.value !== undefined && { userId: user.value }),
    ...(keyFile.value !== undefined && { keyFile: keyFile.value }),
    ...(rest.length < keyFile.argv.length && { plain: true }),
  };
}

/** `argv` without `flag VALUE` (or `flag=VALUE`), and that value; a flag without a value stays for the command to refuse. */
function takeValue(argv: readonly string[], flag: string): { argv: string[]; value?: string } {
  const at = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (at < 0) return { argv: [...argv] };
  const inline = argv[at] !== flag;
  const value = inline ? argv[at].slice(flag.length + 1) : argv[at + 1];
  const rest = [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
  return value === undefined || value === '' ? { argv: [...argv] } : { argv: rest, value };
}

type WorkspaceCtx = Pick<CliContext, 'env' | 'stderr' | 'language' | 'keyFile' | 'plain'>;

const keysOf = (ctx: WorkspaceCtx) => workspaceKeysFrom(ctx.env, { keyFile: ctx.keyFile, plain: ctx.plain });

/**
 * Opens `--db FILE`, which must exist (a mistyped path is refused, never created), or the default
 * workspace's database in the user-data folder.
 */
export function openWorkspace(dbFlag: string | undefined, workspace: string | undefined, ctx: WorkspaceCtx): Database {
  if (dbFlag !== undefined) return openExistingWorkspace(dbFlag, { keys: keysOf(ctx) });
  return openOrCreateWorkspace(undefined, workspace, ctx);
}

/**
 * For the commands that set a workspace up (import and friends): opens `--db FILE`, creating it
 * when its folder exists and saying so on stderr (with a warning when it is made unencrypted); a
 * missing folder is refused.
 */
export function openOrCreateWorkspace(dbFlag: string | undefined, workspace: string | undefined, ctx: WorkspaceCtx): Database {
  const file = dbFlag ?? defaultDatabasePath(userDataDir(ctx.env), workspace ?? 'default');
  if (dbFlag === undefined) mkdirSync(dirname(file), { recursive: true });
  const { db, created, encrypted } = openOrCreateWorkspaceFile(file, { keys: keysOf(ctx) });
  if (created && dbFlag !== undefined) ctx.stderr.write(line(ctx.language, 'workspaceFile.created', { file }));
  if (created && !encrypted) ctx.stderr.write(line(ctx.language, 'workspaceKey.plainCreated', { file }));
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
