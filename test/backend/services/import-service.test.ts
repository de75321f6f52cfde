import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../electron/backend/db/open';
import { importFiles, type ImportRequest } from '../../../electron/backend/services/import-service';
import { createRepos, type Repos } from '../../../electron/backend/db/repos';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import type { VisitId } from '../../../shared/domain';
import { visitsCsv } from '../import/helpers';

const clock = () => new Date('2026-11-22T08:00:00Z');

/** Every row of every user table, to prove a failed import changed nothing at all. */
function snapshot(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

describe('import service', () => {
  let db: Db;
  let repos: Repos;
  beforeEach(() => {
    db = openDatabase(':memory:');
    repos = createRepos(db, clock);
  });
  const importFile = async (one: ImportRequest) => (await importFiles(repos, [one]))[0];
  afterEach(() => db.close());

  const request = (bytes: Uint8Array, extra: Partial<ImportRequest> = {}) => ({
    kind: 'visits' as const,
    fileName: 'visits.csv',
    bytes,
    dryRun: false,
    validRowsOnly: false,
    ...extra,
  });

  it('leaves the database exactly as it was when any row is bad', async () => {
    await importFile(request(visitsCsv([{}, {}])));
    const before = snapshot(db);
    const report = await importFile(request(visitsCsv([{ service_min: '15' }, { lat: 'north' }, { windows: '12:00-09:00' }])));
    expect(report.written).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'lat'],
      [4, 'windows'],
    ]);
    expect(snapshot(db)).toBe(before);
  });

  it('previews in a dry run what it would store, and stores nothing', async () => {
    await importFile(request(visitsCsv([{}, {}])));
    const before = snapshot(db);
    const preview = await importFile(request(visitsCsv([{}, {}, {}, {}]), { dryRun: true }));
    expect(preview).toMatchObject({ written: false, dryRun: true, validCount: 4, inserted: 2, updated: 2 });
    expect(snapshot(db)).toBe(before);
  });

  it('stores only the valid rows when asked, and says how many', async () => {
    const report = await importFile(request(visitsCsv([{}, { priority: '9' }, {}]), { validRowsOnly: true }));
    expect(report).toMatchObject({ written: true, inserted: 2, updated: 0, validCount: 2 });
    expect(report.errors).toHaveLength(1);
    expect(
      createVisitsRepo(db)
        .listByDate('2026-11-23')
        .map((v) => v.id),
    ).toEqual(['V001', 'V003']);
  });

  it('updates visits on re-import but refuses to overwrite one already done in the field', async () => {
    await importFile(request(visitsCsv([{}, {}])));
    createVisitsRepo(db).setStatus(['V001' as VisitId], 'done');
    const report = await importFile(request(visitsCsv([{ notes: 'changed' }, { notes: 'changed' }])));
    expect(report.written).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, field: 'visit_id', value: 'V001' })]);
    expect(report.errors[0].message).toEqual({
      en: 'Visit V001 is already "Done"; an import cannot change it.',
      zh: '走访 V001 已是“已完成”状态，导入不能修改它。',
    });

    const partial = await importFile(request(visitsCsv([{ notes: 'changed' }, { notes: 'changed' }]), { validRowsOnly: true }));
    expect(partial).toMatchObject({ written: true, inserted: 0, updated: 1 });
    expect(createVisitsRepo(db).get('V001' as VisitId)?.notes).toBe('');
    expect(createVisitsRepo(db).get('V002' as VisitId)?.notes).toBe('changed');
  });
});
