import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { keyOf, openWorkspaceFile, rawWorkspace } from '../support/workspace-keys';

const DATE = '2026-11-23';
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCliCaptured(args, env);
const isPlainSqlite = (file: string) => fs.readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

/** What the sqlite3 shell (a SQLite client without the key) makes of `file`. */
function sqliteShell(file: string, sql: string): { ok: boolean; out: string } {
  try {
    return { ok: true, out: execFileSync('sqlite3', [file, sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim() };
  } catch (error) {
    return { ok: false, out: String((error as { stderr?: unknown }).stderr) };
  }
}

describe('encrypted workspaces', () => {
  let dir: string;
  let db: string;
  const userData = () => process.env.DISPATCH_USER_DATA!;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-encryption-'));
    db = await plannedDemoWorkspace(dir, { date: DATE, visits: 12, officers: 2, seed: 3 });
  }, 60_000);

  it('makes new workspaces encrypted, with the key in an owner-only ring in the user-data folder, never beside the file', async () => {
    expect(isPlainSqlite(db)).toBe(false);
    const shell = sqliteShell(db, 'SELECT count(*) FROM visits');
    expect(shell.ok).toBe(false);
    expect(shell.out).toContain('file is not a database');
    const key = keyOf(db);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const ring = path.join(userData(), 'keys', 'workspace-keys.json');
    expect(fs.statSync(ring).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(ring)).mode & 0o777).toBe(0o700);
    for (const name of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, name)).includes(key)).toBe(false);
    // The app's own commands open it with the ring's key.
    expect((await run(['audit', 'verify', '--db', db])).code).toBe(0);
  });

  it('says why a copy without its key does not open, and opens it with the key given', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-other-computer-'));
    try {
      const copy = path.join(elsewhere, 'copied.sqlite');
      fs.copyFileSync(db, copy);
      const refused = await run(['check', '--db', copy, '--date', DATE], { DISPATCH_USER_DATA: elsewhere });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`The workspace ${copy} is encrypted and no key kept on this computer opens it.`);
      const zh = await run(['check', '--db', copy, '--date', DATE, '--lang', 'zh'], { DISPATCH_USER_DATA: elsewhere });
      expect(zh.stderr).toContain('本机保存的密钥都打不开它');

      const wrong = await run(['check', '--db', copy, '--date', DATE], { DISPATCH_USER_DATA: elsewhere, DISPATCH_DB_KEY: 'f'.repeat(64) });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain(`The key given by DISPATCH_DB_KEY does not open the workspace ${copy}`);

      // The key as `key` prints it on the computer that made the workspace (audited there).
      const shown = await run(['key', '--db', db]);
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout).toBe(`${keyOf(db)}\n`);
      expect(shown.stderr).toContain(`Above is the key of ${db}. Anyone with it and a copy of the file can read the borrowers’ data`);
      const audit = rawWorkspace(db);
      expect(audit.prepare("SELECT count(*) FROM audit_log WHERE action = 'workspace.keyShown'").pluck().get()).toBe(1);
      audit.close();
      const keyFile = path.join(elsewhere, 'key.txt');
      fs.writeFileSync(keyFile, shown.stdout, { mode: 0o600 });
      const opened = await run(['audit', 'verify', '--db', copy, '--key-file', keyFile], { DISPATCH_USER_DATA: elsewhere });
      expect(opened.code, opened.stderr).toBe(0);
      expect((await run(['audit', 'verify', '--db', copy], { DISPATCH_USER_DATA: elsewhere, DISPATCH_DB_KEY: keyOf(db) })).code).toBe(0);
      const missing = await run(['audit', 'verify', '--db', copy, '--key-file', path.join(elsewhere, 'nope.txt')]);
      expect(missing.stderr).toContain(`The key file ${path.join(elsewhere, 'nope.txt')} cannot be read (ENOENT)`);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('makes a workspace with a key a person gives, which the ring does not keep', async () => {
    const own = path.join(dir, 'own-key.sqlite');
    const passphrase = 'a long passphrase the lender keeps in its vault';
    const made = await run(['users', 'add', '--db', own, '--id', 'zhou', '--name', 'Zhou Min', '--role', 'supervisor'], {
      DISPATCH_DB_KEY: passphrase,
    });
    expect(made.code, made.stderr).toBe(0);
    expect(isPlainSqlite(own)).toBe(false);
    expect((await run(['users', 'list', '--db', own], { DISPATCH_DB_KEY: passphrase })).stdout).toContain('zhou');
    expect((await run(['users', 'list', '--db', own])).stderr).toContain('no key kept on this computer opens it');
  });

  it('makes an unencrypted workspace with --plain and a warning, refuses to open one without --plain, and encrypts it in one step', async () => {
    const plain = path.join(dir, 'plain.sqlite');
    const made = await run(['users', 'add', '--db', plain, '--plain', '--id', 'zhou', '--name', 'Zhou Min', '--role', 'supervisor']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain(`Warning: the new workspace ${plain} is not encrypted (--plain)`);
    expect(sqliteShell(plain, 'SELECT id FROM users').out).toBe('zhou');

    const refused = await run(['users', 'list', '--db', plain]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`The workspace ${plain} is not encrypted. Encrypt it once with \`dispatch encrypt --db ${plain}\``);
    expect((await run(['users', 'list', '--db', plain, '--plain'])).code).toBe(0);
    // Not while another program has it open: its writes would go to the file the encrypted one replaces.
    const other = openWorkspaceFile(plain, { plain: true });
    const busy = await run(['encrypt', '--db', plain]);
    other.close();
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`The workspace ${plain} is open in another program`);
    expect(isPlainSqlite(plain)).toBe(true);

    const encrypted = await run(['encrypt', '--db', plain, '--keep-plain']);
    expect(encrypted.code, encrypted.stderr).toBe(0);
    expect(encrypted.stdout).toContain(`Encrypted the workspace ${plain}`);
    const copy = `${plain}.plain-20261122T070000Z`;
    expect(encrypted.stdout).toContain(`An unencrypted copy is kept as ${copy}`);
    expect(isPlainSqlite(plain)).toBe(false);
    expect(sqliteShell(plain, 'SELECT id FROM users').ok).toBe(false);
    expect(sqliteShell(copy, 'SELECT id FROM users').out).toBe('zhou');
    expect(fs.readdirSync(dir).filter((name) => name.includes('.encrypting-'))).toEqual([]);
    const verified = await run(['audit', 'verify', '--db', plain, '--json']);
    expect(verified.code, verified.stderr).toBe(0);
    const reader = rawWorkspace(plain);
    expect(reader.prepare("SELECT count(*) FROM audit_log WHERE action = 'workspace.encrypted'").pluck().get()).toBe(1);
    reader.close();
    expect((await run(['users', 'list', '--db', plain])).stdout).toContain('zhou');
    expect((await run(['encrypt', '--db', plain])).stderr).toContain(`The workspace ${plain} is already encrypted`);
  });
});
