import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPoint } from '../../shared/logic/coords';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers } from '../../electron/backend/handlers';
import { demoFiles } from '../../electron/backend/services/demo-service';
import { launchChromium, openAppTab } from './browser';
import { AppPage } from './pages/app-page';
import { startWebServer, type RunningWebServer } from './web-server';
import { solidPng, tileAt, writeMbtiles } from '../support/mbtiles-kit';

// Basemaps in their own coordinate systems and an offline MBTiles map (issue 20), in Chromium
// against `dispatch web`, cut off from the network but for the app's own server.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-basemaps-e2e-'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = path.join(root, 'test-results');

// One building in People's Square, Shanghai: its WGS-84 place, and the GCJ-02 numbers Amap gives for it.
const BUILDING = { lat: 31.2304, lng: 121.4737 };
const BUILDING_GCJ = convertPoint({ ...BUILDING, system: 'wgs84' }, 'gcj02');
const OFFLINE_GREEN: [number, number, number] = [46, 160, 67];

let server: RunningWebServer;
let browser: Browser;
let page: Page;
let problems: string[];
let app: AppPage;

/** Tomorrow, local: the app opens on the next day that has visits. */
function tomorrow(): string {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A workspace with twin visits of one building: V-WGS imported in WGS-84, V-GCJ in GCJ-02. */
async function prepareWorkspace(file: string): Promise<void> {
  const db = openWorkspaceFile(file);
  const handlers = createHandlers(db, { events: createEventHub() });
  const files = demoFiles({ date: tomorrow(), seed: 1, visits: 2, officers: 1 });
  const rows = Papa.parse<Record<string, string>>(files.visitsCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  rows[0] = { ...rows[0], visit_id: 'V-WGS', lat: String(BUILDING.lat), lng: String(BUILDING.lng), coord_system: 'wgs84' };
  rows[1] = { ...rows[1], visit_id: 'V-GCJ', lat: String(BUILDING_GCJ.lat), lng: String(BUILDING_GCJ.lng), coord_system: 'gcj02' };
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const { reports } = await handlers['import.files']({
    files: [
      { kind: 'officers', fileName: 'officers.csv', contentBase64: base64(files.officersCsv) },
      { kind: 'visits', fileName: 'visits.csv', contentBase64: base64(Papa.unparse(rows)) },
    ],
    dryRun: false,
    validRowsOnly: false,
  });
  db.close();
  if (!reports.every((r) => r.written)) throw new Error(JSON.stringify(reports.map((r) => r.errors.slice(0, 2))));
}

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  const workspace = path.join(workDir, 'workspace.sqlite');
  await prepareWorkspace(workspace);
  server = await startWebServer(workspace);
  browser = await launchChromium();
  ({ page, problems } = await openAppTab(browser, server.origin));
  // Amap's tiles "load" as blank images too, so the tile grid is laid out as it would be.
  await page.route('**/appmaptile**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: solidPng(1, [255, 255, 255]) }),
  );
  app = new AppPage(page);
  await page.goto(server.url);
  await app.map.waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/** Focuses a visit from the table and reads where the map draws it, once the map stands still. */
async function focusPoint(visitId: string): Promise<{ x: number; y: number }> {
  await page.locator(`tr.visit-row[data-visit-id="${visitId}"]`).click();
  await poll(() => app.map.getAttribute('data-focus-visit')).toBe(visitId);
  await poll(async () => {
    const first = await app.map.getAttribute('data-focus-point');
    await page.waitForTimeout(250);
    return first === (await app.map.getAttribute('data-focus-point'));
  }).toBe(true);
  const [x, y] = (await app.map.getAttribute('data-focus-point'))!.split(',').map(Number);
  return { x, y };
}

/**
 * Where the basemap's tiles draw a place given in the tiles' own system: the tile holding it is
 * found in the map by its z/x/y, and the place's pixel inside that tile added to the tile's corner
 * (relative to the map's box, as data-focus-point is).
 */
async function tilePixelOf(place: { lat: number; lng: number }, readZxy: (src: string) => [number, number, number] | null) {
  const tiles = await page.locator('.leaflet-tile-pane img.leaflet-tile').evaluateAll((imgs) =>
    imgs.map((img) => {
      const box = img.getBoundingClientRect();
      const container = img.closest('.leaflet-container')!.getBoundingClientRect();
      return { src: (img as HTMLImageElement).src, x: box.left - container.left, y: box.top - container.top, size: box.width };
    }),
  );
  const read = tiles.map((t) => ({ ...t, zxy: readZxy(t.src) })).filter((t) => t.zxy !== null);
  const z = Math.max(...read.map((t) => t.zxy![0]));
  const at = tileAt(place.lat, place.lng, z);
  const tile = read.find((t) => t.zxy![0] === z && t.zxy![1] === at.x && t.zxy![2] === at.y);
  if (!tile) throw new Error(`no tile ${z}/${at.x}/${at.y} among ${read.map((t) => t.zxy!.join('/')).join(' ')}`);
  const scale = tile.size / 256;
  return { x: tile.x + at.px * scale, y: tile.y + at.py * scale, z };
}
const osmZxy = (src: string): [number, number, number] | null => {
  const m = /openstreetmap\.org\/(\d+)\/(\d+)\/(\d+)\.png/.exec(src);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};
const amapZxy = (src: string): [number, number, number] | null => {
  if (!src.includes('autonavi.com')) return null;
  const q = new URL(src).searchParams;
  return [Number(q.get('z')), Number(q.get('x')), Number(q.get('y'))];
};
const offlineZxy = (src: string): [number, number, number] | null => {
  const m = /\/tiles\/(\d+)\/(\d+)\/(\d+)/.exec(src);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};

/** The settings screen's map section (Alt+T), a basemap chosen and saved, then back to the board. */
async function chooseBasemap(choose: () => Promise<void>): Promise<void> {
  await page.keyboard.press('Alt+KeyT');
  const section = page.getByRole('region', { name: 'Map' });
  await section.waitFor();
  await choose();
  await section.getByRole('button', { name: 'Save map settings' }).click();
  await section.getByText('Map settings saved; the board’s map uses them.').waitFor();
  await page.keyboard.press('Alt+KeyT');
  await app.map.waitFor();
}

const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('basemaps in their own coordinate systems', () => {
  it('draws a GCJ-02-imported visit where its WGS-84 twin is, on the building as each basemap draws it', async () => {
    // OpenStreetMap (WGS-84), the default.
    await poll(() => app.map.getAttribute('data-basemap-system')).toBe('wgs84');
    await poll(() => app.mapCount('visit')).toBe(2);
    const gcjOnOsm = await focusPoint('V-GCJ');
    const wgsOnOsm = await focusPoint('V-WGS');
    const buildingOnOsm = await tilePixelOf(BUILDING, osmZxy);
    expect(near(gcjOnOsm, wgsOnOsm)).toBeLessThanOrEqual(1.5);
    expect(near(gcjOnOsm, buildingOnOsm)).toBeLessThanOrEqual(1.5);

    // Amap's tiles (GCJ-02), chosen on the settings screen by keyboard.
    await chooseBasemap(async () => {
      const amap = page.getByRole('radio', { name: 'Amap tiles (GCJ-02)' });
      await amap.focus();
      await page.keyboard.press('Space');
      expect(await amap.isChecked()).toBe(true);
    });
    await poll(() => app.map.getAttribute('data-basemap-system')).toBe('gcj02');
    await poll(() => page.locator('.leaflet-tile-pane img[src*="autonavi.com"]').count()).toBeGreaterThan(0);
    const gcjOnAmap = await focusPoint('V-GCJ');
    const wgsOnAmap = await focusPoint('V-WGS');
    // Amap draws the building at its GCJ-02 numbers: the visits sit there, not at the WGS-84 ones.
    const buildingOnAmap = await tilePixelOf(BUILDING_GCJ, amapZxy);
    const wgsNumbersOnAmap = await tilePixelOf(BUILDING, amapZxy);
    expect(near(gcjOnAmap, wgsOnAmap)).toBeLessThanOrEqual(1.5);
    expect(near(gcjOnAmap, buildingOnAmap)).toBeLessThanOrEqual(1.5);
    expect(buildingOnAmap.z).toBe(buildingOnOsm.z);
    // The GCJ-02 offset here is hundreds of metres: dozens of pixels at this zoom.
    expect(near(gcjOnAmap, wgsNumbersOnAmap)).toBeGreaterThan(20);
  });

  it('draws an offline MBTiles map served by the back end, with no other network, and the visits on it', async () => {
    // Tiles around the building at the zooms the map frames it at, all one green.
    const green = solidPng(256, OFFLINE_GREEN);
    const tiles = [];
    for (const z of [14, 15, 16]) {
      const centre = tileAt(BUILDING.lat, BUILDING.lng, z);
      for (let dx = -4; dx <= 4; dx++) for (let dy = -4; dy <= 4; dy++) tiles.push({ z, x: centre.x + dx, y: centre.y + dy, data: green });
    }
    const file = path.join(workDir, 'shanghai.mbtiles');
    writeMbtiles(file, tiles, {
      name: 'Synthetic Shanghai',
      format: 'png',
      minzoom: '14',
      maxzoom: '16',
      bounds: '121.40,31.17,121.55,31.29',
    });

    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await chooseBasemap(async () => {
      await page.getByRole('radio', { name: 'Offline map from an MBTiles file' }).check();
      await page.getByLabel(/^MBTiles file/).fill(file);
      await page.getByRole('button', { name: 'Check file' }).click();
      await page.getByText('“Synthetic Shanghai”: png tiles at zoom 14 to 16; tiles in the file: 243.').waitFor();
    });
    await poll(() => app.map.getAttribute('data-basemap')).toBe('offline');
    // Every tile on the map comes from the app's own server, and the ones it has are drawn.
    await poll(() =>
      page
        .locator('.leaflet-tile-pane img.leaflet-tile')
        .evaluateAll(
          (imgs) => imgs.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 256).length,
        ),
    ).toBeGreaterThan(4);
    const sources = await page
      .locator('.leaflet-tile-pane img.leaflet-tile')
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(sources.every((src) => src.startsWith(`${server.origin}/tiles/`))).toBe(true);
    // The drawn tile is the file's: read back its colour (same origin, so the canvas may read it).
    const colour = await page.evaluate(() => {
      const img = [...document.querySelectorAll<HTMLImageElement>('.leaflet-tile-pane img.leaflet-tile')].find(
        (i) => i.naturalWidth === 256,
      )!;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 8;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, 8, 8);
      return [...ctx.getImageData(4, 4, 1, 1).data.slice(0, 3)];
    });
    expect(colour).toEqual(OFFLINE_GREEN);
    // The visits are drawn over it, where the file's (WGS-84) tiles put the building.
    const visit = await focusPoint('V-GCJ');
    expect(near(visit, await tilePixelOf(BUILDING, offlineZxy))).toBeLessThanOrEqual(1.5);
    expect(await app.paintedPixels()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    // Nothing went wrong in the page on the way (a tile the file lacks is a quiet 204: tile-route.test.ts).
    expect(problems).toEqual([]);
    await app.map.screenshot({ path: path.join(resultsDir, 'offline-mbtiles-map.png') });
  });
});
