import type { Database as Db } from 'better-sqlite3';

/**
 * One schema step. `version` is a multiple of 10 and becomes `PRAGMA user_version` once applied.
 * Never edit a shipped migration: the runner stores a hash of `up` and refuses to open a
 * database whose applied migrations no longer match the code. Write a new migration instead.
 */
export interface Migration {
  readonly version: number;
  /** kebab-case, matches the file name after the number. */
  readonly name: string;
  /** Runs inside the runner's transaction; must not open or commit transactions of its own. */
  up(db: Db): void;
}
