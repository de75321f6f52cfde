import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain';
import { AppError } from '../../../shared/api/errors';
import { toWgs84 } from '../../../shared/logic/coords';
import { createRepos } from '../../../electron/backend/db/repos';
import { checkPlan } from '../../../electron/backend/services/plan-check';
import { haversineProvider } from '../../../electron/backend/travel/haversine-provider';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';
import { closedPortUrl, fakeLeg, startFakeServer, type FakeServer } from '../travel/fake-road-servers';

// Planning on road travel times (issue 20): the workspace's router, its cache, and what happens when
// the server cannot be reached.

let ws: TestWorkspace;
let server: FakeServer | undefined;
const dir = mkdtempSync(path.join(tmpdir(), 'road-planning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
  await server?.close();
  server = undefined;
});

/** A workspace with a small demo day whose road server answers (or not) quickly. */
async function workspace(): Promise<TestWorkspace> {
  ws = openTestWorkspace({ roadClient: { retries: 1, backoffMs: 5 } });
  await importDemoDay(ws.handlers, { visits: 12, officers: 2 });
  return ws;
}

const currentPlan = async (): Promise<Plan> => (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;

describe('planning with a road server', () => {
  it('plans on the server travel times, says so on the plan, and a second plan of the day asks nothing', async () => {
    server = await startFakeServer('osrm', { limit: 5 });
    await workspace();
    await ws.handlers['settings.setTravel']({ router: 'osrm', url: `${server.url}/`, apiKey: '', allowFallback: false, maxLocations: 5 });
    const phases: unknown[] = [];
    ws.events.subscribe((name, payload) => name === 'plans.progress' && phases.push((payload as { phase?: string }).phase));

    await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 });
    const plan = await currentPlan();
    expect(plan.travelSource).toEqual({ router: 'osrm', url: server.url, fellBack: false, reason: null });
    // 12 visits and 2 officers' start and end places (some shared): blocks of at most 5 × 5, as set.
    expect(server.requests.length).toBeGreaterThan(1);
    expect(server.requests.every((r) => r.sources <= 5 && r.destinations <= 5)).toBe(true);
    expect(phases[0]).toBe('travel');

    // The first leg of each route is the road leg from the officer's start place.
    const visits = new Map((await ws.handlers['visits.list']({ date: TEST_DAY })).map((v) => [v.id, v]));
    const officers = new Map((await ws.handlers['officers.list']({})).map((o) => [o.id, o]));
    const route = plan.routes.find((r) => r.stops.length > 0)!;
    const leg = fakeLeg(toWgs84(officers.get(route.officerId)!.start), toWgs84(visits.get(route.stops[0].visitId)!.location!))!;
    expect(Math.abs(route.stops[0].travelSec - leg.sec)).toBeLessThanOrEqual(1);
    expect(Math.abs(route.stops[0].distanceM - leg.m)).toBeLessThanOrEqual(1);

    // Planned again: every pair comes from the workspace's cache.
    const asked = server.hits;
    await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 2 });
    expect(server.hits).toBe(asked);
    expect((await currentPlan()).travelSource?.fellBack).toBe(false);

    // The plan check (inside a write transaction, no waiting) reads the cached road legs: an edit
    // that changes no place finds nothing wrong and asks nothing. Straight-line legs would not match.
    await ws.handlers['officers.update']({ officerId: route.officerId, changes: { team: 'Team road' } });
    expect((await currentPlan()).violations).toEqual([]);
    expect(server.hits).toBe(asked);
    const straight = checkPlan(createRepos(ws.db), { travel: haversineProvider() }, await currentPlan());
    expect(straight.some((v) => v.rule === 'times_changed')).toBe(true);
  });

  it('stops with a sentence naming the server and what failed, when the fallback is not allowed', async () => {
    await workspace();
    const url = await closedPortUrl();
    await ws.handlers['settings.setTravel']({ router: 'valhalla', url, apiKey: '', allowFallback: false });
    const error = await Promise.resolve(ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_input');
    expect((error as AppError).userMessage.en).toBe(
      `The road server Valhalla at ${url} could not be reached (ECONNREFUSED). Planning stopped: check the server, or allow straight-line estimates when it cannot be reached (Settings, Travel times).`,
    );
    expect((error as AppError).userMessage.zh).toContain(`无法连接 ${url} 上的 Valhalla 路网服务器（ECONNREFUSED）。方案计算已停止`);
    expect(await ws.handlers['plans.current']({ date: TEST_DAY })).toBeNull();
  });

  it('plans on straight-line estimates when allowed, and the plan, the board and every itinerary say so', async () => {
    await workspace();
    const url = await closedPortUrl();
    await ws.handlers['settings.setTravel']({ router: 'graphhopper', url, apiKey: 'synthetic', allowFallback: true });
    const { changes } = await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 });
    const reason = {
      en: `The road server GraphHopper at ${url} could not be reached (ECONNREFUSED).`,
      zh: `无法连接 ${url} 上的 GraphHopper 路网服务器（ECONNREFUSED）。`,
    };
    expect(changes.travelSource).toEqual({ router: 'graphhopper', url, fellBack: true, reason });
    const plan = await currentPlan();
    expect(plan.travelSource).toEqual(changes.travelSource);
    expect(plan.stats.assignedCount).toBeGreaterThan(0);

    const note = `Travel times are straight-line estimates, not road times: ${reason.en}`;
    const [bundle] = (await ws.handlers['exports.day']({ date: TEST_DAY, format: 'bundle', profile: 'officer', language: 'en' })).files;
    const files = unzipSync(new Uint8Array(Buffer.from(bundle.content, 'base64')));
    const of = (ext: string) => Object.entries(files).filter(([name]) => name.endsWith(ext));
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
    expect(of('.ics').length).toBe(plan.routes.filter((r) => r.stops.length > 0).length);
    for (const [, ics] of of('.ics')) {
      const unfolded = text(ics)
        .replace(/\r\n /g, '')
        .replace(/\\([,;\\])/g, '$1');
      expect(unfolded).toContain(`DESCRIPTION:${note}\\n`);
    }
    for (const [, page] of of('.html')) expect(text(page)).toContain(`<p class="watermark">${note}</p>`);
    for (const [, book] of of('.xlsx').filter(([name]) => !name.includes('dispatcher-summary'))) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(book) as unknown as ArrayBuffer);
      expect(String(workbook.worksheets[0].getCell('A1').value)).toContain(note);
    }
    for (const [name, pdf] of of('.pdf')) {
      const file = path.join(dir, path.basename(name));
      writeFileSync(file, pdf);
      const squeezed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(squeezed).toContain(note.replace(/\s+/g, ''));
    }
    expect(of('.pdf').length).toBeGreaterThan(0);
  });
});

