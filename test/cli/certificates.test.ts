import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../shared/domain';
import { addSupervisor, CLI_SUPERVISOR, runCliCaptured } from '../support/cli-harness';

const run = (...args: string[]) => runCliCaptured(args);

const OFFICERS = `officer_id,name,team,start_lat,start_lng,end_lat,end_lng,shift_start,shift_end,break_start,break_min,max_visits,skills,travel_mode
OF-001,测试员甲,一组,31.2300,121.4700,31.2300,121.4700,08:00,20:00,,,12,collection;cert-x@2026-12-10;senior@2026-11-30,driving
OF-002,测试员乙,一组,31.2300,121.4700,31.2300,121.4700,08:00,20:00,,,12,collection;cert-x@2026-11-20;vehicle-loan@2026-01-01~2027-06-30,driving
`;

describe('dispatch certificates expiring', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-certificates-'));
    db = path.join(dir, 'workspace.sqlite');
    fs.writeFileSync(path.join(dir, 'officers.csv'), OFFICERS);
    const imported = await run('import', '--db', db, '--officers', path.join(dir, 'officers.csv'));
    expect(imported.code, imported.stderr).toBe(0);
    await addSupervisor(db);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists dated skills ending soon or ended while the rules require no certificate', async () => {
    const listed = await run('certificates', 'expiring', '--db', db, '--date', '2026-11-23');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toBe(
      [
        'Certificates ending within 30 days of 2026-11-23 (by 2026-12-23), or ended:',
        'Other skills with an end date:',
        '  2026-11-20  cert-x  测试员乙 (OF-002): ended 3 days ago',
        '  2026-11-30  senior  测试员甲 (OF-001): 7 days left',
        '  2026-12-10  cert-x  测试员甲 (OF-001): 17 days left',
        '',
      ].join('\n'),
    );
    const none = await run('certificates', 'expiring', '--db', db, '--date', '2026-11-01', '--days', '1');
    expect(none.stdout).toBe('No certificate ends within 1 day of 2026-11-01, and none has ended.\n');
  });

  it('puts the certificates the visiting rules require first, naming the visit kinds, in either language', async () => {
    const rulesFile = path.join(dir, 'rules.json');
    expect((await run('rules', 'export', '--db', db, '--out', rulesFile)).code).toBe(0);
    const file = JSON.parse(fs.readFileSync(rulesFile, 'utf8'));
    file.rules.certificates = { collection: 'cert-x', 'follow-up': 'cert-x', verification: null };
    fs.writeFileSync(rulesFile, JSON.stringify(file));
    const saved = await run('rules', 'import', '--db', db, '--file', rulesFile, '--user', CLI_SUPERVISOR, '--reason', 'Certificates');
    expect(saved.code, saved.stderr).toBe(0);

    const listed = await run('certificates', 'expiring', '--db', db, '--date', '2026-12-10', '--days', '20');
    expect(listed.stdout).toBe(
      [
        'Certificates ending within 20 days of 2026-12-10 (by 2026-12-30), or ended:',
        'Required by the visiting rules:',
        '  2026-11-20  cert-x (Collection and Follow-up)  测试员乙 (OF-002): ended 20 days ago',
        '  2026-12-10  cert-x (Collection and Follow-up)  测试员甲 (OF-001): valid today for the last time',
        'Other skills with an end date:',
        '  2026-11-30  senior  测试员甲 (OF-001): ended 10 days ago',
        '',
      ].join('\n'),
    );
    const zh = await run('certificates', 'expiring', '--db', db, '--date', '2026-11-23', '--lang', 'zh');
    expect(zh.stdout.split('\n').slice(0, 3)).toEqual([
      '2026-11-23 起 30 天内（2026-12-23 前）到期或已过期的资质证书：',
      '走访规则要求的资质证书：',
      '  2026-11-20  cert-x（催收和回访）  测试员乙（OF-002）：已过期 3 天',
    ]);

    const json = JSON.parse((await run('certificates', 'expiring', '--db', db, '--json')).stdout);
    // Without --date the list is for today on the command line's clock.
    const today = localDateOf(new Date('2026-11-22T07:00:00Z'));
    expect(json).toMatchObject({ date: today, days: 30 });
    expect(json.certificates[0]).toEqual({
      group: 'required',
      kinds: ['collection', 'follow-up'],
      officerId: 'OF-002',
      officerName: '测试员乙',
      certificate: 'cert-x',
      validUntil: '2026-11-20',
      daysLeft: (Date.parse('2026-11-20') - Date.parse(today)) / 86_400_000,
    });
  });

  it('refuses an unknown action and days out of range', async () => {
    const unknown = await run('certificates', 'renew', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "certificates renew"/);
    const tooMany = await run('certificates', 'expiring', '--db', db, '--days', '400');
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/--days/);
  });
});
