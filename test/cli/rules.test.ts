import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSupervisor, CLI_SUPERVISOR, runCliCaptured } from '../support/cli-harness';

const run = (...args: string[]) => runCliCaptured(args);

describe('dispatch rules', () => {
  let dir: string;
  let db: string;
  const file = (name: string, text?: string) => {
    const target = path.join(dir, name);
    if (text !== undefined) fs.writeFileSync(target, text);
    return target;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-rules-'));
    db = path.join(dir, 'rules.sqlite');
    await addSupervisor(db);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the defaults as version 1 of a new workspace', async () => {
    const shown = await run('rules', 'show', '--db', db);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toBe(
      [
        'Visiting rules version 1, changed 2026-11-22T07:00:00.000Z by system: defaults',
        'Permitted visiting hours:',
        ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `  ${day}: 08:00-20:00`),
        'Public holidays: 0; adjusted working days: 0; days kept free of visits: 0.',
        'At most 2 visits to one customer in any 7 days, visits at least 48 h apart.',
        'No visit kind needs a certificate.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run('rules', 'show', '--db', db, '--json')).stdout);
    expect(json).toMatchObject({ version: 1, changed_by: 'system', reason: 'defaults', rules: { hours: { sun: ['08:00-20:00'] } } });
    expect(json.rules.certificates).toEqual({ verification: null, collection: null, 'follow-up': null });
    expect((await run('rules', 'show', '--db', db, '--lang', 'zh')).stdout).toContain('走访规则第 1 版');
  });

  it('exports the rules, imports an edited file as the next version, and says who changed them', async () => {
    const exported = file('rules.json');
    const result = await run('rules', 'export', '--db', db, '--out', exported);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Visiting rules version 1 written to ${exported}.\n`);
    const edited = JSON.parse(fs.readFileSync(exported, 'utf8'));
    edited.rules.hours.sun = [];
    edited.rules.hours.sat = ['09:00-12:00', '14:00-18:00'];
    edited.rules.certificates = { collection: 'cert-x', 'follow-up': 'Cert-X' };
    const input = file('edited.json', JSON.stringify(edited, null, 2));

    const imported = await run('rules', 'import', '--db', db, '--file', input, '--user', CLI_SUPERVISOR, '--reason', 'Weekend hours');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe('Visiting rules version 2 saved, changed by zhou.\n');
    const shown = (await run('rules', 'show', '--db', db)).stdout;
    expect(shown).toContain('version 2, changed 2026-11-22T07:00:00.000Z by zhou: Weekend hours');
    expect(shown).toContain('  Saturday: 09:00-12:00, 14:00-18:00\n  Sunday: no visits\n');
    expect(shown).toContain('\nCertificates officers need: cert-x (Collection) and cert-x (Follow-up).\n');
    expect((await run('rules', 'show', '--db', db, '--lang', 'zh')).stdout).toContain(
      '外访员须持有的资质证书：cert-x（催收）和cert-x（回访）。',
    );
    expect(JSON.parse(fs.readFileSync(exported, 'utf8')).rules.certificates).toEqual({
      verification: null,
      collection: null,
      'follow-up': null,
    });

    // The same file again changes nothing: refused, nothing stored.
    const again = await run('rules', 'import', '--db', db, '--file', input, '--user', CLI_SUPERVISOR, '--reason', 'again');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/visiting rules of version 2 already/);
    expect(JSON.parse((await run('rules', 'show', '--db', db, '--json')).stdout).version).toBe(2);
  });

  it('refuses a rules file with problems, listing every one, and stores nothing', async () => {
    const before = (await run('rules', 'show', '--db', db, '--json')).stdout;
    const edited = JSON.parse(fs.readFileSync(file('rules.json'), 'utf8'));
    edited.rules.hours.mon = ['08:00-12:00', '11:00-20:00'];
    edited.rules.holidays = ['2026-13-01'];
    const input = file('bad.json', JSON.stringify(edited));
    const refused = await run('rules', 'import', '--db', db, '--file', input, '--user', CLI_SUPERVISOR, '--reason', 'typo');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`${input} has 1 problem; nothing was saved:\n  holidays[0]: is not a real calendar date.\n`);
    edited.rules.holidays = [];
    fs.writeFileSync(input, JSON.stringify(edited));
    const overlapping = await run(
      'rules',
      'import',
      '--db',
      db,
      '--file',
      input,
      '--user',
      CLI_SUPERVISOR,
      '--reason',
      'typo',
      '--lang',
      'zh',
    );
    expect(overlapping.code).toBe(2);
    expect(overlapping.stderr).toContain('hours.mon[1]：与同一天的 08:00-12:00 重叠');
    const noReason = await run('rules', 'import', '--db', db, '--file', input, '--user', CLI_SUPERVISOR);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/--reason is required/);
    expect((await run('rules', 'show', '--db', db, '--json')).stdout).toBe(before);
  });

  it('replaces holidays and adjusted working days with a calendar’s, as the next version', async () => {
    const calendar = file('calendar.csv', 'date,type\n2026-10-01,放假\n2026-10-02,holiday\n2026-10-11,调休\n');
    const saved = await run('rules', 'holidays', '--db', db, '--file', calendar, '--user', CLI_SUPERVISOR, '--reason', 'National Day');
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toBe(
      'Visiting rules version 3 saved, changed by zhou. From the calendar: public holidays 2, adjusted working days 1.\n',
    );
    const json = JSON.parse((await run('rules', 'show', '--db', db, '--json')).stdout);
    expect(json.rules).toMatchObject({ holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-11'], hours: { sun: [] } });

    const bad = file('bad.csv', 'date,type\n2026-10-01,holiday\n2026-10-01,workday\n2026-10-3,vacation\n');
    const refused = await run('rules', 'holidays', '--db', db, '--file', bad, '--user', CLI_SUPERVISOR, '--reason', 'typo');
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n')).toEqual([
      `${bad} has 2 problems; nothing was saved:`,
      '  Line 3, column type: 2026-10-01 is already listed as the other kind on line 2.',
      '  Line 4, column type: must be holiday or workday (放假 or 休息, 上班 or 调休), not "vacation".',
      '',
    ]);
    expect(JSON.parse((await run('rules', 'show', '--db', db, '--json')).stdout).version).toBe(3);
    // Each saved version is in the audit trail (after the supervisor's profile), and the trail holds.
    expect(JSON.parse((await run('audit', 'verify', '--db', db, '--json')).stdout)).toEqual({ intact: true, entries: 3, broken_at: null });
  });

  it('refuses an unknown action and a missing file', async () => {
    const unknown = await run('rules', 'delete', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "rules delete"/);
    const missing = await run(
      'rules',
      'import',
      '--db',
      db,
      '--file',
      path.join(dir, 'nope.json'),
      '--user',
      CLI_SUPERVISOR,
      '--reason',
      'x',
    );
    expect(missing.code).toBe(2);
  });
});
