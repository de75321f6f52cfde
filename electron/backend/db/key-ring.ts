import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { userDataDir } from '../user-data';

/**
 * Seals the key ring's text at rest: the desktop app's sealer is Electron's `safeStorage` (the OS
 * keychain's key); the command line and the browser back end keep it as it is, in a file only its
 * owner may read.
 */
export interface KeySealer {
  /** Names the ring's file, so a sealed ring and a plain one never read each other. */
  readonly fileName: string;
  seal(text: string): Buffer;
  unseal(sealed: Buffer): string;
}

export const PLAIN_SEALER: KeySealer = {
  fileName: 'workspace-keys.json',
  seal: (text) => Buffer.from(text, 'utf8'),
  unseal: (sealed) => sealed.toString('utf8'),
};

interface RingFile {
  format: 'field-dispatch-keys';
  version: 1;
  keys: { key: string; files: string[] }[];
}

/** The keys of the workspaces made on this computer, in the user-data folder (never beside a workspace). */
export interface KeyRing {
  /** Keys to try for `file`: the one it was made with first, then the others (a copy or backup moved elsewhere). */
  keysFor(file: string): string[];
  /** Records that `key` opens `file`. */
  remember(file: string, key: string): void;
}

/** The key ring in `<userDataDir>/keys`, created (owner-only) on the first key it keeps. */
export function openKeyRing(userDataDir: string, sealer: KeySealer = PLAIN_SEALER): KeyRing {
  const folder = join(userDataDir, 'keys');
  const path = join(folder, sealer.fileName);
  const read = (): RingFile => {
    if (!existsSync(path)) return { format: 'field-dispatch-keys', version: 1, keys: [] };
    return JSON.parse(sealer.unseal(readFileSync(path))) as RingFile;
  };
  return {
    keysFor(file) {
      const at = resolve(file);
      const keys = read().keys;
      return [...keys.filter((k) => k.files.includes(at)), ...keys.filter((k) => !k.files.includes(at))].map((k) => k.key);
    },
    remember(file, key) {
      const at = resolve(file);
      const ring = read();
      for (const entry of ring.keys) entry.files = entry.files.filter((f) => f !== at);
      const entry = ring.keys.find((k) => k.key === key);
      if (entry) entry.files.push(at);
      else ring.keys.push({ key, files: [at] });
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      chmodSync(folder, 0o700);
      // Written whole then renamed: a crash leaves the old ring or the new one, never half of one.
      const staging = `${path}.${process.pid}.tmp`;
      writeFileSync(staging, sealer.seal(JSON.stringify(ring, null, 1)), { mode: 0o600 });
      renameSync(staging, path);
    },
  };
}

/** Where a run's workspace keys come from. */
export interface WorkspaceKeys {
  /** A key given for this run (`DISPATCH_DB_KEY` or `--key-file`): the only one tried, and the one new workspaces get. */
  given?: { key: string; source: string };
  ring: KeyRing;
  /** `--plain`: a new workspace is made unencrypted, and an unencrypted one opens as it is. */
  plain?: boolean;
}

/**
 * A run's keys as the command line and the browser back end take them: `--key-file FILE` or else
 * `DISPATCH_DB_KEY`, and the ring in the user-data folder.
 */
export function workspaceKeysFrom(
  env: NodeJS.ProcessEnv,
  flags: { keyFile?: string; plain?: boolean } = {},
  sealer: KeySealer = PLAIN_SEALER,
): WorkspaceKeys {
  const ring = openKeyRing(userDataDir(env), sealer);
  const plain = flags.plain ?? false;
  if (flags.keyFile !== undefined) return { given: { key: readKeyFile(flags.keyFile), source: flags.keyFile }, ring, plain };
  const fromEnv = env.DISPATCH_DB_KEY;
  if (fromEnv === undefined) return { ring, plain };
  if (fromEnv.trim() === '') throw badInput(message('workspaceKey.keyEmpty', { source: 'DISPATCH_DB_KEY' }));
  return { given: { key: fromEnv.trim(), source: 'DISPATCH_DB_KEY' }, ring, plain };
}

function readKeyFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw badInput(message('workspaceKey.keyFileUnreadable', { file, code: String((error as NodeJS.ErrnoException).code) }));
  }
  if (text === '') throw badInput(message('workspaceKey.keyEmpty', { source: file }));
  return text;
}
