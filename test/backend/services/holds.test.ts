import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type OfficerId } from '../../../shared/domain';
import { TEST_DAY, TEST_SUPERVISOR, openTestWorkspace, signInSupervisor, type TestWorkspace } from '../../support/test-workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = openTestWorkspace();
  const officers = `officer_id,name,team,start_lat,start_lng,end_lat,end_lng,shift_start,shift_end,break_start,break_min,max_visits,skills,travel_mode
OF-001,测试员甲,一组,31.2205,121.4954,31.2205,121.4954,08:00,20:00,,,12,collection,driving
OF-002,测试员乙,一组,31.2305,121.4854,31.2305,121.4854,08:00,20:00,,,12,collection,driving
`;
  const visits = `visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes
V-1,${TEST_DAY},collection,C-1,测试客户甲,17000000001,上海市示例路1号,31.2206,121.4955,08:00-20:00,30,3,collection,AP-1,
V-2,${TEST_DAY},collection,C-2,测试客户乙,17000000002,上海市示例路2号,31.2306,121.4855,08:00-20:00,30,3,collection,AP-2,
`;
  const file = (kind: 'officers' | 'visits', text: string) => ({
    kind,
    fileName: `${kind}.csv`,
    contentBase64: Buffer.from(text).toString('base64'),
  });
  const { reports } = await ws.handlers['import.files']({
    files: [file('officers', officers), file('visits', visits)],
    dryRun: false,
    validRowsOnly: false,
  });
  expect(reports.every((r) => r.written)).toBe(true);
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

async function plan() {
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
  return (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
}
const officerOf = (p: Awaited<ReturnType<typeof plan>>, visitId: string) =>
  p.routes.find((r) => r.stops.some((s) => s.visitId === visitId))?.officerId ?? null;

describe('holds on customers', () => {
  it('keep a held customer out of the plan, naming the hold, until a supervisor releases it (audited)', async () => {
    const hold = await ws.handlers['holds.place']({
      customerId: 'C-1',
      kind: 'dispute',
      note: 'Amount disputed',
    });
    const held = await plan();
    expect(officerOf(held, 'V-1')).toBeNull();
    expect(officerOf(held, 'V-2')).not.toBeNull();
    const entry = held.unassigned.find((u) => u.visitId === 'V-1')!;
    expect(entry.reasons).toEqual(['customer_hold']);
    expect(entry.message.en).toMatch(
      new RegExp(`under a hold \\(a dispute, hold ${hold.id}, since \\d{4}-\\d{2}-\\d{2}\\): no visits until a supervisor releases it`),
    );
    expect(entry.message.zh).toContain('争议');

    // Only a supervisor releases a hold: nobody signed in, then a dispatcher, are refused in words.
    const release = () => ws.handlers['holds.release']({ id: hold.id, reason: 'Settled' });
    await expect(release()).rejects.toMatchObject({
      code: 'forbidden',
      userMessage: { en: expect.stringContaining('nobody is signed in') },
    });
    await signInSupervisor(ws.handlers);
    await ws.handlers['users.save']({ id: 'li', name: 'Li Na', role: 'dispatcher', active: true });
    await ws.handlers['session.signIn']({ userId: 'li' });
    await expect(release()).rejects.toMatchObject({
      code: 'forbidden',
      userMessage: {
        en: 'Only a supervisor may release a hold; Li Na (li) is signed in as a dispatcher.',
        zh: expect.stringContaining('解除冻结'),
      },
    });
    expect(officerOf(await plan(), 'V-1')).toBeNull();
    await ws.handlers['session.signIn']({ userId: TEST_SUPERVISOR.id });
    await release();
    expect(officerOf(await plan(), 'V-1')).not.toBeNull();
    await expect(ws.handlers['holds.release']({ id: hold.id, reason: 'Again' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const actions = (await ws.handlers['holds.list']({ customerId: 'C-1' })).map((h) => h.releasedBy);
    expect(actions).toEqual([TEST_SUPERVISOR.id]);
    const audited = ws.db.prepare(`SELECT action, actor FROM audit_log WHERE entity = 'customer' AND entity_id = 'C-1' ORDER BY id`).all();
    expect(audited).toEqual([
      { action: 'hold.place', actor: 'dispatcher' },
      { action: 'hold.release', actor: TEST_SUPERVISOR.id },
    ]);
    // The customer's case file carries the hold's whole story.
    const { file } = await ws.handlers['audit.caseFile']({ customerId: 'C-1', format: 'json', language: 'en' });
    expect(JSON.parse(file.content).holds).toEqual([expect.objectContaining({ id: hold.id, kind: 'dispute', releaseReason: 'Settled' })]);
  });

  it('lets a do-not-visit hold lapse after its date', async () => {
    await ws.handlers['holds.place']({
      customerId: 'C-1',
      kind: 'do_not_visit',
      until: addDays(TEST_DAY, -1),
      note: '',
    });
    expect(officerOf(await plan(), 'V-1')).not.toBeNull();
    await ws.handlers['holds.place']({ customerId: 'C-1', kind: 'do_not_visit', until: TEST_DAY, note: '' });
    const held = await plan();
    expect(held.unassigned.find((u) => u.visitId === 'V-1')?.message.en).toMatch(new RegExp(`through ${TEST_DAY}: no visits until then`));
  });

  it('sends another officer to a customer with an open complaint against one, and the check names a plan that does not', async () => {
    const before = await plan();
    const complained = officerOf(before, 'V-1')! as OfficerId;
    await ws.handlers['holds.place']({ customerId: 'C-1', kind: 'complaint', officerId: complained, note: '' });
    const check = await ws.handlers['plans.check']({ date: TEST_DAY });
    expect(check.problems).toEqual([expect.objectContaining({ rule: 'customer_hold', visitId: 'V-1', officerId: complained })]);
    const after = await plan();
    expect(officerOf(after, 'V-1')).not.toBeNull();
    expect(officerOf(after, 'V-1')).not.toBe(complained);
    expect((await ws.handlers['plans.check']({ date: TEST_DAY })).problems).toEqual([]);
  });

  it('refuses a complaint naming an unknown officer, storing nothing', async () => {
    await expect(
      ws.handlers['holds.place']({
        customerId: 'C-1',
        kind: 'complaint',
        officerId: 'OF-404' as OfficerId,
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'bad_input' });
    expect(await ws.handlers['holds.list']({})).toEqual([]);
  });
});
