import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain';
import type { TerritorySave } from '../../../shared/api/territories';
import { AppError } from '../../../shared/api/errors';
import { openTestWorkspace, signInSupervisor, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';
import { box, featureCollection } from '../../support/territory-kit';

let ws: TestWorkspace;
beforeEach(() => {
  ws = openTestWorkspace();
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

/**
 * Two officers, both driving: W-1 (team West) starts at 121.40° E, E-1 (team East) at 121.50° E,
 * on the same latitude. Each visit lies on that line too, so its distance to each start is plain:
 * V-NEAR at 121.43 is 3 km-ish of longitude from W-1 and 7 from E-1; by travel alone it is W-1's.
 */
const OFFICERS = `officer_id,name,team,start_lat,start_lng,end_lat,end_lng,shift_start,shift_end,break_start,break_min,max_visits,skills,travel_mode
W-1,西组甲,West,31.2000,121.4000,31.2000,121.4000,08:00,20:00,,,12,collection,driving
E-1,东组乙,East,31.2000,121.5000,31.2000,121.5000,08:00,20:00,,,12,collection,driving
`;

function visitsCsv(rows: readonly [id: string, lng: number][]): string {
  const lines = rows.map(
    ([id, lng], i) =>
      `${id},${TEST_DAY},collection,C-${i + 1},测试客户,17000000001,上海市示例路${i + 1}号,31.2000,${lng},08:00-20:00,30,3,collection,AP-${i + 1},`,
  );
  return `visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes\n${lines.join('\n')}\n`;
}

async function importDay(visits: readonly [string, number][]): Promise<void> {
  const file = (kind: 'officers' | 'visits', text: string) => ({
    kind,
    fileName: `${kind}.csv`,
    contentBase64: Buffer.from(text).toString('base64'),
  });
  const { reports } = await ws.handlers['import.files']({
    files: [file('officers', OFFICERS), file('visits', visitsCsv(visits))],
    dryRun: false,
    validRowsOnly: false,
  });
  expect(reports.every((r) => r.written)).toBe(true);
}

/** The west half (121.35–121.42° E) and the east half (121.42–121.55° E) of the strip the visits lie on. */
const WEST = box(121.35, 31.15, 121.42, 31.25);
const EAST = box(121.42, 31.15, 121.55, 31.25);

const territory = (
  name: string,
  owner: TerritorySave['owner'],
  rule: 'hard' | 'soft',
  geometry = WEST,
  outsidePrice = 0,
): TerritorySave => ({
  name,
  owner,
  rule,
  outsidePrice,
  geometry,
});

async function solve(): Promise<Plan> {
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
  return (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
}
/** The error a call is refused with (it must be refused). */
async function refusal(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

const officerOf = (plan: Plan, visitId: string) => plan.routes.find((r) => r.stops.some((s) => s.visitId === visitId))?.officerId ?? null;

describe('territories in planning', () => {
  it('a soft price moves a visit to the officer whose territory it is in; without it travel decides', async () => {
    await importDay([['V-NEAR', 121.43]]);
    expect(officerOf(await solve(), 'V-NEAR')).toBe('W-1');
    // West pays an hour of travel for a visit outside its half, far more than the 2 × 4 km detour E-1 makes.
    await ws.handlers['territories.save'](territory('West half', { kind: 'team', team: 'West' }, 'soft', WEST, 3600));
    await ws.handlers['territories.save'](territory('East half', { kind: 'team', team: 'East' }, 'soft', EAST, 3600));
    expect(officerOf(await solve(), 'V-NEAR')).toBe('E-1');
  });

  it('a small soft price does not outweigh the travel it would cost', async () => {
    await importDay([['V-NEAR', 121.43]]);
    await ws.handlers['territories.save'](territory('West half', { kind: 'team', team: 'West' }, 'soft', WEST, 1));
    expect(officerOf(await solve(), 'V-NEAR')).toBe('W-1');
  });

  it('a hard territory keeps its officer inside in planning and re-optimising; a visit nobody may take stays out', async () => {
    await importDay([
      ['V-WEST', 121.41],
      ['V-NEAR', 121.43],
      ['V-FAR', 121.6],
    ]);
    const first = await solve();
    expect([officerOf(first, 'V-WEST'), officerOf(first, 'V-NEAR'), officerOf(first, 'V-FAR')]).toEqual(['W-1', 'W-1', 'E-1']);
    await ws.handlers['territories.save'](territory('West only', { kind: 'officer', officerId: 'W-1' as never }, 'hard', WEST));
    await ws.handlers['territories.save'](territory('East only', { kind: 'team', team: 'East' }, 'hard', EAST));
    const reoptimised = await ws.handlers['plans.reoptimise']({ date: TEST_DAY, seconds: 0.2, seed: 1 });
    expect([officerOf(reoptimised.plan, 'V-WEST'), officerOf(reoptimised.plan, 'V-NEAR')]).toEqual(['W-1', 'E-1']);
    // 121.60° E lies in neither half: nobody may take it.
    expect(reoptimised.plan.unassigned).toEqual([expect.objectContaining({ visitId: 'V-FAR', reasons: ['no_skilled_officer'] })]);
    const planned = await solve();
    expect([officerOf(planned, 'V-WEST'), officerOf(planned, 'V-NEAR'), officerOf(planned, 'V-FAR')]).toEqual(['W-1', 'E-1', null]);
  });

  it('refuses a manual move outside the officer’s hard territory, naming it in both languages; a supervisor may override', async () => {
    await importDay([
      ['V-WEST', 121.41],
      ['V-EAST', 121.48],
    ]);
    await ws.handlers['territories.save'](territory('West only', { kind: 'team', team: 'West' }, 'hard'));
    const plan = await solve();
    expect([officerOf(plan, 'V-WEST'), officerOf(plan, 'V-EAST')]).toEqual(['W-1', 'E-1']);
    const move = (override?: { reason: string }) =>
      ws.handlers['plans.edit']({
        date: TEST_DAY,
        basePlanId: plan.id,
        edit: { type: 'move', visitId: 'V-EAST' as never, toOfficerId: 'W-1' as never, position: 1 },
        ...(override && { override }),
      });
    const refused = await refusal(() => move());
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'forbidden',
      userMessage: {
        en: expect.stringContaining('Visit V-EAST lies outside every hard territory of officer W-1.'),
        zh: expect.stringContaining('走访 V-EAST 不在外访员 W-1 的任何硬性辖区内。'),
      },
    });
    await signInSupervisor(ws.handlers);
    const accepted = await move({ reason: 'W-1 knows the customer' });
    const after = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(accepted.canUndo).toBe(true);
    expect(officerOf(after, 'V-EAST')).toBe('W-1');
    expect(after.overrides).toEqual([expect.objectContaining({ visitId: 'V-EAST', officerId: 'W-1', rule: 'territory', by: 'zhou' })]);
    // The pre-dispatch check lists it as overridden, not as a problem.
    const check = await ws.handlers['plans.check']({ date: TEST_DAY });
    expect(check.problems.filter((p) => p.rule === 'territory')).toEqual([]);
    expect(check.overridden).toEqual([expect.objectContaining({ rule: 'territory', visitId: 'V-EAST' })]);
  });

  it('hands over visits only within the hard territories', async () => {
    await importDay([
      ['V-WEST', 121.41],
      ['V-EAST', 121.48],
    ]);
    await ws.handlers['territories.save'](territory('West only', { kind: 'team', team: 'West' }, 'hard'));
    await solve();
    // E-1 falls ill at 08:00: W-1 may not take an east visit, so it stays unassigned.
    const handed = await ws.handlers['plans.handOver']({ date: TEST_DAY, officerId: 'E-1' as never, fromSec: 8 * 3600 });
    expect(handed.handedOver).toEqual(['V-EAST']);
    const after = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(officerOf(after, 'V-EAST')).toBeNull();
    expect(after.unassigned.map((u) => u.visitId)).toContain('V-EAST');
  });
});

describe('storing territories', () => {
  it('saves, renames and deletes a drawn territory, auditing each change with who and what it was', async () => {
    await importDay([['V-1', 121.41]]);
    const saved = await ws.handlers['territories.save'](territory('West', { kind: 'team', team: 'West' }, 'soft', WEST, 600));
    expect(saved).toMatchObject({ id: 1, name: 'West', rule: 'soft', outsidePrice: 600, updatedBy: 'dispatcher' });
    const renamed = await ws.handlers['territories.save']({
      ...territory('West side', { kind: 'team', team: 'West' }, 'hard', WEST, 600),
      id: saved.id,
    });
    // A hard territory has no price.
    expect(renamed).toMatchObject({ id: 1, name: 'West side', rule: 'hard', outsidePrice: 0 });
    await expect(
      ws.handlers['territories.save'](territory('West side', { kind: 'team', team: 'East' }, 'hard', EAST)),
    ).rejects.toMatchObject({
      code: 'conflict',
      userMessage: { en: 'Another territory is already called “West side”.', zh: '已有名为“West side”的辖区。' },
    });
    await ws.handlers['territories.remove']({ id: saved.id });
    expect(await ws.handlers['territories.list']({})).toEqual([]);
    const audit = ws.db.prepare("SELECT action, detail_json FROM audit_log WHERE entity = 'territory' ORDER BY id").all() as {
      action: string;
      detail_json: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['territory.save', 'territory.save', 'territory.remove']);
    expect(JSON.parse(audit[1].detail_json)).toMatchObject({
      before: { name: 'West', rule: 'soft' },
      after: { name: 'West side', rule: 'hard' },
    });
  });

  it('refuses an outline that crosses itself and an owner not on the roster', async () => {
    await importDay([['V-1', 121.41]]);
    const bowTie = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [121.4, 31.2],
          [121.5, 31.3],
          [121.5, 31.2],
          [121.4, 31.3],
          [121.4, 31.2],
        ] as [number, number][],
      ],
    };
    await expect(
      ws.handlers['territories.save'](territory('Bow tie', { kind: 'team', team: 'West' }, 'hard', bowTie)),
    ).rejects.toMatchObject({
      code: 'bad_input',
      userMessage: { en: 'The territory “Bow tie” cannot be stored: the outline crosses itself (1 crossing); draw it without crossings.' },
    });
    await expect(ws.handlers['territories.save'](territory('North', { kind: 'team', team: 'North' }, 'hard'))).rejects.toMatchObject({
      userMessage: { en: 'The territory “North” belongs to team “North”, but no officer on the roster is in it.' },
    });
  });

  it('imports a file all or nothing: same names replace, problems name the feature and field', async () => {
    await importDay([['V-1', 121.41]]);
    const good = featureCollection([
      { name: 'West', team: 'West', rule: 'hard', geometry: WEST },
      { name: 'East', officer_id: 'E-1', rule: 'soft', price: 900, geometry: EAST },
    ]);
    const first = await ws.handlers['territories.import']({ fileName: 'areas.geojson', content: good });
    expect(first).toMatchObject({ added: 2, replaced: 0 });
    const again = await ws.handlers['territories.import']({ fileName: 'areas.geojson', content: good });
    expect(again).toMatchObject({ added: 0, replaced: 2 });
    const bad = featureCollection([
      { name: 'South', team: 'West', rule: 'hard', geometry: WEST },
      { name: 'Nowhere', officer_id: 'X-9', rule: 'soft', geometry: EAST },
    ]);
    const refused = await refusal(() => ws.handlers['territories.import']({ fileName: 'bad.geojson', content: bad }));
    expect(refused).toMatchObject({
      code: 'bad_input',
      userMessage: {
        en: 'The territories file has 2 problems; nothing was stored. Feature 2, field officer_id: no officer X-9 on the roster. Feature 2, field price: a soft territory needs a price per visit outside, a whole number from 0 to 86400.',
      },
      details: {
        problems: [expect.objectContaining({ feature: 2, field: 'officer_id' }), expect.objectContaining({ feature: 2, field: 'price' })],
      },
    });
    // Nothing of the refused file was stored, not even its good first feature.
    expect((await ws.handlers['territories.list']({})).map((t) => t.name)).toEqual(['East', 'West']);
  });
});
