import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../electron/backend/db/open';
import { createHandlers } from '../../electron/backend/handlers';
import { createEventHub } from '../../electron/backend/events';
import { createVisitsRepo } from '../../electron/backend/db/repos/visits-repo';
import { createAuditRepo } from '../../electron/backend/db/repos/audit-repo';
import { dispatch } from '../../shared/api/dispatch';
import type { Handlers, PlanUpdate } from '../../shared/api/contract';
import type { VisitId } from '../../shared/domain';
import { officersCsv, visitsCsv } from './import/helpers';
import { createOfficersRepo } from '../../electron/backend/db/repos/officers-repo';

const DATE = '2026-11-23';

describe('API handlers over a workspace database', () => {
  let db: Db;
  let handlers: Handlers;
  const emitted: string[] = [];
  const logged: string[] = [];

  beforeEach(() => {
    db = openDatabase(':memory:');
    const events = createEventHub();
    events.subscribe((name) => emitted.push(name));
    handlers = createHandlers(db, {
      events,
      clock: () => new Date('2026-11-22T08:00:00Z'),
      demoPlanSeconds: 0.2,
      logError: (message) => logged.push(message),
    });
    emitted.length = 0;
    logged.length = 0;
  });
  afterEach(() => {
    db.close();
    expect(logged).toEqual([]);
  });

  const call = async (name: string, input: unknown) => {
    const envelope = await dispatch(handlers, name, input);
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message.en}`);
    return envelope.value as never;
  };

  it('loads the demo day planned, and lists visits with names and phones masked', async () => {
    const loaded = (await call('workspace.loadDemo', { date: DATE, visits: 40, officers: 5, seed: 3 })) as { visits: number };
    expect(loaded.visits).toBe(40);
    // The clock says 2026-11-22: the board opens on the next day with visits.
    expect(await call('workspace.status', {})).toEqual({ dates: [DATE], openingDay: DATE });
    const { plan } = (await call('plans.current', { date: DATE })) as { plan: { stats: { assignedCount: number } } };

    const listed = (await call('visits.list', { date: DATE })) as Array<Record<string, unknown>>;
    expect(listed).toHaveLength(40);
    const stored = createVisitsRepo(db).listByDate(DATE);
    for (const row of listed) {
      expect(row).not.toHaveProperty('customerName');
      expect(row).not.toHaveProperty('phone');
      expect(row.phoneMasked).toMatch(/^\d{3}\*+\d{4}$/);
      const full = stored.find((v) => v.id === row.id)!;
      expect(row.displayName).not.toBe(full.customerName);
      expect(row.displayName).toMatch(/^.\*+$/u);
    }
    expect(listed.filter((row) => row.status === 'planned')).toHaveLength(plan.stats.assignedCount);
  });

  it('plans a stored day, moves statuses along and tells listeners', async () => {
    await call('workspace.loadDemo', { date: DATE, visits: 30, officers: 4, seed: 5 });
    emitted.length = 0;
    const { changes } = (await call('plans.solve', { date: DATE, seconds: 0.5, seed: 2 })) as PlanUpdate;
    expect(emitted).toContain('plans.saved');
    const current = (await call('plans.current', { date: DATE })) as { plan: { id: string } };
    expect(current.plan.id).toBe(changes.planId);
    expect(createVisitsRepo(db).listByDate(DATE, { status: 'planned' })).toHaveLength(changes.stats.assignedCount);
  });

  it('cancels visits and records who did it in the audit log', async () => {
    await call('workspace.loadDemo', { date: DATE, visits: 10, officers: 2, seed: 1 });
    const [first] = createVisitsRepo(db).listByDate(DATE);
    const result = (await call('visits.setStatus', { ids: [first.id], status: 'cancelled' })) as { changed: number };
    expect(result.changed).toBe(1);
    expect(createVisitsRepo(db).get(first.id as VisitId)?.status).toBe('cancelled');
    expect(createAuditRepo(db).list({ entity: 'visit' })[0]).toMatchObject({ action: 'visits.cancelled' });
  });

  it('imports a GBK file through the API, with a dry run first that stores nothing', async () => {
    const text = new TextDecoder().decode(visitsCsv([{ customer_name: '王小明', address: '上海市徐汇区测试路1号', date: DATE }]));
    const gbk = iconv.encode(text, 'gbk');
    const files = [{ kind: 'visits', fileName: '外访.csv', contentBase64: Buffer.from(gbk).toString('base64') }];
    const dry = (await call('import.files', { files, dryRun: true })) as { reports: unknown[] };
    expect(dry.reports).toEqual([expect.objectContaining({ written: false, encoding: 'gb18030', validCount: 1 })]);
    expect(createVisitsRepo(db).dates()).toEqual([]);
    const real = (await call('import.files', { files })) as { reports: unknown[] };
    expect(real.reports).toEqual([expect.objectContaining({ written: true, inserted: 1 })]);
    expect(createVisitsRepo(db).listByDate(DATE)[0].customerName).toBe('王小明');
  });

  it('writes an officers file and a visits file together or not at all', async () => {
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    const officers = { kind: 'officers', fileName: 'officers.csv', contentBase64: base64(officersCsv([{}, {}])) };
    const badVisits = {
      kind: 'visits',
      fileName: 'visits.csv',
      contentBase64: base64(visitsCsv([{ date: DATE }, { date: DATE, lat: 'north' }])),
    };
    const refused = (await call('import.files', { files: [badVisits, officers] })) as { reports: { kind: string; written: boolean }[] };
    // Officers are checked first whatever the order sent, and the bad visits file keeps both out.
    expect(refused.reports.map((r) => [r.kind, r.written])).toEqual([
      ['officers', false],
      ['visits', false],
    ]);
    expect(createOfficersRepo(db).list()).toEqual([]);

    // Rows without a date take the one given; written together once both are clean.
    const visits = { kind: 'visits', fileName: 'visits.csv', contentBase64: base64(visitsCsv([{ date: '' }])) };
    const stored = (await call('import.files', { files: [officers, visits], defaultDate: DATE })) as { reports: { written: boolean }[] };
    expect(stored.reports.map((r) => r.written)).toEqual([true, true]);
    expect(createOfficersRepo(db).list()).toHaveLength(2);
    expect(createVisitsRepo(db).listByDate(DATE)).toHaveLength(1);
  });

  it('refuses to export a day that has no plan, in words', async () => {
    const envelope = await dispatch(handlers, 'exports.day', { date: DATE, format: 'csv' });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('bad_input');
      expect(envelope.error.message.en).toMatch(/no plan for 2026-11-23/);
      expect(envelope.error.message.zh).toMatch(/还没有规划方案/);
    }
  });

  it('logs our own bugs for the developers but shows the user a plain sentence', async () => {
    db.exec('DROP TABLE plans');
    const envelope = await dispatch(handlers, 'plans.current', { date: DATE });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual(['Unexpected error in plans.current:']);
    logged.length = 0;
  });

  it('rejects malformed input before any handler runs', async () => {
    const envelope = await dispatch(handlers, 'plans.solve', { date: '23/11/2026' });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('bad_input');
  });
});

describe('planning guard', () => {
  it('refuses to save a plan that the independent checker rejects', async () => {
    const db = openDatabase(':memory:');
    const logged: string[] = [];
    const events = createEventHub();
    const seed = createHandlers(db, { events, demoPlanSeconds: 0.1, logError: () => undefined });
    await seed['workspace.loadDemo']({ date: DATE, visits: 20, officers: 3, seed: 1 });
    const before = (await seed['plans.current']({ date: DATE }))!.plan.id;
    // A broken planner: puts every visit on the first officer at midnight.
    const broken = createHandlers(db, {
      events,
      logError: (message) => logged.push(message),
      planner: {
        name: 'broken',
        plan: (request) => ({
          routes: [
            {
              officerId: request.officers[0].id,
              departSec: 0,
              breakTaken: null,
              returnTravelSec: 0,
              returnDistanceM: 0,
              finishSec: 0,
              travelSec: 0,
              distanceM: 0,
              workingSec: 0,
              stops: request.visits.map((v) => ({
                visitId: v.id,
                arrivalSec: 0,
                startSec: 0,
                endSec: 0,
                travelSec: 0,
                distanceM: 0,
                waitSec: 0,
              })),
            },
          ],
          unassigned: [],
        }),
      },
    });
    const envelope = await dispatch(broken, 'plans.solve', { date: DATE, seconds: 0.1 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect((await broken['plans.current']({ date: DATE }))!.plan.id).toBe(before);
    expect(logged).toEqual(['Unexpected error in plans.solve:']);
    db.close();
  });
});
