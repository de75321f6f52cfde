import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createRepos } from '../../electron/backend/db/repos';
import { createVisitsRepo } from '../../electron/backend/db/repos/visits-repo';
import { createOfficersRepo } from '../../electron/backend/db/repos/officers-repo';
import { createPlansRepo } from '../../electron/backend/db/repos/plans-repo';
import { haversineProvider } from '../../electron/backend/travel/haversine-provider';
import { planningPoints } from '../../shared/logic/planning-points';
import { verifyPlan } from '../../shared/logic/verify-plan';
import { DEFAULT_PLANNING_RULES } from '../../shared/domain';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

describe('the day flow from the command line: demo → import → plan → export', () => {
  const tempDir = useTempDir();

  it('plans a 600-visit, 25-officer demo day that an independent checker accepts', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');

    const demo = await runCliCaptured(['demo', '--out', dir, '--visits', '600', '--officers', '25', '--seed', '7', '--date', DATE]);
    expect(demo.code, demo.stderr).toBe(0);

    const imported = await runCliCaptured([
      'import',
      '--db',
      db,
      '--visits',
      path.join(dir, 'visits.csv'),
      '--officers',
      path.join(dir, 'officers.csv'),
    ]);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    expect(imported.stdout).toMatch(/600 rows, 600 valid, 0 errors; stored 600 new/);

    const planned = await runCliCaptured(['plan', '--date', DATE, '--db', db, '--seconds', '2', '--out', path.join(dir, 'plan.json')]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/Planned 2026-11-23: \d+ of 600 visits/);

    // The stored plan, re-checked from scratch by the independent checker on its own travel matrix.
    const store = openWorkspaceFile(db);
    const visits = createVisitsRepo(store).listByDate(DATE);
    const officers = createOfficersRepo(store).listActive();
    const plan = createPlansRepo(store).current(DATE);
    // The audit log says the command line made the import and the plan, and wrote plan.json.
    const audited = createRepos(store).audit.list();
    store.close();
    expect(new Set(audited.map((e) => `${e.actor} ${e.action}`))).toEqual(new Set(['cli import', 'cli plan.save', 'cli export.day']));
    expect(plan).not.toBeNull();
    const modes = [...new Set(officers.map((o) => o.travelMode))];
    const matrix = await haversineProvider().matrix(planningPoints(visits, officers), modes);
    const verdict = verifyPlan({ date: DATE, visits, officers, matrix, rules: DEFAULT_PLANNING_RULES }, plan!);
    expect(verdict.violations).toEqual([]);
    expect(verdict.ok).toBe(true);
    // 600 visits is more than 25 officers can make in a day (about nine each): the planner fills
    // the officers' days, and leaves the rest, including the deliberately impossible visits, out.
    expect(plan!.stats.assignedCount).toBeGreaterThan(150);
    expect(plan!.unassigned.length).toBeGreaterThanOrEqual(3);
    expect(plan!.unassigned.every((u) => u.reasons.length > 0 && u.message.en.length > 0 && u.message.zh.length > 0)).toBe(true);

    // plan.json has the documented shape.
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8'));
    expect(json.date).toBe(DATE);
    const stopCount = json.routes.reduce((n: number, r: { stops: unknown[] }) => n + r.stops.length, 0);
    expect(stopCount + json.unassigned.length).toBe(600);
    const stop = json.routes.find((r: { stops: unknown[] }) => r.stops.length > 0).stops[0];
    expect(Object.keys(stop)).toEqual(expect.arrayContaining(['visit_id', 'arrival', 'start', 'end', 'travel_min', 'distance_m']));
    expect(stop.arrival).toMatch(ISO_LOCAL);
    expect(json.unassigned[0]).toEqual(
      expect.objectContaining({ visit_id: expect.any(String), reasons: expect.any(Array), message: expect.any(String) }),
    );

    // Exports: one itinerary per officer with visits, and the plan as JSON.
    const csvOut = path.join(dir, 'itineraries');
    const exportedCsv = await runCliCaptured(['export', '--db', db, '--date', DATE, '--format', 'csv', '--out', csvOut]);
    expect(exportedCsv.code, exportedCsv.stderr).toBe(0);
    const files = fs.readdirSync(csvOut);
    expect(files.length).toBe(plan!.stats.officersUsed);
    const routeWithStops = plan!.routes.find((r) => r.stops.length > 0)!;
    const itinerary = fs.readFileSync(
      path.join(
        csvOut,
        files.find((f) => f.includes(routeWithStops.officerId))!,
      ),
      'utf8',
    );
    const rows = Papa.parse<Record<string, string>>(itinerary.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const visitIds = rows.map((r) => r.visit_id).filter(Boolean);
    expect(visitIds).toEqual(routeWithStops.stops.map((s) => s.visitId));

    // A Chinese system gets Chinese headers without --lang; --lang overrides the system's language.
    const zhOut = path.join(dir, 'zh');
    const exportedZh = await runCliCaptured(['export', '--db', db, '--date', DATE, '--format', 'csv', '--out', zhOut], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(exportedZh.code, exportedZh.stderr).toBe(0);
    expect(exportedZh.stdout).toBe(`已将 ${DATE} 的 ${files.length} 个文件写入 ${zhOut}。\n`);
    expect(fs.readFileSync(path.join(zhOut, files[0]), 'utf8')).toMatch(/^\uFEFF序号,/);
    const enOut = path.join(dir, 'en');
    await runCliCaptured(['export', '--db', db, '--date', DATE, '--format', 'csv', '--out', enOut, '--lang', 'en'], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(fs.readFileSync(path.join(enOut, files[0]), 'utf8')).toMatch(/^\uFEFFseq,/);
    const badLang = await runCliCaptured(['export', '--db', db, '--date', DATE, '--format', 'csv', '--out', enOut, '--lang', 'fr']);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toMatch(/--lang must be en or zh \(got "fr"\)/);

    const jsonOut = path.join(dir, 'json');
    const exportedJson = await runCliCaptured(['export', '--db', db, '--date', DATE, '--format', 'json', '--out', jsonOut]);
    expect(exportedJson.code, exportedJson.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(jsonOut, `plan-${DATE}.json`), 'utf8')).routes.length).toBe(json.routes.length);
  }, 120_000);

  it('plans straight from files without a database', async () => {
    const dir = tempDir();
    await runCliCaptured(['demo', '--out', dir, '--visits', '80', '--officers', '5', '--seed', '3', '--date', DATE]);
    const planned = await runCliCaptured([
      'plan',
      '--date',
      DATE,
      '--visits',
      path.join(dir, 'visits.csv'),
      '--officers',
      path.join(dir, 'officers.csv'),
      '--seconds',
      '1',
      '--out',
      path.join(dir, 'p.json'),
    ]);
    expect(planned.code, planned.stderr).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'p.json'), 'utf8'));
    expect(json.routes.reduce((n: number, r: { stops: unknown[] }) => n + r.stops.length, 0) + json.unassigned.length).toBe(80);
  }, 60_000);

  it("refuses bad input with exit code 2, a sentence in the user's language and no stack trace", async () => {
    const dir = tempDir();
    const missing = await runCliCaptured(['import', '--db', path.join(dir, 'x.sqlite'), '--visits', path.join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`Error: The file ${path.join(dir, 'nope.csv')} does not exist.\n`);
    // A mistyped file name makes no workspace.
    expect(fs.existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
    const missingZh = await runCliCaptured(['import', '--db', path.join(dir, 'x.sqlite'), '--visits', path.join(dir, 'nope.csv')], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(missingZh.stderr).toBe(`错误：文件 ${path.join(dir, 'nope.csv')} 不存在。\n`);

    const badDate = await runCliCaptured([
      'plan',
      '--date',
      '2026-02-30',
      '--db',
      path.join(dir, 'x.sqlite'),
      '--out',
      path.join(dir, 'p.json'),
    ]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/real date/);

    const unknown = await runCliCaptured(['frobnicate']);
    expect(unknown.code).toBe(2);
    const badFlag = await runCliCaptured(['demo', '--out', dir, '--visits', 'many']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--visits must be a whole number/);
  });

  it('writes nothing when any row of either file is bad, and the valid rows only when asked', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    await runCliCaptured(['demo', '--out', dir, '--visits', '30', '--officers', '3', '--seed', '5', '--date', DATE]);
    const visitsCsv = fs.readFileSync(path.join(dir, 'visits.csv'), 'utf8');
    const lines = visitsCsv.split('\r\n');
    const header = lines[0].replace(/^\uFEFF/, '').split(',');
    const latColumn = header.indexOf('lat');
    const cells = lines[5].split(',');
    cells[latColumn] = 'north';
    lines[5] = cells.join(',');
    fs.writeFileSync(path.join(dir, 'bad-visits.csv'), lines.join('\r\n'));

    const refused = await runCliCaptured([
      'import',
      '--db',
      db,
      '--visits',
      path.join(dir, 'bad-visits.csv'),
      '--officers',
      path.join(dir, 'officers.csv'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/line 6, lat "north"/);
    const store = openWorkspaceFile(db);
    expect(createVisitsRepo(store).dates()).toEqual([]);
    expect(createOfficersRepo(store).list()).toEqual([]);
    store.close();

    const partial = await runCliCaptured([
      'import',
      '--db',
      db,
      '--visits',
      path.join(dir, 'bad-visits.csv'),
      '--officers',
      path.join(dir, 'officers.csv'),
      '--valid-rows-only',
    ]);
    expect(partial.code, partial.stderr).toBe(0);
    const after = openWorkspaceFile(db);
    expect(createVisitsRepo(after).listByDate(DATE)).toHaveLength(29);
    after.close();
  });
});
