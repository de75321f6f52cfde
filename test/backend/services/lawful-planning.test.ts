import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, DEFAULT_RULE_SET, type LocalDate, type Plan } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, signInSupervisor, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = openTestWorkspace();
  // The rules are a supervisor's to change.
  await signInSupervisor(ws.handlers);
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const OFFICERS = `officer_id,name,team,start_lat,start_lng,end_lat,end_lng,shift_start,shift_end,break_start,break_min,max_visits,skills,travel_mode
OF-001,测试员甲,一组,31.2205,121.4954,31.2205,121.4954,08:00,20:00,,,12,collection,driving
`;

/** One collection visit of customer C-1 on each date, all day long. */
function visitsCsv(dates: readonly LocalDate[]): string {
  const rows = dates.map(
    (date, i) =>
      `V-${i + 1},${date},collection,C-1,测试客户,17000000001,上海市示例路${i + 1}号,31.23,121.47,08:00-20:00,30,3,collection,AP-${i + 1},`,
  );
  return `visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes\n${rows.join('\n')}\n`;
}

async function importFiles(officers: string | null, visits: string): Promise<void> {
  const file = (kind: 'officers' | 'visits', text: string) => ({
    kind,
    fileName: `${kind}.csv`,
    contentBase64: Buffer.from(text).toString('base64'),
  });
  const { reports } = await ws.handlers['import.files']({
    files: [...(officers ? [file('officers', officers)] : []), file('visits', visits)],
    dryRun: false,
    validRowsOnly: false,
  });
  expect(reports.every((r) => r.written)).toBe(true);
}

