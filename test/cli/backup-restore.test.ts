import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keyOf, rawWorkspace } from '../support/workspace-keys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';

const DATE = '2026-11-23';
const run = (...args: string[]) => runCliCaptured(args);

const count = (file: string, sql: string) => {
  const db = rawWorkspace(file);
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('backup and restore', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-backup-'));
    db = await plannedDemoWorkspace(dir, { date: DATE, visits: 12, officers: 2, seed: 5 });
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips: the restored workspace is the backed-up one, the replaced file is kept, and both steps are audited', async () => {
    const backup = path.join(dir, 'backups', 'day-1.sqlite');
    const taken = await run('backup', '--db', db, '--out', backup);
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toContain(`Backed up the workspace ${db} to ${backup}`);
    expect((await run('backup', '--db', db, '--out', backup)).stderr).toContain(`The file ${backup} already exists`);

    // A change after the backup, which the restore takes back.
    expect((await run('day', 'carry', '--db', db, '--from', DATE, '--to', '2026-11-24')).code).toBe(0);
    const visitsBefore = count(backup, `SELECT count(*) FROM visits WHERE date = '${DATE}'`);
    const restored = await run('restore', '--db', db, '--from', backup);
    expect(restored.code, restored.stderr).toBe(0);
    const kept = /kept as (.+)\.\n/.exec(restored.stdout)![1];
    expect(kept).toBe(`${db}.replaced-20261122T070000Z`);
    expect(fs.existsSync(kept)).toBe(true);
    expect(count(db, `SELECT count(*) FROM visits WHERE date = '${DATE}'`)).toBe(visitsBefore);
    expect(count(db, "SELECT count(*) FROM audit_log WHERE action IN ('workspace.backedUp', 'workspace.restored')")).toBe(2);
    expect(count(kept, "SELECT count(*) FROM audit_log WHERE action = 'day.carried' OR action LIKE 'visits.%'")).toBeGreaterThan(0);
    expect((await run('audit', 'verify', '--db', db)).code).toBe(0);
    const zh = await run('restore', '--db', db, '--from', backup, '--lang', 'zh');
    expect(zh.stdout).toContain(`已从 ${backup} 恢复工作区 ${db}。`);
  });

  it('refuses a damaged backup and one whose audit trail was changed, replacing nothing', async () => {
    const backup = path.join(dir, 'good.sqlite');
    expect((await run('backup', '--db', db, '--out', backup)).code).toBe(0);
    const before = fs.readFileSync(db);

    const damaged = path.join(dir, 'damaged.sqlite');
    const bytes = fs.readFileSync(backup);
    bytes.fill(0x5a, 4096, 4096 * 3);
    fs.writeFileSync(damaged, bytes);
    const refusedDamaged = await run('restore', '--db', db, '--from', damaged);
    expect(refusedDamaged.code).toBe(2);
    expect(refusedDamaged.stderr).toContain(`The backup ${damaged} is damaged or not a workspace`);

    const tampered = path.join(dir, 'tampered.sqlite');
    fs.copyFileSync(backup, tampered);
    const raw = rawWorkspace(tampered, { readonly: false });
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE id = 2;");
    raw.close();
    const refusedTampered = await run('restore', '--db', db, '--from', tampered);
    expect(refusedTampered.code).toBe(2);
    expect(refusedTampered.stderr).toContain(`The audit trail in the backup ${tampered} does not verify (it breaks at entry 2)`);
    expect((await run('restore', '--db', db, '--from', tampered, '--lang', 'zh')).stderr).toContain('审计记录校验未通过');

    const future = path.join(dir, 'future.sqlite');
    fs.copyFileSync(backup, future);
    const newer = rawWorkspace(future, { readonly: false });
    newer.pragma('user_version = 99990');
    newer.close();
    expect((await run('restore', '--db', db, '--from', future)).stderr).toContain('was made by a newer version of this app');

    expect((await run('restore', '--db', db, '--from', path.join(dir, 'none.sqlite'))).stderr).toContain(
      'does not exist; nothing was replaced',
    );
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.restoring-'))).toEqual([]);
  });

  it('takes consistent backups while another process holds a long write transaction, and they restore', async () => {
    const visits = count(db, 'SELECT count(*) FROM visits');
    // Another process changes every visit's address in one transaction that stays open for a while.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3-multiple-ciphers'); const db = new D(process.argv[1]); db.pragma("cipher = 'sqlcipher'");
         db.pragma('legacy = 4'); db.pragma(process.argv[2]); db.pragma('busy_timeout = 5000');
         db.exec('BEGIN IMMEDIATE'); db.prepare("UPDATE visits SET address = address || ' (moved)'").run();
         process.stdout.write('holding\\n'); const end = Date.now() + 1500; while (Date.now() < end) {}
         db.exec('COMMIT'); db.close();`,
        db,
        `key = "x'${keyOf(db)}'"`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => writer.once('exit', resolve));
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    const backups: string[] = [];
    let done = false;
    void exited.then(() => (done = true));
    while (!done || backups.length < 2) {
      const out = path.join(dir, `during-${backups.length}.sqlite`);
      const taken = await run('backup', '--db', db, '--out', out);
      expect(taken.code, taken.stderr).toBe(0);
      backups.push(out);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await exited).toBe(0);
    const moved = backups.map((file) => count(file, "SELECT count(*) FROM visits WHERE address LIKE '% (moved)'"));
    // Each backup holds the change wholly or not at all; the last one, after the commit, holds it.
    for (const n of moved) expect([0, visits]).toContain(n);
    expect(moved.at(-1)).toBe(visits);
    for (const backup of backups) {
      const target = path.join(dir, `restored-${path.basename(backup)}`);
      const restored = await run('restore', '--db', target, '--from', backup);
      expect(restored.code, restored.stderr).toBe(0);
      expect(count(target, 'SELECT count(*) FROM visits')).toBe(visits);
      expect((await run('audit', 'verify', '--db', target)).code).toBe(0);
    }
  }, 60_000);
});
