import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Itinerary, ItineraryStop } from '../../../shared/logic/itinerary';
import { routeSheetPdf } from '../../../electron/backend/export/route-sheet-pdf';
import { projectRoute, scaleBarMetres, spreadMarkers } from '../../../electron/backend/export/route-sheet-map';
import { itineraryFixture } from './itinerary-fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'route-sheet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sheet written to the temp folder, as a file the poppler tools can read. */
async function render(itinerary: Itinerary, name: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await routeSheetPdf(itinerary));
  return file;
}

// The watermark runs diagonally across every page; `-nodiag` keeps it out of the page's lines.
function layoutText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-nodiag', file, '-'], { encoding: 'utf8' });
}

/** Text in content-stream order with all white space taken out (the watermark's words break at odd places). */
function squeezedRawText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `${needle} after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

/** The fixture day with `count` visits: its two visits repeated, each with its own name, code and place. */
function longItinerary(count: number): Itinerary {
  const base = itineraryFixture();
  const stops = Array.from({ length: count }, (_, i): ItineraryStop => {
    const template = base.stops[i % base.stops.length];
    return {
      ...template,
      seq: i + 1,
      visitId: `V${i + 1}`,
      customerName: `测试客户${i + 1}号`,
      verificationCode: String(30_000_000 + i * 104_729),
      location: { lat: template.location.lat + (i % 6) * 0.004, lng: template.location.lng + Math.floor(i / 6) * 0.005 },
    };
  });
  return { ...base, stops, summary: { ...base.summary, visits: count }, breakTaken: { start: '12:00', end: '13:00', afterStop: 11 } };
}

describe('routeSheetPdf', () => {
  it('prints the officer copy in Chinese: visits and codes in route order, officer, watermark, A4', async () => {
    const itinerary = itineraryFixture({ language: 'zh', profile: 'officer' });
    const file = await render(itinerary, 'zh-officer');
    const text = layoutText(file);
    const [first, second] = itinerary.stops;
    expect(first.customerName).toBe('王小明');
    expect(second.customerName).toBe('赵六');
    expect(first.verificationCode).toMatch(/^\d{8}$/);
    expectInOrder(text, ['行程单', '外访员版', '李强', '王小明', first.verificationCode, '休息', '赵六', second.verificationCode]);
    expect(text).toContain('预约时段');
    expect(text).toContain('第 1 页，共 1 页');
    // Officer copies carry the masked phone only, as the model gives it.
    expect(text).toContain(first.phone);
    expect(text).not.toContain('17000001234');
    expect(squeezedRawText(file)).toContain(itinerary.watermark.replace(/\s+/g, ''));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(
      /\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
    );

    const artifacts = path.resolve('test-results/artifacts');
    mkdirSync(artifacts, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(artifacts, 'route-sheet-page1')]);
  });

  it('prints an English copy with English labels, and a supervisor copy with full details', async () => {
    const english = layoutText(await render(itineraryFixture({ language: 'en' }), 'en-officer'));
    expectInOrder(english, ['Itinerary', 'Officer copy', 'Appointment window', 'Verification code', 'Outcome', 'Signature', 'Page 1 of 1']);
    expect(english).toContain('Scan to navigate');
    expect(english).not.toContain('行程单');
    const supervisor = layoutText(await render(itineraryFixture({ language: 'zh', profile: 'supervisor' }), 'zh-supervisor'));
    expect(supervisor).toContain('主管版');
    expect(supervisor).toContain('17000001234');
  });

  it('spreads a long day over pages without cutting a visit in half, numbering every page', async () => {
    const itinerary = longItinerary(30);
    const file = await render(itinerary, 'long');
    const pages = layoutText(file)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expectInOrder(
      pages.join('\n'),
      itinerary.stops.flatMap((stop) => [stop.customerName, stop.verificationCode]),
    );
    for (const stop of itinerary.stops) {
      const page = pages.findIndex((text) => text.includes(stop.customerName));
      expect(pages[page], `${stop.customerName}'s code is on its page`).toContain(stop.verificationCode);
    }
    pages.forEach((text, i) => expect(text).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`));
  });

  it('keeps long text inside the page margins and renders the same bytes twice', async () => {
    const base = itineraryFixture({ language: 'en' });
    const long = '上海市徐汇区桂溪路188弄12号1203室，沿漕河泾开发区南门进入后右转第三栋楼的北侧单元门，'.repeat(3);
    const itinerary = {
      ...base,
      stops: base.stops.map((stop) => ({ ...stop, address: long, notes: long, customerName: '王小明'.repeat(12) })),
    };
    const file = await render(itinerary, 'long-text');
    const boxes = execFileSync('pdftotext', ['-bbox', '-nodiag', file, '-'], { encoding: 'utf8' });
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)];
    expect(words.length).toBeGreaterThan(50);
    for (const [, xMin, , xMax] of words) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(39);
      expect(Number(xMax)).toBeLessThanOrEqual(556.5);
    }
    expect(Buffer.from(await routeSheetPdf(itinerary)).equals(Buffer.from(await routeSheetPdf(itinerary)))).toBe(true);
  });

  it('renders a one-visit day with the break before it and an open end, and a day that never moves', async () => {
    const base = itineraryFixture();
    const oneStop = { ...base, stops: [base.stops[0]], end: null, breakTaken: { start: '08:00', end: '08:30', afterStop: -1 } };
    const text = layoutText(await render(oneStop, 'one-stop'));
    expectInOrder(text, ['休息 08:00–08:30', '王小明', base.stops[0].verificationCode, '最后一次走访后收工', '第 1 页，共 1 页']);
    const home = base.start.location;
    const still = { ...base, stops: [{ ...base.stops[0], location: home }], end: { location: home, address: null } };
    expect(layoutText(await render(still, 'still'))).toContain('王小明');
  });
});

describe('projectRoute', () => {
  const box = { x: 40, y: 100, width: 500, height: 200 };

  it('puts one point, or identical points, in the middle of the box', () => {
    const place = { lat: 31.2, lng: 121.4 };
    for (const places of [[place], [place, place, place]]) {
      const { points, metresPerPt } = projectRoute(places, box, 20);
      for (const point of points) expect(point).toEqual({ x: 290, y: 200 });
      expect(Number.isFinite(metresPerPt)).toBe(true);
    }
  });

  it('fits the points inside the margins with north up and one scale for both axes', () => {
    // At 60° N a degree of longitude is half a degree of latitude on the ground.
    const places = [
      { lat: 60, lng: 10 },
      { lat: 60.1, lng: 10 },
      { lat: 60, lng: 10.2 },
    ];
    const { points, metresPerPt } = projectRoute(places, box, 20);
    for (const point of points) {
      expect(point.x).toBeGreaterThanOrEqual(box.x + 20 - 1e-9);
      expect(point.x).toBeLessThanOrEqual(box.x + box.width - 20 + 1e-9);
      expect(point.y).toBeGreaterThanOrEqual(box.y + 20 - 1e-9);
      expect(point.y).toBeLessThanOrEqual(box.y + box.height - 20 + 1e-9);
    }
    expect(points[1].y).toBeLessThan(points[0].y);
    const north = points[0].y - points[1].y;
    const east = points[2].x - points[0].x;
    expect(east / north).toBeCloseTo(1, 2);
    // 0.1° of latitude (11.1 km) spans the 160 pt between the margins.
    expect(north).toBeCloseTo(160, 6);
    expect(metresPerPt).toBeCloseTo(11_132 / 160, 0);
  });

  it('moves markers that would hide one another aside, in order, and leaves the rest alone', () => {
    const here = { x: 100, y: 50 };
    expect(spreadMarkers([here, here, { x: 105, y: 50 }, { x: 300, y: 50 }], 17)).toEqual([
      { x: 100, y: 50 },
      { x: 117, y: 50 },
      { x: 139, y: 50 },
      { x: 300, y: 50 },
    ]);
  });

  it('picks a round scale bar no longer than asked', () => {
    expect(scaleBarMetres(10, 100)).toBe(1000);
    expect(scaleBarMetres(10, 99)).toBe(500);
    expect(scaleBarMetres(1000, 9)).toBe(5000);
  });
});
