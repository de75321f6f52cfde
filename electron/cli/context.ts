import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase, defaultDatabasePath } from '../backend/db/open';
import { userDataDir } from '../backend/user-data';
import { usageError } from './errors';

/** What every command gets: where to print, the clock, the environment. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  nowMs: () => number;
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
    if (code === 'ENOENT') throw usageError(`The file ${file} does not exist.`, `文件 ${file} 不存在。`);
    if (code === 'EISDIR') throw usageError(`${file} is a folder, not a file.`, `${file} 是文件夹，不是文件。`);
    throw usageError(`The file ${file} could not be read (${code}).`, `无法读取文件 ${file}（${code}）。`);
  }
}

/** Writes an output file, creating its folder. */
export function writeOutputFile(file: string, content: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`Could not write ${file} (${code}).`, `无法写入文件 ${file}（${code}）。`);
  }
}