describe('the router setting', () => {
  it('is the straight-line model until chosen, is stored and audited without its key, and is refused without an address', async () => {
    await workspace();
    expect(await ws.handlers['settings.travel']({})).toEqual({ router: 'straight', url: '', apiKey: '', allowFallback: false });
    await ws.handlers['settings.setTravel']({
      router: 'graphhopper',
      url: 'http://127.0.0.1:8989',
      apiKey: 'secret-key',
      allowFallback: true,
    });
    expect(await ws.handlers['settings.travel']({})).toMatchObject({ router: 'graphhopper', apiKey: 'secret-key', allowFallback: true });
    const audited = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'settings.travel'`).pluck().all() as string[];
    expect(audited).toHaveLength(1);
    expect(audited[0]).not.toContain('secret-key');
    const { dispatch } = await import('../../../shared/api/dispatch');
    const refused = await dispatch(ws.handlers, 'settings.setTravel', { router: 'osrm', url: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('tests a server with a 2 × 2 table and says what came back, or what failed', async () => {
    server = await startFakeServer('valhalla');
    await workspace();
    const ok = await ws.handlers['settings.testTravel']({ router: 'valhalla', url: server.url, apiKey: '', allowFallback: false });
    expect(ok.ok).toBe(true);
    expect(ok.message.en).toMatch(
      new RegExp(`^Valhalla at ${server.url} answered: [\\d.]+ min \\([\\d.]+ km\\) from the first test point`),
    );
    expect(ok.durationsSec).toHaveLength(4);
    expect(server.requests).toEqual([expect.objectContaining({ sources: 2, destinations: 2, profile: 'auto' })]);
    // A test stores nothing.
    expect((await ws.handlers['settings.travel']({})).router).toBe('straight');

    const url = await closedPortUrl();
    const failed = await ws.handlers['settings.testTravel']({ router: 'osrm', url, apiKey: '', allowFallback: false });
    expect(failed).toEqual({
      ok: false,
      message: { en: `The road server OSRM at ${url} could not be reached (ECONNREFUSED).`, zh: expect.any(String) },
    });
  });
});
