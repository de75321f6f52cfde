import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { VisitId } from '../../../shared/domain';
import { demoFiles } from '../../../electron/backend/services/demo-service';
import { createApiClient } from '../../../shared/api/client';
import { importInto } from '../../../electron/cli/commands/import';
import { inProcessTransport } from '../../../electron/backend/in-process-transport';
import { call } from '../services/plan-kit';
import { solidPng, writeMbtiles } from '../../support/mbtiles-kit';
import { useTempDir } from '../../support/temp-dir';
import { openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

const tempDir = useTempDir();
let ws: TestWorkspace;
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The demo day's files with the visits' coord_system column taken out: rows that name no system. */
function filesWithoutCoordSystem() {
  const files = demoFiles({ date: TEST_DAY, seed: 1, visits: 6, officers: 2 });
  const parsed = Papa.parse<Record<string, string>>(files.visitsCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const rows = parsed.data.map(({ coord_system: _dropped, ...rest }) => rest);
  return { officersCsv: files.officersCsv, visitsCsv: Papa.unparse(rows), first: parsed.data[0] };
}

describe('map settings (settings.map)', () => {
  it('are OpenStreetMap and WGS-84 until chosen, then stored and audited; the Tianditu key stays out of the audit log', async () => {
    ws = openTestWorkspace();
    expect(await ws.handlers['settings.map']({})).toEqual({ basemap: { kind: 'osm' }, importCoordSystem: 'wgs84' });
    const chosen = { basemap: { kind: 'tianditu' as const, key: 'synthetic-key-123' }, importCoordSystem: 'gcj02' as const };
    expect(await call(ws.handlers, 'settings.setMap', chosen)).toEqual(chosen);
    expect(await ws.handlers['settings.map']({})).toEqual(chosen);
    const audited = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'settings.map'`).pluck().all() as string[];
    expect(audited).toHaveLength(1);
    expect(audited[0]).not.toContain('synthetic-key-123');
    expect(JSON.parse(audited[0])).toMatchObject({ basemap: { kind: 'tianditu' }, importCoordSystem: 'gcj02' });
  });

  it('refuses a custom server without {z}/{x}/{y} and stores nothing', async () => {
    ws = openTestWorkspace();
    const bad = { basemap: { kind: 'custom', url: 'https://tiles.example/map.png', system: 'gcj02' }, importCoordSystem: 'wgs84' };
    await expect(call(ws.handlers, 'settings.setMap', bad)).rejects.toThrow(/^bad_input.*basemap\.url/);
    const good = { ...bad, basemap: { ...bad.basemap, url: 'https://tiles.example/{z}/{x}/{y}.png' } };
    expect(await call(ws.handlers, 'settings.setMap', good)).toEqual({ ...good, basemap: { ...good.basemap, attribution: '' } });
  });

  it('checks an offline file, stores its absolute path and description, and serves its tiles only while it is the basemap', async () => {
    ws = openTestWorkspace();
    const dir = tempDir();
    const file = path.join(dir, 'shanghai.mbtiles');
    const tile = solidPng(256, [40, 160, 60]);
    writeMbtiles(file, [{ z: 12, x: 3429, y: 1673, data: tile }], { name: 'Shanghai', format: 'png', minzoom: '12', maxzoom: '12' });

    const info = await call(ws.handlers, 'map.checkOffline', { path: file });
    expect(info).toMatchObject({ name: 'Shanghai', format: 'png', minZoom: 12, maxZoom: 12, tileCount: 1 });
    expect(await ws.handlers['map.tile']({ z: 12, x: 3429, y: 1673 })).toBeNull(); // not the basemap yet

    const relative = path.relative(process.cwd(), file);
    const saved = await call<{ basemap: { path: string; info: unknown } }>(ws.handlers, 'settings.setMap', {
      basemap: { kind: 'offline', path: relative, system: 'wgs84' },
      importCoordSystem: 'wgs84',
    });
    expect(saved.basemap.path).toBe(file);
    expect(saved.basemap.info).toEqual(info);
    expect(await ws.handlers['map.tile']({ z: 12, x: 3429, y: 1673 })).toEqual({
      contentType: 'image/png',
      dataBase64: tile.toString('base64'),
    });
    expect(await ws.handlers['map.tile']({ z: 12, x: 0, y: 0 })).toBeNull();

    // A file that is not a map is refused with the file named, and the stored choice stays.
    await expect(
      call(ws.handlers, 'settings.setMap', {
        basemap: { kind: 'offline', path: path.join(dir, 'none.mbtiles'), system: 'wgs84' },
        importCoordSystem: 'wgs84',
      }),
    ).rejects.toThrow(/^bad_input: The offline map file .*none\.mbtiles cannot be opened/);
    expect((await ws.handlers['settings.map']({})).basemap).toMatchObject({ kind: 'offline', path: file });

    await ws.handlers['settings.setMap']({ basemap: { kind: 'osm' }, importCoordSystem: 'wgs84' });
    expect(await ws.handlers['map.tile']({ z: 12, x: 3429, y: 1673 })).toBeNull();
  });
});

describe('the coordinate system of imported rows that name none', () => {
  it('is the workspace default, unless the import (dialog or --crs) names one; a coord_system column wins over both', async () => {
    ws = openTestWorkspace();
    const { officersCsv, visitsCsv, first } = filesWithoutCoordSystem();
    const importVisits = async (coordSystem?: 'wgs84' | 'gcj02' | 'bd09', csv = visitsCsv) => {
      await ws.handlers['import.files']({
        files: [
          { kind: 'officers', fileName: 'officers.csv', contentBase64: base64(officersCsv) },
          { kind: 'visits', fileName: 'visits.csv', contentBase64: base64(csv) },
        ],
        dryRun: false,
        validRowsOnly: false,
        coordSystem,
      });
      const visit = (await ws.handlers['visits.get']({ id: VisitId.parse(first.visit_id) })).visit;
      return visit.location;
    };
    // Nothing chosen: WGS-84.
    expect(await importVisits()).toMatchObject({ system: 'wgs84', lat: Number(first.lat), lng: Number(first.lng) });
    await ws.handlers['settings.setMap']({ basemap: { kind: 'amap' }, importCoordSystem: 'gcj02' });
    expect(await importVisits()).toMatchObject({ system: 'gcj02', lat: Number(first.lat) });
    // The dialog's (or --crs) choice beats the workspace's.
    expect(await importVisits('bd09')).toMatchObject({ system: 'bd09' });
    // A row's own coord_system beats both.
    const withColumn = Papa.unparse(
      Papa.parse<Record<string, string>>(visitsCsv, { header: true }).data.map((r) => ({ ...r, coord_system: 'wgs84' })),
    );
    expect(await importVisits('bd09', withColumn)).toMatchObject({ system: 'wgs84' });
  });

  it('is named on the command line with --crs (or the older --coords)', async () => {
    ws = openTestWorkspace();
    const dir = tempDir();
    const { officersCsv, visitsCsv, first } = filesWithoutCoordSystem();
    const visits = path.join(dir, 'visits.csv');
    const officers = path.join(dir, 'officers.csv');
    fs.writeFileSync(visits, visitsCsv);
    fs.writeFileSync(officers, officersCsv);
    await ws.handlers['settings.setMap']({ basemap: { kind: 'osm' }, importCoordSystem: 'bd09' });
    // As the command line calls it: through the API over the in-process transport.
    const { api } = createApiClient(inProcessTransport(ws.handlers, ws.events));
    await importInto(api, { visits, officers, crs: 'GCJ02' });
    expect((await ws.handlers['visits.get']({ id: VisitId.parse(first.visit_id) })).visit.location?.system).toBe('gcj02');
    await importInto(api, { visits, officers, coords: 'wgs84' });
    expect((await ws.handlers['visits.get']({ id: VisitId.parse(first.visit_id) })).visit.location?.system).toBe('wgs84');
    await importInto(api, { visits, officers });
    expect((await ws.handlers['visits.get']({ id: VisitId.parse(first.visit_id) })).visit.location?.system).toBe('bd09');
    await expect(importInto(api, { visits, officers, crs: 'mars' })).rejects.toThrow(/--crs must be wgs84, gcj02 or bd09/);
  });
});
