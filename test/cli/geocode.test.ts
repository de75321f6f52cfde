import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createRepos } from '../../electron/backend/db/repos';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';
import { AMAP_NOTHING, amapFound, startGeocoderServer, type GeocoderServer } from '../backend/geocoding/geocoder-server';

const DATE = '2026-11-23';
const VISITS = [
  'visit_id,date,kind,customer_id,customer_name,phone,address,windows,approval_ref',
  `V-1,${DATE},collection,C-1,测试甲,13800000001,上海市黄浦区乙路2号,09:00-17:00,A-1`,
  `V-2,${DATE},collection,C-2,测试乙,13800000002,查无此处,09:00-17:00,A-2`,
].join('\n');
const OFFICERS = ['officer_id,name,start_lat,start_lng,shift_start,shift_end', 'O-1,Officer A,31.23,121.47,08:00,18:00'].join('\n');

describe('dispatch geocode', () => {
  const tempDir = useTempDir();
  let server: GeocoderServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("imports a file without coordinates, then geocodes the day through the workspace's service; a second run asks nothing", async () => {
    server = await startGeocoderServer((url) =>
      url.searchParams.get('address')?.includes('乙路') ? { body: amapFound(121.48, 31.23, '门牌号') } : { body: AMAP_NOTHING },
    );
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    fs.writeFileSync(path.join(dir, 'visits.csv'), VISITS);
    fs.writeFileSync(path.join(dir, 'officers.csv'), OFFICERS);
    const imported = await runCliCaptured([
      'import',
      '--db',
      db,
      '--visits',
      path.join(dir, 'visits.csv'),
      '--officers',
      path.join(dir, 'officers.csv'),
    ]);
    expect(imported.code).toBe(0);
    const workspace = openWorkspaceFile(db);
    createRepos(workspace).geocoding.setSettings({
      provider: 'amap',
      url: server.url,
      key: 'k',
      countryCodes: '',
      confidenceThreshold: 0.6,
    });
    workspace.close();

    const first = await runCliCaptured(['geocode', '--db', db, '--date', DATE]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      'Geocoded 2 addresses: 1 found, 0 to confirm, 1 not found or failed.\n2 requests sent to the service, 0 addresses answered from the cache.\n',
    );
    const second = await runCliCaptured(['geocode', '--db', db, '--json', '--lang', 'zh']);
    expect(JSON.parse(second.stdout)).toMatchObject({ total: 1, asked: 0, fromCache: 1, failed: 1 });
    expect(server.requests).toHaveLength(2);
    const zh = await runCliCaptured(['geocode', '--db', db, '--lang', 'zh']);
    expect(zh.stdout).toContain('已对 1 个地址进行地理编码：找到 0 个，待确认 0 个，未找到或出错 1 个。');
  });
});
