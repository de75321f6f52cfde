import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';
import { box, featureCollection } from '../support/territory-kit';

// Territories on the command line (issue 20): imported all or nothing from GeoJSON, then listed.

describe('dispatch territories', () => {
  const tempDir = useTempDir();

  it('imports a GeoJSON file into the workspace, lists it, and refuses a bad file naming the feature and field, storing nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    const run = (...args: string[]) => runCliCaptured(args);
    expect((await run('demo', '--out', dir, '--visits', '6', '--officers', '2', '--date', '2026-11-23')).code).toBe(0);
    const officersCsv = fs.readFileSync(path.join(dir, 'officers.csv'), 'utf8').trim().split('\n');
    const header = officersCsv[0].split(',');
    const first = officersCsv[1].split(',');
    const team = first[header.indexOf('team')];
    const officerId = first[header.indexOf('officer_id')];
    expect(
      (await run('import', '--db', db, '--visits', path.join(dir, 'visits.csv'), '--officers', path.join(dir, 'officers.csv'))).code,
    ).toBe(0);

    const good = path.join(dir, 'areas.geojson');
    fs.writeFileSync(
      good,
      featureCollection([
        { name: 'Team area', team, rule: 'hard', geometry: box(121.3, 31.1, 121.6, 31.4) },
        { name: 'Own patch', officer_id: officerId, rule: 'soft', price: 1200, geometry: box(121.4, 31.2, 121.5, 31.3) },
      ]),
    );
    const imported = await run('territories', 'import', '--db', db, '--file', good);
    expect(imported).toMatchObject({ code: 0, stdout: 'Stored 2 territories (2 new, 0 replaced).\n' });

    const listed = await run('territories', 'list', '--db', db);
    expect(listed.stdout).toBe(`2\tOwn patch\tofficer:${officerId}\tsoft\t1200\n1\tTeam area\tteam:${team}\thard\t0\n`);

    const bad = path.join(dir, 'bad.geojson');
    fs.writeFileSync(
      bad,
      featureCollection([{ name: 'Team area', team: 'No such team', rule: 'hard', geometry: box(121.3, 31.1, 121.6, 31.4) }]),
    );
    const refused = await run('territories', 'import', '--db', db, '--file', bad, '--lang', 'zh');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      '辖区文件有 1 个问题，未保存任何内容。第 1 个要素，字段 team：名册中没有属于“No such team”小组的外访员。',
    );
    const json = JSON.parse((await run('territories', 'list', '--db', db, '--json')).stdout) as { name: string; owner: unknown }[];
    expect(json.map((t) => [t.name, t.owner])).toEqual([
      ['Own patch', { kind: 'officer', officerId }],
      ['Team area', { kind: 'team', team }],
    ]);
    expect((await run('territories', 'list', '--db', path.join(dir, 'empty.sqlite'))).stdout).toBe('No territories.\n');
  });
});
