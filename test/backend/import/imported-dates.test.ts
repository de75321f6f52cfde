import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db/open';
import { createRepos, type Repos } from '../../../electron/backend/db/repos';
import { importFiles, type ImportRequest } from '../../../electron/backend/services/import-service';
import type { VisitId } from '../../../shared/domain';
import { officersCsv, utf8, visitsCsv } from './helpers';

let db: Database;
let repos: Repos;
beforeEach(() => {
  db = openDatabase(':memory:');
  repos = createRepos(db, () => new Date('2026-11-22T08:00:00Z'));
});
afterEach(() => db.close());

const importOne = async (bytes: Uint8Array, extra: Partial<ImportRequest> = {}) =>
  (await importFiles(repos, [{ kind: 'visits', fileName: 'visits.csv', bytes, dryRun: false, validRowsOnly: false, ...extra }]))[0];

describe('the import report says which days it wrote', () => {
  it('lists the dates of the rows written, each once and in order, leaving out rows with errors', async () => {
    const rows: Record<string, string>[] = [
      { date: '2026-11-25' },
      { date: '2026-11-24' },
      { date: '2026-11-25' },
      { date: '2026-11-26', lat: 'north' },
    ];
    const report = await importOne(visitsCsv(rows), { validRowsOnly: true });
    expect(report).toMatchObject({ written: true, inserted: 3, dates: ['2026-11-24', '2026-11-25'] });
  });

  it('in a dry run, lists the dates it would write', async () => {
    expect(await importOne(visitsCsv([{ date: '2026-12-01' }]), { dryRun: true })).toMatchObject({ written: false, dates: ['2026-12-01'] });
  });

  it('lists no dates for a roster', async () => {
    const [report] = await importFiles(repos, [
      { kind: 'officers', fileName: 'officers.csv', bytes: officersCsv([{}]), dryRun: false, validRowsOnly: false },
    ]);
    expect(report).toMatchObject({ written: true, dates: [] });
  });

  it('leaves out rows refused for a visit already done, naming its id column as the file heads it', async () => {
    await importOne(visitsCsv([{ date: '2026-11-24' }, { date: '2026-11-25' }]));
    repos.visits.setStatus(['V001' as VisitId], 'done');
    const header = '走访编号,日期,类型,客户编号,客户姓名,地址,纬度,经度,预约时段,审批编号';
    const rows = [
      'V001,2026-11-24,催收,C1,测试,测试路,31.2,121.4,09:00-11:00,AP-1',
      'V002,2026-11-25,催收,C2,测试,测试路,31.2,121.4,09:00-11:00,AP-2',
    ];
    const report = await importOne(utf8([header, ...rows].join('\n')), { validRowsOnly: true });
    expect(report.errors.map((e) => [e.line, e.field, e.header])).toEqual([[2, 'visit_id', '走访编号']]);
    expect(report.dates).toEqual(['2026-11-25']);
  });
});
