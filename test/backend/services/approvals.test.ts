import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type VisitId } from '../../../shared/domain';
import { TEST_DAY, openTestWorkspace, type TestWorkspace } from '../../support/test-workspace';

// Synthetic officers and customers (no real person); the approvals are the lender's columns.
const OFFICERS = `officer_id,name,team,start_lat,start_lng,end_lat,end_lng,shift_start,shift_end,break_start,break_min,max_visits,skills,travel_mode
OF-001,测试员甲,一组,31.2205,121.4954,31.2205,121.4954,08:00,20:00,,,12,,driving
`;
const HEADER =
  'visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,approved_by,approval_expires,approval_scope';
const EXPIRED = addDays(TEST_DAY, -3);
const row = (id: number, kind: string, approval: string) =>
  `V-${id},${TEST_DAY},${kind},C-${id},测试客户${id},1700000000${id},上海市示例路${id}号,31.22${id},121.49${id},08:00-20:00,30,3,,AP-${id},${approval}`;

let ws: TestWorkspace;
const file = (kind: 'officers' | 'visits', text: string) => ({
  kind,
  fileName: `${kind}.csv`,
  contentBase64: Buffer.from(text).toString('base64'),
});
async function importVisits(rows: string[]) {
  const { reports } = await ws.handlers['import.files']({
    files: [file('officers', OFFICERS), file('visits', [HEADER, ...rows, ''].join('\n'))],
    dryRun: false,
    validRowsOnly: false,
  });
  expect(reports.map((r) => r.errors)).toEqual([[], []]);
}
async function plan() {
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
  return (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
}
const routed = (p: Awaited<ReturnType<typeof plan>>) => p.routes.flatMap((r) => r.stops.map((s) => s.visitId)).sort();

beforeEach(async () => {
  ws = openTestWorkspace();
  await importVisits([
    row(1, 'collection', `测试主管甲,${EXPIRED},`),
    row(2, '催收', '测试主管甲,,核实'),
    // Valid through the plan's day itself, for verification and follow-up visits.
    row(3, '贷前核查', `测试主管乙,${TEST_DAY},verification;回访`),
    row(4, 'follow-up', ',,'),
  ]);
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

describe('approvals with an approver, an expiry and a scope', () => {
  it('keep out a visit whose approval expired or does not cover its kind, naming the approval, and plan the others', async () => {
    const planned = await plan();
    expect(routed(planned)).toEqual(['V-3', 'V-4']);
    const unassigned = new Map(planned.unassigned.map((u) => [u.visitId, u]));
    expect(unassigned.get('V-1' as VisitId)).toEqual({
      visitId: 'V-1',
      reasons: ['not_approved'],
      message: {
        en: `Approval AP-1 expired on ${EXPIRED}, its last valid day: renew it to plan this visit on ${TEST_DAY}.`,
        zh: `审批 AP-1 的有效期至 ${EXPIRED} 为止，已过期：续期后才能将此走访排入 ${TEST_DAY} 的方案。`,
      },
    });
    expect(unassigned.get('V-2' as VisitId)).toEqual({
      visitId: 'V-2',
      reasons: ['not_approved'],
      message: {
        en: 'Approval AP-2 covers verification visits only, not a collection visit.',
        zh: '审批 AP-2 仅限贷前核查走访，不含催收走访。',
      },
    });
    expect(planned.stats).toMatchObject({ visitCount: 4, assignedCount: 2, unassignedCount: 2 });
  });

  it('plans a visit once its approval is renewed, and shows the approval in the visit detail', async () => {
    await plan();
    await importVisits([row(1, 'collection', `测试主管丙,${addDays(TEST_DAY, 7)},催收`), row(2, '催收', '测试主管甲,,核实;催收')]);
    expect(routed(await plan())).toEqual(['V-1', 'V-2', 'V-3', 'V-4']);
    const { visit } = await ws.handlers['visits.get']({ id: 'V-1' as VisitId });
    expect(visit).toMatchObject({
      approvalRef: 'AP-1',
      approvedBy: '测试主管丙',
      approvalExpires: addDays(TEST_DAY, 7),
      approvalScope: ['collection'],
    });
    const { visit: open } = await ws.handlers['visits.get']({ id: 'V-4' as VisitId });
    expect(open).toMatchObject({ approvedBy: null, approvalExpires: null, approvalScope: null });
  });

  it('keeps the approval through an edit of the visit, and the check before dispatch names one that no longer covers a planned visit', async () => {
    await plan();
    await ws.handlers['visits.update']({ id: 'V-3' as VisitId, changes: { notes: '先电话联系' } });
    const { visit } = await ws.handlers['visits.get']({ id: 'V-3' as VisitId });
    expect(visit).toMatchObject({
      notes: '先电话联系',
      approvedBy: '测试主管乙',
      approvalExpires: TEST_DAY,
      approvalScope: ['verification', 'follow-up'],
    });
    // The lender narrows V-3's approval after it was planned.
    await importVisits([row(3, '贷前核查', `测试主管乙,${TEST_DAY},回访`)]);
    const check = await ws.handlers['plans.check']({ date: TEST_DAY });
    expect(check.problems).toEqual([
      expect.objectContaining({
        rule: 'not_approved',
        visitId: 'V-3',
        officerId: 'OF-001',
        message: expect.objectContaining({ en: 'Approval AP-3 covers follow-up visits only, not a verification visit.' }),
      }),
    ]);
  });
});
