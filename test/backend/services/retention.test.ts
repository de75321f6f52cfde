import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type VisitId } from '../../../shared/domain';
import { ERASED_TEXT } from '../../../shared/logic/retention';
import { reported } from '../../support/outcomes';
import { TEST_DAY, importDemoDay, openTestWorkspace, signInSupervisor, type TestWorkspace } from '../../support/test-workspace';

/** 200 days after the demo day: with 180 days kept, TEST_DAY is past the retention. */
const LATER = new Date('2027-06-11T04:00:00Z');
const RECENT_DAY = '2027-06-01';

interface Row {
  id: string;
  date: string;
  status: string;
  customer_name: string;
  phone: string;
  address: string;
  notes: string;
}

describe('retention of personal data', () => {
  let ws: TestWorkspace;
  let ids: string[];
  const row = (id: string) => ws.db.prepare<[string], Row>('SELECT * FROM visits WHERE id = ?').get(id)!;
  const remarks = (id: string) =>
    ws.db.prepare<[string], { remarks: string }>('SELECT remarks FROM visit_outcomes WHERE visit_id = ?').get(id)?.remarks;
  const setStatus = (id: string, status: string) => ws.db.prepare('UPDATE visits SET status = ? WHERE id = ?').run(status, id);

  beforeEach(async () => {
    ws = openTestWorkspace({ clock: () => LATER });
    await importDemoDay(ws.handlers, { visits: 8, officers: 2 });
    ids = ws.db
      .prepare<[], { id: string }>('SELECT id FROM visits ORDER BY id')
      .all()
      .map((r) => r.id);
    for (const id of ids.slice(0, 3)) setStatus(id, 'planned');
    // Visits 0-1 done with remarks, 2 failed, 3 cancelled: finished and old. 4 stays approved, 5 is planned.
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [
        reported(ids[0]!, { remarks: 'Customer Wang said call his wife on 13800000000' }),
        reported(ids[1]!, { remarks: 'paid in cash' }),
        reported(ids[2]!, { outcome: 'failed', result: 'not_at_home', remarks: 'neighbour says away' }),
      ],
    });
    setStatus(ids[3]!, 'cancelled');
    setStatus(ids[5]!, 'planned');
    // Visit 6 is done but recent: its data is kept.
    ws.db.prepare('UPDATE visits SET date = ?, status = ? WHERE id = ?').run(RECENT_DAY, 'done', ids[6]!);
    await signInSupervisor(ws.handlers);
    await ws.handlers['settings.setRetention']({ keepDays: 180 });
  });
  afterEach(() => ws.close());

  it('erases names, phones, addresses and remarks of old finished visits only, and audits counts without personal data', async () => {
    const keptBefore = [ids[4]!, ids[5]!, ids[6]!].map(row);
    const report = await ws.handlers['retention.purge']({ dryRun: false });
    expect(report).toMatchObject({ dryRun: false, keepDays: 180, before: addDays('2027-06-11', -180), visits: 4 });
    expect(report.dates).toEqual([{ date: TEST_DAY, visits: 4 }]);
    for (const id of ids.slice(0, 4)) {
      expect(row(id)).toMatchObject({ customer_name: ERASED_TEXT, phone: '', address: ERASED_TEXT, notes: '' });
    }
    expect([ids[0], ids[1], ids[2]].map((id) => remarks(id!))).toEqual(['', '', '']);
    // Outcomes keep their facts.
    expect(ws.db.prepare('SELECT outcome, result FROM visit_outcomes WHERE visit_id = ?').get(ids[2]!)).toEqual({
      outcome: 'failed',
      result: 'not_at_home',
    });
    expect([ids[4]!, ids[5]!, ids[6]!].map(row)).toEqual(keptBefore);
    expect(keptBefore.every((r) => r.customer_name !== ERASED_TEXT && r.phone !== '')).toBe(true);
    expect(report.message.en).toMatch(/4 finished visits dated before 2026-12-13/);
    expect(report.message.zh).toMatch(/2026-12-13 之前 4 次已结束走访/);

    const audit = ws.db
      .prepare<[], { actor: string; detail_json: string }>(`SELECT actor, detail_json FROM audit_log WHERE action = 'retention.purge'`)
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('zhou');
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ keepDays: 180, before: '2026-12-13', visits: 4, dates: [TEST_DAY] });

    // A second purge finds nothing left, and the audit chain verifies.
    expect((await ws.handlers['retention.purge']({ dryRun: true })).visits).toBe(0);
    const verdict = await ws.handlers['audit.verify']({});
    expect(verdict.intact).toBe(true);
  });

  it('erases them from the visit records plan versions keep for undo too', async () => {
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0, seed: 1 });
    const routed = ws.db.prepare<[], { id: VisitId }>(`SELECT id FROM visits WHERE status = 'planned' ORDER BY id`).get()!.id;
    const before = row(routed);
    await ws.handlers['visits.update']({ id: routed, changes: { notes: 'gate code 4411, ask for Mrs Li' } });
    setStatus(routed, 'done');
    const records = () =>
      ws.db
        .prepare<[], { json: string }>(`SELECT visit_changes_json AS json FROM plans WHERE visit_changes_json <> '[]'`)
        .all()
        .map((r) => r.json)
        .join();
    expect(records()).toContain('gate code 4411');
    expect(records()).toContain(before.phone);
    await ws.handlers['retention.purge']({ dryRun: false });
    expect(records()).not.toContain('gate code 4411');
    expect(records()).not.toContain(before.phone);
    expect(records()).not.toContain(before.customer_name);
    expect(records()).toContain(routed);
    expect((await ws.handlers['audit.verify']({})).intact).toBe(true);
  });

  it('a dry run reports which days would go and changes nothing', async () => {
    const before = ws.db.prepare('SELECT * FROM visits ORDER BY id').all();
    const outcomesBefore = ws.db.prepare('SELECT * FROM visit_outcomes ORDER BY visit_id').all();
    const auditCount = () => ws.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;
    const entries = auditCount();
    const report = await ws.handlers['retention.purge']({ dryRun: true });
    expect(report).toMatchObject({ dryRun: true, visits: 4, dates: [{ date: TEST_DAY, visits: 4 }] });
    expect(report.message.en).toMatch(/^Dry run: 4 finished visits/);
    expect(report.message.zh).toMatch(/^试运行/);
    expect(ws.db.prepare('SELECT * FROM visits ORDER BY id').all()).toEqual(before);
    expect(ws.db.prepare('SELECT * FROM visit_outcomes ORDER BY visit_id').all()).toEqual(outcomesBefore);
    expect(auditCount()).toBe(entries);
  });

  it('without a retention erases nothing; only a supervisor sets it or erases sooner', async () => {
    await ws.handlers['settings.setRetention']({ keepDays: null });
    const report = await ws.handlers['retention.purge']({ dryRun: false });
    expect(report).toMatchObject({ keepDays: null, before: null, visits: 0 });
    expect(report.message.en).toMatch(/No retention is set/);
    expect(row(ids[0]!).customer_name).not.toBe(ERASED_TEXT);

    await ws.handlers['users.save']({ id: 'li', name: 'Li Na', role: 'dispatcher', active: true });
    await ws.handlers['session.signIn']({ userId: 'li' });
    await expect(ws.handlers['settings.setRetention']({ keepDays: 30 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(ws.handlers['retention.purge']({ dryRun: false, keepDays: 30 })).rejects.toMatchObject({ code: 'forbidden' });
    // A dispatcher may look (dry run) and may purge what the supervisor's setting calls for.
    expect((await ws.handlers['retention.purge']({ dryRun: true, keepDays: 30 })).visits).toBe(4);
    expect(row(ids[0]!).customer_name).not.toBe(ERASED_TEXT);
  });
});
