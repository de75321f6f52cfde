import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createRepos } from '../../electron/backend/db/repos';
import { addSupervisor, CLI_SUPERVISOR, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';

describe('exporting from the command line a plan the day no longer matches', () => {
  const tempDir = useTempDir();

  it('refuses, listing the problems, until a supervisor exports anyway (recorded)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    const run = (...args: string[]) => runCliCaptured(args);
    expect((await run('demo', '--out', dir, '--visits', '40', '--officers', '4', '--seed', '3', '--date', DATE)).code).toBe(0);
    const officersFile = path.join(dir, 'officers.csv');
    expect((await run('import', '--db', db, '--visits', path.join(dir, 'visits.csv'), '--officers', officersFile)).code).toBe(0);
    expect((await run('plan', '--date', DATE, '--db', db, '--seconds', '1', '--out', path.join(dir, 'plan.json'))).code).toBe(0);

    // The office's next officers file takes everyone off duty.
    const roster = Papa.parse<Record<string, string>>(fs.readFileSync(officersFile, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const offDuty = path.join(dir, 'off-duty.csv');
    fs.writeFileSync(offDuty, Papa.unparse(roster.map((o) => ({ ...o, active: 'no' }))));
    const reimported = await run('import', '--db', db, '--officers', offDuty);
    expect(reimported.code).toBe(0);
    expect(reimported.stdout).toMatch(/The plan for 2026-11-23 now needs attention: it no longer matches the imported data\./);

    const out = path.join(dir, 'itineraries');
    const refused = await run('export', '--db', db, '--date', DATE, '--format', 'csv', '--out', out, '--lang', 'en');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/The plan for 2026-11-23 has \d+ open problems, so no itinerary was exported\. .*is not on duty/);
    expect(refused.stderr).toMatch(/Repair the plan, or have a supervisor export it anyway\./);
    expect(fs.existsSync(out)).toBe(false);

    await addSupervisor(db);
    const anyway = await run(
      'export',
      '--db',
      db,
      '--date',
      DATE,
      '--format',
      'csv',
      '--out',
      out,
      '--anyway',
      '--user',
      CLI_SUPERVISOR,
      '--reason',
      'Officers confirmed by phone',
    );
    expect(anyway.code, anyway.stderr).toBe(0);
    expect(fs.readdirSync(out).length).toBeGreaterThan(0);
    const store = openWorkspaceFile(db);
    const [entry] = createRepos(store)
      .audit.list()
      .filter((e) => e.action === 'export.anyway');
    store.close();
    expect(entry.detail).toMatchObject({ supervisor: CLI_SUPERVISOR, reason: 'Officers confirmed by phone', date: DATE });
  });
});
