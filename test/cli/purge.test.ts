import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_TEXT } from '../../shared/logic/retention';
import { CLI_SUPERVISOR, addSupervisor, plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { rawWorkspace } from '../support/workspace-keys';

// The harness's clock says 2026-11-22: with 180 days kept, this day is past the retention.
const OLD_DAY = '2026-05-04';
const run = (...args: string[]) => runCliCaptured(args);
/** Runs `query` as another SQLite client given the key: a statement's first value as text, as the sqlite3 shell prints it. */
const sql = (db: string, query: string): string => {
  const other = rawWorkspace(db, { readonly: false });
  try {
    const statement = other.prepare(query);
    if (!statement.reader) return (statement.run(), '');
    return String(statement.pluck().get() ?? '');
  } finally {
    other.close();
  }
};

describe('purge', () => {
  let dir: string;
  let db: string;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-purge-'));
    db = await plannedDemoWorkspace(dir, { date: OLD_DAY, visits: 12, officers: 2, seed: 7 });
    expect((await run('export', '--db', db, '--date', OLD_DAY, '--format', 'csv', '--out', path.join(dir, 'out'))).code).toBe(0);
    await addSupervisor(db);
    // The officers came back: six visits done, two failed, one cancelled; the rest still approved or planned.
    sql(db, `UPDATE visits SET status = 'done' WHERE rowid IN (SELECT rowid FROM visits ORDER BY id LIMIT 6)`);
    sql(db, `UPDATE visits SET status = 'failed' WHERE rowid IN (SELECT rowid FROM visits ORDER BY id LIMIT 2 OFFSET 6)`);
    sql(db, `UPDATE visits SET status = 'cancelled' WHERE rowid IN (SELECT rowid FROM visits ORDER BY id LIMIT 1 OFFSET 8)`);
    sql(db, `UPDATE visits SET status = 'approved' WHERE rowid IN (SELECT rowid FROM visits ORDER BY id LIMIT 3 OFFSET 9)`);
  }, 60_000);

  it('erases nothing until a retention is set, and only a supervisor sets it', async () => {
    const none = await run('purge', '--db', db);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/No retention is set, so nothing was erased/);
    const refused = await run('purge', '--db', db, '--set-days', '180');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/change how long personal data is kept/);
    const set = await run('purge', '--db', db, '--set-days', '180', '--user', CLI_SUPERVISOR, '--lang', 'zh');
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('已结束走访的客户个人信息保存 180 天。\n');
    expect((await run('purge', '--db', db, '--days', '0')).stderr).toMatch(/--days/);
  });

  it('a dry run names the days and the old exports and changes nothing', async () => {
    const before = sql(db, 'SELECT group_concat(customer_name || phone || address) FROM visits');
    const entries = sql(db, 'SELECT count(*) FROM audit_log');
    const dry = await run('purge', '--db', db, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: 9 finished visits dated before 2026-05-26 would be erased (kept 180 days)');
    expect(dry.stdout).toContain(`  ${OLD_DAY}: 9 visits\n`);
    // The plan written as JSON and the officers' CSV itineraries.
    expect(dry.stdout).toMatch(/2 exports of days before 2026-05-26 are past the retention/);
    expect(dry.stdout).toMatch(new RegExp(`  ${OLD_DAY}\\t\\S+\\t.+\\.csv`));
    expect(sql(db, 'SELECT group_concat(customer_name || phone || address) FROM visits')).toBe(before);
    expect(sql(db, 'SELECT count(*) FROM audit_log')).toBe(entries);
  });

  it('erases the old finished visits in Chinese or English, and the audit trail still verifies', async () => {
    const purged = await run('purge', '--db', db, '--lang', 'zh');
    expect(purged.code).toBe(0);
    expect(purged.stdout).toContain('已删除 2026-05-26 之前 9 次已结束走访的客户姓名、电话、地址和备注（保存 180 天）');
    const erased = `SELECT count(*) FROM visits WHERE customer_name = '${ERASED_TEXT}' AND phone = '' AND address = '${ERASED_TEXT}'`;
    expect(sql(db, erased)).toBe('9');
    expect(sql(db, `SELECT count(*) FROM visits WHERE status IN ('done', 'failed', 'cancelled') AND phone <> ''`)).toBe('0');
    expect(sql(db, `SELECT count(*) FROM visits WHERE status = 'approved' AND phone <> '' AND customer_name <> '${ERASED_TEXT}'`)).toBe(
      '3',
    );
    const verify = await run('audit', 'verify', '--db', db, '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ intact: true, broken_at: null });

    const again = await run('purge', '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ dryRun: false, keepDays: 180, before: '2026-05-26', visits: 0, dates: [] });
  });
});
