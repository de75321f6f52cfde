import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../../electron/backend/http-server';
import { solidPng, writeMbtiles } from '../../support/mbtiles-kit';
import { useTempDir } from '../../support/temp-dir';
import { openTestWorkspace, type TestWorkspace } from '../../support/test-workspace';

const tempDir = useTempDir();
let ws: TestWorkspace;
let server: RunningHttpServer;
afterEach(async () => {
  await server.close();
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

describe('GET /tiles/{z}/{x}/{y} on the local server', () => {
  it("serves the offline file's tiles with the token, a quiet 204 where it has none, and refuses without the token", async () => {
    ws = openTestWorkspace();
    const file = path.join(tempDir(), 'city.mbtiles');
    const tile = solidPng(256, [200, 120, 0]);
    writeMbtiles(file, [{ z: 2, x: 3, y: 1, data: tile }], { format: 'png' });
    server = await startHttpServer({ handlers: ws.handlers, events: ws.events, token: 'tile-token' });
    const at = (pathname: string, init?: RequestInit) => fetch(`http://127.0.0.1:${server.port}${pathname}`, init);

    // No offline basemap yet: nothing to draw, quietly.
    expect((await at('/tiles/2/3/1?token=tile-token')).status).toBe(204);
    await ws.handlers['settings.setMap']({ basemap: { kind: 'offline', path: file, system: 'wgs84' }, importCoordSystem: 'wgs84' });

    const found = await at('/tiles/2/3/1?token=tile-token');
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toBe('image/png');
    expect(found.headers.get('cache-control')).toBe('no-cache');
    expect(Buffer.from(await found.arrayBuffer()).equals(tile)).toBe(true);
    expect((await at('/tiles/2/3/1.png', { headers: { 'x-dispatch-token': 'tile-token' } })).status).toBe(200);

    const missing = await at('/tiles/2/0/0?token=tile-token');
    expect(missing.status).toBe(204);
    expect((await missing.arrayBuffer()).byteLength).toBe(0);
    expect((await at('/tiles/40/0/0?token=tile-token')).status).toBe(204);

    expect((await at('/tiles/2/3/1')).status).toBe(401);
    expect((await at('/tiles/2/3/1?token=wrong')).status).toBe(401);
    expect((await at('/tiles/2/3/1?token=tile-token', { method: 'POST' })).status).toBe(405);
  });
});
