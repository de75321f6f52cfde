import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { rawWorkspace } from '../support/workspace-keys';

const DATE = '2026-11-23';
const run = (...args: string[]) => runCliCaptured(args);

/** Another SQLite client given the key runs `sql` on a copy of the workspace, triggers dropped first. */
function tampered(source: string, name: string, sql: string): string {
  const copy = path.join(path.dirname(source), `${name}.sqlite`);
  fs.copyFileSync(source, copy);
  const other = rawWorkspace(copy, { readonly: false });
  other.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ${sql}`);
  other.close();
  return copy;
}

describe('audit verify', () => {
  let dir: string;
  let db: string;
  let entries: number;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-audit-'));
    db = await plannedDemoWorkspace(dir, { date: DATE, visits: 20, officers: 3, seed: 4 });
    expect((await run('export', '--db', db, '--date', DATE, '--format', 'csv', '--out', path.join(dir, 'out'))).code).toBe(0);
    const reader = rawWorkspace(db);
    entries = reader.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    reader.close();
    expect(entries).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('passes on a workspace only this app wrote', async () => {
    const result = await run('audit', 'verify', '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ intact: true, entries, broken_at: null });
    expect((await run('audit', 'verify', '--db', db)).stdout).toMatch(/^The audit trail is intact: \d+ entries/);
  });

  it('fails, naming the entry, after any single row is altered, deleted or inserted by another SQLite client', async () => {
    const cases: { name: string; sql: string; brokenAt: number; says: RegExp }[] = [
      {
        name: 'altered',
        sql: `UPDATE audit_log SET actor = 'someone' WHERE id = 2;`,
        brokenAt: 2,
        says: /entry 2 is not as it was written/,
      },
      {
        name: 'detail-altered',
        sql: `UPDATE audit_log SET detail_json = '{}' WHERE id = ${entries};`,
        brokenAt: entries,
        says: new RegExp(`entry ${entries} is not as it was written`),
      },
      { name: 'deleted', sql: 'DELETE FROM audit_log WHERE id = 2;', brokenAt: 2, says: /entry 2 is missing/ },
      {
        name: 'last-deleted',
        sql: `DELETE FROM audit_log WHERE id = ${entries};`,
        brokenAt: entries - 1,
        says: new RegExp(`ends at entry ${entries - 1}, but the last entry this app wrote was entry ${entries}`),
      },
      {
        name: 'inserted',
        sql: `INSERT INTO audit_log (at, actor, action, entity, entity_id, detail_json) VALUES ('2026-11-23T01:00:00.000Z', 'cli', 'visits.setStatus', 'visit', 'V-1', '{}');`,
        brokenAt: entries + 1,
        says: new RegExp(`entry ${entries + 1} was added outside this app`),
      },
    ];
    for (const { name, sql, brokenAt, says } of cases) {
      const copy = tampered(db, name, sql);
      const json = await run('audit', 'verify', '--db', copy, '--json');
      expect(json.code, name).toBe(3);
      expect(JSON.parse(json.stdout), name).toMatchObject({ intact: false, broken_at: brokenAt });
      const sentence = await run('audit', 'verify', '--db', copy);
      expect(sentence.stderr, name).toMatch(says);
      expect((await run('audit', 'verify', '--db', copy, '--lang', 'zh')).stderr, name).toMatch(/审计记录已被篡改/);
    }
  });

  // Last: making a case file is itself audited, so it adds an entry the cases above do not expect.
  it('writes a customer’s case file with every visit, where the plan put it and its history, as JSON and PDF', async () => {
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { routes: { stops: { visit_id: string }[] }[] };
    const routedId = plan.routes.flatMap((r) => r.stops)[0].visit_id;
    const visitsCsv = fs
      .readFileSync(path.join(dir, 'visits.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const header = visitsCsv[0].split(',');
    const row = visitsCsv.find((l) => l.startsWith(`${routedId},`))!.split(',');
    const customerId = row[header.indexOf('customer_id')];
    const customerName = row[header.indexOf('customer_name')];
    const out = path.join(dir, 'case');

    const json = await run('audit', 'export', '--db', db, '--customer', customerId, '--format', 'json', '--out', out);
    expect(json.code, json.stderr).toBe(0);
    const caseFile = JSON.parse(fs.readFileSync(path.join(out, `case-file-${customerId}.json`), 'utf8'));
    const visit = caseFile.visits.find((v: { id: string }) => v.id === routedId);
    expect(visit).toMatchObject({ customerName, placement: { kind: 'routed', officerId: expect.stringMatching(/^OF-/) } });
    const actions = visit.history.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['plan.save', 'export.day']));

    const pdf = await run('audit', 'export', '--db', db, '--customer', customerId, '--lang', 'zh', '--out', out);
    expect(pdf.code, pdf.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', path.join(out, `case-file-${customerId}.pdf`), '-'], { encoding: 'utf8' });
    expect(text).toContain(`客户 ${customerId} 的案卷`);
    expect(text).toContain(customerName);
    expect(text).toContain(routedId);
    expect(text).toContain('export.day');
    // One visit's file is one page, its footer on it (no page opened for the footer alone).
    expect(execFileSync('pdfinfo', [path.join(out, `case-file-${customerId}.pdf`)], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    expect(text).toContain('第 1 页，共 1 页');

    const unknown = await run('audit', 'export', '--db', db, '--customer', 'C-NOBODY', '--out', out);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no visit for customer C-NOBODY/);
    // The trail still holds, with the case files recorded in it.
    expect((await run('audit', 'verify', '--db', db, '--json')).code).toBe(0);
  });
});
