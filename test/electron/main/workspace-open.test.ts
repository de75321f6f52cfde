import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db/open';
import { workspaceFileKind } from '../../../electron/backend/db/workspace-key';
import { askToEncrypt, openDesktopWorkspace, type MessageBoxLike, type SafeStorageLike } from '../../../electron/main/workspace-open';

/** A stand-in for the OS keychain: seals by reversing and tagging the bytes, so a sealed ring is not plain JSON. */
const keychain = (available = true): SafeStorageLike & { sealed: number } => {
  const fake = {
    sealed: 0,
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => {
      fake.sealed += 1;
      return Buffer.concat([Buffer.from('SEALED:'), Buffer.from(text).reverse()]);
    },
    decryptString: (sealed: Buffer) => Buffer.from(sealed.subarray(7)).reverse().toString(),
  };
  return fake;
};

describe('the desktop app’s workspace', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-desktop-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const never = async () => {
    throw new Error('asked about an encrypted workspace');
  };

  it('is made encrypted, with its key in a ring the keychain seals, in the user-data folder', async () => {
    const file = path.join(dir, 'workspaces', 'default.sqlite');
    const safeStorage = keychain();
    const db = await openDesktopWorkspace(file, { userDataDir: dir, safeStorage, askToEncrypt: never });
    db!.close();
    expect(workspaceFileKind(file)).toBe('encrypted');
    const ring = fs.readFileSync(path.join(dir, 'keys', 'workspace-keys.sealed'));
    expect(ring.subarray(0, 7).toString()).toBe('SEALED:');
    expect(ring.toString()).not.toContain('"key"');
    expect(safeStorage.sealed).toBe(1);
    // Opened again the next day with the same keychain.
    (await openDesktopWorkspace(file, { userDataDir: dir, safeStorage, askToEncrypt: never }))!.close();
  });

  it('keeps the ring in an owner-only file where the OS has no keychain', async () => {
    const file = path.join(dir, 'default.sqlite');
    (await openDesktopWorkspace(file, { userDataDir: dir, safeStorage: keychain(false), askToEncrypt: never }))!.close();
    const ring = path.join(dir, 'keys', 'workspace-keys.json');
    expect(fs.statSync(ring).mode & 0o777).toBe(0o600);
  });

  it('encrypts an unencrypted workspace once the user agrees, keeping a plain copy if asked, and leaves it alone on Quit', async () => {
    const file = path.join(dir, 'old.sqlite');
    openDatabase(file).close();
    const clock = () => new Date('2026-12-07T08:00:00Z');
    expect(
      await openDesktopWorkspace(file, { userDataDir: dir, safeStorage: keychain(), clock, askToEncrypt: async () => 'quit' }),
    ).toBeNull();
    expect(workspaceFileKind(file)).toBe('plain');

    const db = await openDesktopWorkspace(file, {
      userDataDir: dir,
      safeStorage: keychain(),
      clock,
      askToEncrypt: async () => 'encryptKeepPlain',
    });
    expect(db!.prepare("SELECT count(*) FROM audit_log WHERE action = 'workspace.encrypted'").pluck().get()).toBe(1);
    db!.close();
    expect(workspaceFileKind(file)).toBe('encrypted');
    expect(workspaceFileKind(`${file}.plain-20261207T080000Z`)).toBe('plain');
  });

  it('asks in the app’s language, and closing the box quits', async () => {
    const asked: string[][] = [];
    const dialog = (response: number): MessageBoxLike => ({
      showMessageBox: async (options) => {
        asked.push(options.buttons);
        return { response };
      },
    });
    expect(await askToEncrypt(dialog(0), 'en', 'w.sqlite')).toBe('encrypt');
    expect(await askToEncrypt(dialog(1), 'zh', 'w.sqlite')).toBe('encryptKeepPlain');
    expect(await askToEncrypt(dialog(2), 'en', 'w.sqlite')).toBe('quit');
    expect(asked[0]).toEqual(['&Encrypt', 'Encrypt and &keep an unencrypted copy', '&Quit']);
    expect(asked[1][0]).toBe('加密(&E)');
  });
});
