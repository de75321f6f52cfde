import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { encryptWorkspace } from '../backend/db/encrypt-workspace';
import { openKeyRing, PLAIN_SEALER, type KeySealer, type WorkspaceKeys } from '../backend/db/key-ring';
import { openOrCreateWorkspace } from '../backend/db/workspace-file';
import { workspaceFileKind } from '../backend/db/workspace-key';
import type { Language } from '../../shared/domain';
import { translate } from '../../shared/i18n';

/** The part of Electron's `safeStorage` the key ring needs. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/**
 * The desktop app's key ring is sealed with `safeStorage` (the OS keychain's key: Keychain,
 * DPAPI, libsecret/kwallet). Where the OS offers none, the ring is kept as the command line keeps
 * it, in a file only its owner may read.
 */
export function desktopSealer(safeStorage: SafeStorageLike): KeySealer {
  if (!safeStorage.isEncryptionAvailable()) return PLAIN_SEALER;
  return {
    fileName: 'workspace-keys.sealed',
    seal: (text) => safeStorage.encryptString(text),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  };
}

/** What the user chose for an unencrypted workspace: encrypt it (keeping a plain copy or not), or quit. */
export type EncryptChoice = 'encrypt' | 'encryptKeepPlain' | 'quit';

/**
 * Opens the desktop app's workspace: a new one is made encrypted, an encrypted one opens with the
 * ring's key, and an unencrypted one (from an earlier version) is encrypted once the user agrees.
 * Null when the user chose to quit instead.
 */
export async function openDesktopWorkspace(
  file: string,
  options: {
    userDataDir: string;
    safeStorage: SafeStorageLike;
    nativeBinding?: string;
    clock?: () => Date;
    askToEncrypt(): Promise<EncryptChoice>;
  },
): Promise<Db | null> {
  const keys: WorkspaceKeys = { ring: openKeyRing(options.userDataDir, desktopSealer(options.safeStorage)) };
  const { nativeBinding } = options;
  mkdirSync(dirname(file), { recursive: true });
  if (workspaceFileKind(file) === 'plain') {
    const choice = await options.askToEncrypt();
    if (choice === 'quit') return null;
    const by = { actor: 'app', clock: options.clock ?? (() => new Date()) };
    encryptWorkspace(file, keys, by, { keepPlain: choice === 'encryptKeepPlain', nativeBinding });
  }
  return openOrCreateWorkspace(file, { keys, nativeBinding }).db;
}

/** The part of Electron's `dialog` the question needs. */
export interface MessageBoxLike {
  showMessageBox(options: {
    type: 'warning';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
    noLink: boolean;
  }): Promise<{ response: number }>;
}

const CHOICES: readonly EncryptChoice[] = ['encrypt', 'encryptKeepPlain', 'quit'];

/** Asks, in the app's language, whether to encrypt the unencrypted workspace `file`; closing the box quits. */
export async function askToEncrypt(dialog: MessageBoxLike, language: Language, file: string): Promise<EncryptChoice> {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) => translate(language, key, values);
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: t('app.title'),
    message: t('encryptPrompt.message'),
    detail: t('encryptPrompt.detail', { file }),
    buttons: [t('encryptPrompt.encrypt'), t('encryptPrompt.keepPlain'), t('encryptPrompt.quit')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return CHOICES[response] ?? 'quit';
}
