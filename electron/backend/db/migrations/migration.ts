/**
 * One schema step. `version` is a multiple of 10 and becomes `PRAGMA user_version` once applied.
 * Never edit a shipped migration: the runner stores a hash of its SQL and refuses to open a
 * database whose applied migrations no longer match. Write a new migration instead.
 */
export interface Migration {
  readonly version: number;
  /** kebab-case, matches the file name after the number. */
  readonly name: string;
  /** Statements run inside the runner's transaction; they must not open or commit transactions of their own. */
  readonly sql: string;
}