describe('planning under the visiting rules', () => {
  it('keeps a public holiday free, naming the rule and its version, and records the version on the plan', async () => {
    await importDemoDay(ws.handlers, { visits: 12, officers: 2 });
    const changed = await ws.handlers['rules.change']({
      rules: { ...DEFAULT_RULE_SET, holidays: [TEST_DAY] },
      reason: 'Official calendar',
    });
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    const current = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(current.rulesVersion).toBe(changed.version);
    expect(current.routes.every((r) => r.stops.length === 0)).toBe(true);
    expect(current.unassigned).toHaveLength(12);
    for (const u of current.unassigned) {
      expect(u.reasons).toEqual(['public_holiday']);
      expect(u.message.en).toBe(`${TEST_DAY} is a public holiday: no visits (visiting rules, version ${changed.version}).`);
    }
  });

  it('keeps out a visit over the frequency limit from the customer’s planned visits on other days, until the day it is allowed', async () => {
    const days = [addDays(TEST_DAY, -5), addDays(TEST_DAY, -3), TEST_DAY];
    await importFiles(OFFICERS, visitsCsv(days));
    for (const day of days.slice(0, 2)) await ws.handlers['plans.solve']({ date: day, seconds: 0.2, seed: 1 });
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(plan.unassigned).toEqual([
      {
        visitId: 'V-3',
        reasons: ['too_frequent'],
        message: expect.objectContaining({
          en: `2 visits in the last 7 days: limit reached until ${addDays(days[0], 6)} (visiting rules, version 1).`,
        }),
      },
    ]);
  });

  it('starts a visit no earlier than the minimum gap after the customer’s last visit, and re-optimising keeps to it', async () => {
    const days = [addDays(TEST_DAY, -1), TEST_DAY];
    await importFiles(OFFICERS, visitsCsv(days));
    await ws.handlers['plans.solve']({ date: days[0], seconds: 0.2, seed: 1 });
    const yesterday = (await ws.handlers['plans.current']({ date: days[0] }))!.plan;
    const lastEnd = yesterday.routes.flatMap((r) => r.stops)[0].endSec;
    // With a 24 h gap the visit today starts no earlier than yesterday's ended.
    await ws.handlers['rules.change']({
      rules: { ...DEFAULT_RULE_SET, frequency: { maxVisits: 2, windowDays: 7, minGapHours: 24 } },
      reason: 'Gap of one day',
    });
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    const start = async () => (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan.routes.flatMap((r) => r.stops)[0];
    expect((await start()).startSec).toBeGreaterThanOrEqual(lastEnd);
    await ws.handlers['plans.reoptimise']({ date: TEST_DAY, seconds: 0.2, seed: 2 });
    expect((await start()).startSec).toBeGreaterThanOrEqual(lastEnd);
  });
});

describe('certificates per visit kind', () => {
  /**
   * OF-001 holds cert-x valid past the day but starts some 15 km away; OF-002 (cert-x expired before
   * the day) and OF-003 (no cert-x) start where the visits are; OF-004 is not active.
   */
  const CERTIFIED = `officer_id,name,team,start_lat,start_lng,end_lat,end_lng,shift_start,shift_end,break_start,break_min,max_visits,skills,travel_mode,active
OF-001,测试员甲,一组,31.3300,121.5800,31.3300,121.5800,08:00,20:00,,,12,collection;cert-x@2026-12-10;senior@2026-11-30,driving,yes
OF-002,测试员乙,一组,31.2300,121.4700,31.2300,121.4700,08:00,20:00,,,12,collection;cert-x@2026-11-20,driving,yes
OF-003,测试员丙,一组,31.2300,121.4700,31.2300,121.4700,08:00,20:00,,,12,collection,driving,yes
OF-004,测试员丁,一组,31.2300,121.4700,31.2300,121.4700,08:00,20:00,,,12,collection;cert-x@2026-11-25,driving,no
`;

  /** Visits of different customers on TEST_DAY, all day long, of the kinds given. */
  function dayCsv(kinds: readonly string[]): string {
    const rows = kinds.map(
      (kind, i) =>
        `V-${i + 1},${TEST_DAY},${kind},C-${i + 1},测试客户,17000000001,上海市示例路${i + 1}号,31.23,121.47,08:00-20:00,30,3,collection,AP-${i + 1},`,
    );
    return `visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes\n${rows.join('\n')}\n`;
  }

  it('gives the kind’s visits only to an officer holding the certificate valid on the day; nobody holding it leaves them unassigned', async () => {
    await importFiles(CERTIFIED, dayCsv(['collection', 'collection', 'collection', 'verification']));
    const routeOf = (plan: Plan, id: string) => plan.routes.find((r) => r.officerId === id)?.stops.map((s) => s.visitId) ?? [];
    // Without the rule the officers on the spot make the visits.
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    const before = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect([...routeOf(before, 'OF-002'), ...routeOf(before, 'OF-003')]).toEqual(expect.arrayContaining(['V-1', 'V-2', 'V-3']));

    await ws.handlers['rules.change']({
      rules: { ...DEFAULT_RULE_SET, certificates: { verification: null, collection: 'cert-x', 'follow-up': null } },
      reason: 'Collection needs cert-x',
    });
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(plan.unassigned).toEqual([]);
    expect(routeOf(plan, 'OF-001')).toEqual(expect.arrayContaining(['V-1', 'V-2', 'V-3']));
    for (const other of ['OF-002', 'OF-003']) expect(routeOf(plan, other).filter((v) => v !== 'V-4')).toEqual([]);

    await ws.handlers['rules.change']({
      rules: { ...DEFAULT_RULE_SET, certificates: { verification: 'cert-y', collection: 'cert-x', 'follow-up': null } },
      reason: 'Verification needs cert-y',
    });
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    const next = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(next.unassigned.map((u) => [u.visitId, u.reasons])).toEqual([['V-4', ['no_skilled_officer']]]);
    expect(next.unassigned[0].message.en).toContain('cert-y');
  });

  it('lists the certificates ending soon or ended: the required ones first, then other dated skills, soonest first', async () => {
    await importFiles(CERTIFIED, dayCsv(['collection']));
    await ws.handlers['rules.change']({
      rules: { ...DEFAULT_RULE_SET, certificates: { verification: null, collection: 'cert-x', 'follow-up': 'cert-x' } },
      reason: 'Collection needs cert-x',
    });
    // TEST_DAY is today on the workspace's clock; the inactive officer is left out.
    const list = await ws.handlers['officers.expiringCertificates']({ days: 30 });
    expect(list).toEqual([
      {
        group: 'required',
        kinds: ['collection', 'follow-up'],
        officerId: 'OF-002',
        officerName: '测试员乙',
        certificate: 'cert-x',
        validUntil: '2026-11-20',
        daysLeft: -3,
      },
      {
        group: 'required',
        kinds: ['collection', 'follow-up'],
        officerId: 'OF-001',
        officerName: '测试员甲',
        certificate: 'cert-x',
        validUntil: '2026-12-10',
        daysLeft: 17,
      },
      {
        group: 'other',
        kinds: [],
        officerId: 'OF-001',
        officerName: '测试员甲',
        certificate: 'senior',
        validUntil: '2026-11-30',
        daysLeft: 7,
      },
    ]);
    const shortly = await ws.handlers['officers.expiringCertificates']({ date: '2026-11-10', days: 7 });
    expect(shortly).toEqual([]);
  });
});
