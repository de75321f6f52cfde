import { afterEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import type { GeocodeProgress } from '../../../shared/api/geocoding';
import type { VisitId } from '../../../shared/domain';
import { convertPoint } from '../../../shared/logic/coords';
import { openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';
import { AMAP_NOTHING, amapFound, startGeocoderServer, type GeocoderServer, type Reply } from './geocoder-server';

const vid = (id: string) => id as VisitId;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const OFFICERS = ['officer_id,name,start_lat,start_lng,shift_start,shift_end', 'O-1,Officer A,31.2300,121.4700,08:00,18:00'].join('\n');

/** Synthetic visits: V-1 has coordinates, the rest only an address (V-4 shares V-2's, written differently). */
const VISITS = [
  'visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,approval_ref',
  `V-1,${TEST_DAY},collection,C-1,测试甲,13800000001,上海市黄浦区甲路1号,31.2310,121.4710,09:00-17:00,A-1`,
  `V-2,${TEST_DAY},collection,C-2,测试乙,13800000002,上海市黄浦区乙路2号,,,09:00-17:00,A-2`,
  `V-3,${TEST_DAY},collection,C-3,测试丙,13800000003,上海市某区丙镇,,,09:00-17:00,A-3`,
  `V-4,${TEST_DAY},verification,C-4,测试丁,13800000004,上海市黄浦区乙路2号 ,,,09:00-17:00,A-4`,
  `V-5,${TEST_DAY},collection,C-5,测试戊,13800000005,查无此处,,,09:00-17:00,A-5`,
].join('\n');

const near = { lat: 31.2322, lng: 121.4722 };
const gcj = (p: { lat: number; lng: number }) => convertPoint({ ...p, system: 'wgs84' }, 'gcj02');

/** Amap answers: a door number for 乙路2号 (confident), a village for 丙镇 (a guess), nothing for the rest. */
function amapAnswers(url: URL): Reply {
  const address = url.searchParams.get('address') ?? '';
  if (address.includes('乙路2号')) return { body: amapFound(gcj(near).lng, gcj(near).lat, '门牌号'), delayMs: 20 };
  if (address.includes('丙镇')) return { body: amapFound(gcj(near).lng + 0.01, gcj(near).lat, '村庄'), delayMs: 20 };
  return { body: AMAP_NOTHING };
}

async function importDay(handlers: Handlers, visits = VISITS) {
  return handlers['import.files']({
    files: [
      { kind: 'officers', fileName: 'officers.csv', contentBase64: base64(OFFICERS) },
      { kind: 'visits', fileName: 'visits.csv', contentBase64: base64(visits) },
    ],
    dryRun: false,
    validRowsOnly: false,
  });
}

async function useAmap(handlers: Handlers, url: string) {
  await handlers['settings.setGeocoding']({ provider: 'amap', url, key: 'test-key', countryCodes: '', confidenceThreshold: 0.6 });
}

describe('visits with an address and no coordinates', () => {
  let ws: TestWorkspace;
  let server: GeocoderServer | undefined;
  afterEach(async () => {
    ws.close();
    await server?.close();
    server = undefined;
  });

  it('are imported as pending and kept out of the plan, saying why in both languages', async () => {
    ws = openTestWorkspace();
    const { reports } = await importDay(ws.handlers);
    expect(reports.every((r) => r.written && r.errors.length === 0)).toBe(true);
    const v2 = await ws.handlers['visits.get']({ id: vid('V-2') });
    expect(v2.visit.location).toBeNull();
    expect(v2.visit.locating).toEqual({ source: 'pending', confidence: null, problem: null });

    const { changes } = await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 });
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(plan.routes.flatMap((r) => r.stops.map((s) => s.visitId))).toEqual(['V-1']);
    const out = plan.unassigned.find((u) => u.visitId === 'V-2')!;
    expect(out.reasons).toEqual(['place_unconfirmed']);
    expect(out.message).toEqual({
      en: 'Visit V-2 has no place yet: its address has not been geocoded yet. Geocode it, or type its coordinates.',
      zh: '走访 V-2 还没有位置：其地址尚未地理编码。请进行地理编码，或填写其坐标。',
    });
    expect(changes).toBeDefined();
  });

  it('refuses a row with only one coordinate, naming the row and column', async () => {
    ws = openTestWorkspace();
    const bad = VISITS.replace(`上海市某区丙镇,,,`, `上海市某区丙镇,31.2,,`);
    const { reports } = await importDay(ws.handlers, bad);
    const visits = reports.find((r) => r.kind === 'visits')!;
    expect(visits.written).toBe(false);
    expect(visits.errors).toMatchObject([{ line: 4, field: 'lng' }]);
  });

  it('are geocoded after the import: found, guessed for a person, or left pending with a sentence; progress is reported', async () => {
    server = await startGeocoderServer(amapAnswers);
    ws = openTestWorkspace({ geocoding: { retry: { retries: 0, backoffMs: 0 } } });
    await importDay(ws.handlers);
    await useAmap(ws.handlers, server.url);
    const progress: GeocodeProgress[] = [];
    ws.events.subscribe((name, payload) => name === 'geocoding.progress' && progress.push(payload as GeocodeProgress));

    const run = await ws.handlers['geocoding.run']({ date: TEST_DAY });
    // V-2 and V-4 share an address (spacing aside): asked once.
    expect(run).toEqual({ total: 4, done: 4, found: 2, guessed: 1, failed: 1, asked: 3, fromCache: 0, cancelled: false });
    expect(progress.at(-1)).toEqual({ date: TEST_DAY, total: 4, done: 4, found: 2, guessed: 1, failed: 1 });

    const get = async (id: string) => (await ws.handlers['visits.get']({ id: vid(id) })).visit;
    const v2 = await get('V-2');
    expect(v2.locating).toEqual({ source: 'geocoded', confidence: 1, problem: null });
    expect(v2.location!.system).toBe('wgs84');
    expect(Math.abs(v2.location!.lat - near.lat) * 111_000).toBeLessThan(1);
    expect((await get('V-3')).locating?.source).toBe('guessed');
    const v5 = await get('V-5');
    expect(v5.location).toBeNull();
    expect(v5.locating?.problem?.en).toBe('the geocoding service found no place for this address');

    // The geocoded visits are planned; the guess and the unknown address wait, saying why.
    await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 });
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)).sort()).toEqual(['V-1', 'V-2', 'V-4']);
    const why = Object.fromEntries(plan.unassigned.map((u) => [u.visitId, u.message]));
    expect(why['V-3']).toEqual({
      en: 'The place of visit V-3 was only guessed from its address (50 % sure): confirm it or move its pin before it is planned.',
      zh: '走访 V-3 的位置只是根据地址推测的（可信度 50%）：请确认或移动图钉后再排入方案。',
    });
    expect(why['V-5'].zh).toBe('走访 V-5 还没有位置：地理编码服务未找到此地址的位置。请进行地理编码，或填写其坐标。');
  });

  it('never asks the same address twice: a second run, and a new visit at a known address, come from the cache', async () => {
    server = await startGeocoderServer(amapAnswers);
    ws = openTestWorkspace({ geocoding: { retry: { retries: 0, backoffMs: 0 } } });
    await importDay(ws.handlers);
    await useAmap(ws.handlers, server.url);
    await ws.handlers['geocoding.run']({});
    const asked = server.requests.length;
    // V-5 is still pending (nothing found): the cached "nothing" answers it.
    const again = await ws.handlers['geocoding.run']({});
    expect(again).toMatchObject({ total: 1, asked: 0, fromCache: 1, failed: 1 });
    const more = `${VISITS}\nV-6,${TEST_DAY},collection,C-6,测试己,13800000006,上海市黄浦区乙路2号,,,09:00-17:00,A-6`;
    await importDay(ws.handlers, more);
    expect(await ws.handlers['geocoding.run']({})).toMatchObject({ total: 2, found: 1, asked: 0, fromCache: 2 });
    expect(server.requests.length).toBe(asked);
    // Importing the file again without coordinates keeps the places the addresses led to.
    expect((await ws.handlers['visits.get']({ id: vid('V-2') })).visit.locating?.source).toBe('geocoded');
  });

  it('keeps a few requests in flight at most', async () => {
    server = await startGeocoderServer(() => ({ body: AMAP_NOTHING, delayMs: 250 }));
    ws = openTestWorkspace({ geocoding: { retry: { retries: 0, backoffMs: 0 } } });
    const rows = Array.from(
      { length: 9 },
      (_, i) => `W-${i},${TEST_DAY},collection,C-${i},测试,13800000000,某路${i}号,,,09:00-17:00,A-${i}`,
    );
    await importDay(ws.handlers, [VISITS.split('\n')[0], ...rows].join('\n'));
    await useAmap(ws.handlers, server.url);
    const run = await ws.handlers['geocoding.run']({});
    expect(run.asked).toBe(9);
    expect(server.maxInFlight).toBeGreaterThan(1);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
  });

  it('retries a busy service, then leaves the visit pending with the reason when it keeps failing', async () => {
    let calls = 0;
    server = await startGeocoderServer(() => (++calls === 1 ? { status: 429, body: {} } : { status: 503, body: {} }));
    ws = openTestWorkspace({ geocoding: { retry: { retries: 2, backoffMs: 1 } } });
    const one = [VISITS.split('\n')[0], VISITS.split('\n')[2]].join('\n');
    await importDay(ws.handlers, one);
    await useAmap(ws.handlers, server.url);
    const run = await ws.handlers['geocoding.run']({});
    expect(run).toMatchObject({ total: 1, failed: 1, asked: 3 });
    const v2 = (await ws.handlers['visits.get']({ id: vid('V-2') })).visit;
    expect(v2.locating?.problem).toEqual({
      en: 'the geocoding service failed (it answered HTTP 503); it is tried again next time',
      zh: '地理编码服务出错（其返回 HTTP 503），下次会再试',
    });
    // A failure is not cached: the next run asks again.
    await ws.handlers['geocoding.run']({});
    expect(server.requests.length).toBe(6);
  });

  it('refuses to run before a service is set up, in both languages', async () => {
    ws = openTestWorkspace();
    await expect(ws.handlers['geocoding.run']({})).rejects.toMatchObject({
      code: 'bad_input',
      userMessage: {
        en: 'Geocoding is not set up: choose a service and its address under Settings (Alt+T).',
        zh: '尚未设置地理编码：请在“设置”（Alt+T）中选择服务并填写地址。',
      },
    });
  });

  it('plans a guessed place once a person confirms it, or once its pin is moved; both are audited', async () => {
    server = await startGeocoderServer(amapAnswers);
    ws = openTestWorkspace({ geocoding: { retry: { retries: 0, backoffMs: 0 } } });
    const guesses = [VISITS.split('\n')[0], VISITS.split('\n')[3], VISITS.split('\n')[3].replace('V-3', 'V-7').replace('C-3', 'C-7')].join(
      '\n',
    );
    await importDay(ws.handlers, guesses);
    await useAmap(ws.handlers, server.url);
    await ws.handlers['geocoding.run']({});

    const confirmed = await ws.handlers['visits.confirmPlace']({ visitId: vid('V-3') });
    expect(confirmed.locating).toEqual({ source: 'confirmed', confidence: 0.5, problem: null });
    await expect(ws.handlers['visits.confirmPlace']({ visitId: vid('V-3') })).rejects.toMatchObject({ code: 'bad_input' });

    // Moving the pin is an edit of the coordinates: the place is then a person's.
    const moved = await ws.handlers['visits.update']({
      id: vid('V-7'),
      changes: { lat: '31.2350', lng: '121.4750', coordSystem: 'wgs84' },
    });
    expect(moved.visit.location).toEqual({ lat: 31.235, lng: 121.475, system: 'wgs84' });
    expect(moved.visit.locating?.source).toBe('confirmed');

    await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 });
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)).sort()).toEqual(['V-3', 'V-7']);
    const actions = ws.db
      .prepare(
        `SELECT action, entity_id AS id FROM audit_log WHERE action IN ('visit.confirmPlace', 'visit.update', 'visits.geocode') ORDER BY id`,
      )
      .all();
    expect(actions).toEqual([
      { action: 'visits.geocode', id: null },
      { action: 'visit.confirmPlace', id: 'V-3' },
      { action: 'visit.update', id: 'V-7' },
    ]);
  });

  it('stops on cancel and keeps what was found so far', async () => {
    server = await startGeocoderServer(() => ({ body: AMAP_NOTHING, delayMs: 150 }));
    ws = openTestWorkspace({ geocoding: { retry: { retries: 0, backoffMs: 0 } } });
    const rows = Array.from(
      { length: 12 },
      (_, i) => `W-${i},${TEST_DAY},collection,C-${i},测试,13800000000,某路${i}号,,,09:00-17:00,A-${i}`,
    );
    await importDay(ws.handlers, [VISITS.split('\n')[0], ...rows].join('\n'));
    await useAmap(ws.handlers, server.url);
    const firstAnswer = new Promise<void>((resolve) => ws.events.subscribe((name) => name === 'geocoding.progress' && resolve()));
    const running = ws.handlers['geocoding.run']({});
    await firstAnswer;
    await expect(ws.handlers['geocoding.run']({})).rejects.toMatchObject({ code: 'bad_input' });
    expect(await ws.handlers['geocoding.cancel']({})).toEqual({ cancelled: true });
    const run = await running;
    expect(run.cancelled).toBe(true);
    expect(run.done).toBeGreaterThan(0);
    expect(run.done).toBeLessThan(12);
    const stillPending = ws.db
      .prepare(`SELECT count(*) FROM visits WHERE location_source = 'pending' AND location_problem_json IS NULL`)
      .pluck()
      .get();
    expect(stillPending).toBe(12 - run.done);
  });
});
