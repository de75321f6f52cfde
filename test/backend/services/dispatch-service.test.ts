import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficerId, Plan } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

let ws: TestWorkspace;

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 30, officers: 6 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.5, seed: 1 });
});
afterEach(() => ws.close());

async function currentPlan(): Promise<Plan> {
  return (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
}

/** Every (visit, officer, code) of the officers' CSV itineraries, as an officer reads them. */
async function exportedCodes(): Promise<{ visitId: string; officerId: string; code: string }[]> {
  const { files } = await ws.handlers['exports.day']({ date: TEST_DAY, format: 'csv', profile: 'officer', language: 'en' });
  return files.flatMap((file) => {
    const officerId = /itinerary-\d{4}-\d{2}-\d{2}-(.+)\.csv$/.exec(file.name)![1];
    const rows = Papa.parse<Record<string, string>>(file.content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    return rows.filter((r) => r.visit_id).map((r) => ({ visitId: r.visit_id, officerId, code: r.verification_code }));
  });
}

/** Moves some visit to the end of another officer's route where it breaks no rule (undoing tries that do). */
async function moveWithoutBreakingRules(): Promise<{ visitId: string; toOfficerId: OfficerId }> {
  const routes = (await currentPlan()).routes;
  for (const from of routes) {
    for (const stop of from.stops) {
      for (const to of routes.filter((r) => r.officerId !== from.officerId)) {
        for (let position = 0; position <= to.stops.length; position++) {
          const base = await currentPlan();
          const edit = { type: 'move' as const, visitId: stop.visitId, toOfficerId: to.officerId as OfficerId, position };
          await ws.handlers['plans.edit']({ date: TEST_DAY, basePlanId: base.id, edit });
          if ((await currentPlan()).violations.length === 0) return { visitId: stop.visitId, toOfficerId: edit.toOfficerId };
          await ws.handlers['plans.undo']({ date: TEST_DAY });
        }
      }
    }
  }
  throw new Error('no visit of the test day can move to another officer without breaking a rule');
}

const verify = (code: string) => ws.handlers['exports.verifyCode']({ code, date: TEST_DAY });

describe('dispatching a day and checking its codes', () => {
  it('dispatches the exported visits, and the hotline accepts every code of the day with its officer and visit', async () => {
    const plan = await currentPlan();
    const routed = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
    const codes = await exportedCodes();
    expect(codes.map((c) => c.visitId).sort()).toEqual([...routed].sort());
    const statuses = (await ws.handlers['visits.list']({ date: TEST_DAY })).filter((v) => routed.includes(v.id)).map((v) => v.status);
    expect(new Set(statuses)).toEqual(new Set(['dispatched']));
    for (const { code, visitId, officerId } of codes) {
      const check = await verify(code);
      expect(check).toMatchObject({ genuine: true, visitId, officerId, dispatched: true });
      expect(check.message.en).toMatch(/is genuine/);
    }
    // A code read with a space or a dash is the same code.
    const [first] = codes;
    expect((await verify(`${first.code.slice(0, 4)} ${first.code.slice(4)}`)).genuine).toBe(true);
  });

  it('rejects altered codes, codes of another day, and says so in both languages', async () => {
    const codes = await exportedCodes();
    const known = new Set(codes.map((c) => c.code));
    for (const { code } of codes.slice(0, 10)) {
      for (let i = 0; i < code.length; i++) {
        const altered = code.slice(0, i) + String((Number(code[i]) + 1) % 10) + code.slice(i + 1);
        if (known.has(altered)) continue;
        const check = await verify(altered);
        expect(check.genuine).toBe(false);
        expect(check.visitId).toBeNull();
      }
    }
    const other = await ws.handlers['exports.verifyCode']({ code: codes[0].code, date: '2026-11-24' });
    expect(other.genuine).toBe(false);
    expect(other.message.zh).toMatch(/没有方案/);
    const wrong = await verify('00000000');
    expect(wrong.message.en).toMatch(/is not genuine/);
    expect(wrong.message.zh).toMatch(/无效/);
  });

  it('keeps every code when an unrelated part of the plan changes, and a visit moved to another officer gets a new code while its old one fails', async () => {
    const codes = await exportedCodes();
    const { visitId: moved, toOfficerId } = await moveWithoutBreakingRules();
    const oldCode = codes.find((c) => c.visitId === moved)!.code;
    expect((await verify(oldCode)).genuine).toBe(false);
    // The moved visit is no longer on the sheet its new officer holds: it waits for the next export.
    const movedNow = (await ws.handlers['visits.list']({ date: TEST_DAY })).find((v) => v.id === moved)!;
    expect(movedNow.status).toBe('planned');
    const after = await exportedCodes();
    const newCode = after.find((c) => c.visitId === moved)!;
    expect(newCode).toMatchObject({ officerId: toOfficerId });
    expect(newCode.code).not.toBe(oldCode);
    expect(await verify(newCode.code)).toMatchObject({ genuine: true, visitId: moved, officerId: toOfficerId });
    // Every other visit keeps the code printed on its officer's sheet.
    const before = new Map(codes.filter((c) => c.visitId !== moved).map((c) => [c.visitId, c.code]));
    for (const c of after.filter((x) => x.visitId !== moved)) expect(c.code).toBe(before.get(c.visitId));
  });

  it('keeps dispatched visits with their officer, first and in order, when the day is re-optimised or planned again, until taken back', async () => {
    const plan = await currentPlan();
    const busy = plan.routes.find((r) => r.stops.length >= 2)!;
    const officerId = busy.officerId as OfficerId;
    const { visitStatuses } = await ws.handlers['exports.day']({
      date: TEST_DAY,
      format: 'pdf',
      officerId,
      profile: 'officer',
      language: 'zh',
    });
    const dispatched = busy.stops.map((s) => s.visitId);
    expect(visitStatuses.map((c) => c.visitId).sort()).toEqual([...dispatched].sort());
    const firstStops = (p: Plan) =>
      p.routes
        .find((r) => r.officerId === officerId)!
        .stops.slice(0, dispatched.length)
        .map((s) => s.visitId);

    await ws.handlers['plans.reoptimise']({ date: TEST_DAY, seconds: 0.3, seed: 7 });
    expect(firstStops(await currentPlan())).toEqual(dispatched);
    await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 9 });
    expect(firstStops(await currentPlan())).toEqual(dispatched);

    const back = await ws.handlers['dispatch.takeBack']({ date: TEST_DAY, officerIds: [officerId] });
    expect(back.visitStatuses.map((c) => c.visitId).sort()).toEqual([...dispatched].sort());
    expect(new Set(back.visitStatuses.map((c) => c.status))).toEqual(new Set(['planned']));
    expect(ws.unexpected).toEqual([]);
  });

  it('does not dispatch supervisor copies or the plan JSON, and audits every export with who, what and for whom', async () => {
    await ws.handlers['exports.day']({ date: TEST_DAY, format: 'bundle', profile: 'supervisor', language: 'en' });
    await ws.handlers['exports.day']({ date: TEST_DAY, format: 'json', profile: 'officer', language: 'en' });
    const statuses = (await ws.handlers['visits.list']({ date: TEST_DAY })).map((v) => v.status);
    expect(statuses).not.toContain('dispatched');
    const audit = ws.db.prepare(`SELECT actor, detail_json FROM audit_log WHERE action = 'export.day' ORDER BY id`).all() as {
      actor: string;
      detail_json: string;
    }[];
    expect(audit.map((a) => ({ actor: a.actor, ...JSON.parse(a.detail_json) }))).toEqual([
      expect.objectContaining({ actor: 'dispatcher', date: TEST_DAY, format: 'bundle', profile: 'supervisor', dispatched: 0 }),
      expect.objectContaining({ format: 'json', profile: 'officer', dispatched: 0 }),
    ]);
    expect(JSON.parse(audit[0].detail_json).officers.length).toBeGreaterThan(0);
  });

  it('bundles one officer’s files alone when one officer is asked for: no other folder, no dispatcher summary', async () => {
    const route = (await currentPlan()).routes.find((r) => r.stops.length > 0)!;
    const { files } = await ws.handlers['exports.day']({
      date: TEST_DAY,
      format: 'bundle',
      officerId: route.officerId as OfficerId,
      profile: 'officer',
      language: 'zh',
    });
    expect(files).toHaveLength(1);
    const names = Object.keys(unzipSync(new Uint8Array(Buffer.from(files[0].content, 'base64'))));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.startsWith(`${route.officerId} `))).toBe(true);
  });

  it('refuses an unknown officer or one without visits, naming them', async () => {
    await expect(
      ws.handlers['exports.day']({ date: TEST_DAY, format: 'pdf', officerId: 'OF-404' as OfficerId, profile: 'officer', language: 'en' }),
    ).rejects.toMatchObject({ code: 'bad_input', userMessage: { en: expect.stringContaining('OF-404') } });
    const plan = await currentPlan();
    const idle = plan.routes.find((r) => r.stops.length === 0);
    if (idle) {
      await expect(
        ws.handlers['exports.day']({
          date: TEST_DAY,
          format: 'pdf',
          officerId: idle.officerId as OfficerId,
          profile: 'officer',
          language: 'zh',
        }),
      ).rejects.toMatchObject({ code: 'bad_input', userMessage: { zh: expect.stringContaining('没有走访') } });
    }
  });
});
