import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { routeGpx } from '../../../electron/backend/export/route-gpx';
import type { Itinerary } from '../../../shared/logic/itinerary';
import { itineraryFixture } from './itinerary-fixture';

const schema = { fileName: 'gpx-1.1.xsd', contents: readFileSync('test/fixtures/gpx-1.1.xsd', 'utf8') };

/**
 * Each file's schema errors, by name. One xmllint run checks them all: starting the WebAssembly
 * module costs about 0.3 s a run.
 */
async function schemaErrors(files: Record<string, string>): Promise<Record<string, string[]>> {
  const xml = Object.entries(files).map(([fileName, contents]) => ({ fileName, contents }));
  const result = await validateXML({ xml, schema: [schema] });
  const errors = Object.fromEntries(Object.keys(files).map((name): [string, string[]] => [name, []]));
  for (const error of result.errors) {
    const name = error.loc?.fileName ?? '?';
    errors[name] = [...(errors[name] ?? []), error.message];
  }
  return errors;
}

/** The text of the first `<tag>` inside each `<parent>`, in document order (`''` when it has none). */
function texts(gpx: string, parent: string, tag: string): string[] {
  const blocks = [...gpx.matchAll(new RegExp(`<${parent}[ >][\\s\\S]*?</${parent}>`, 'g'))].map((m) => m[0]);
  return blocks.map((block) => block.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1] ?? '');
}

const coords = (gpx: string, tag: string) =>
  [...gpx.matchAll(new RegExp(`<${tag} lat="([^"]+)" lon="([^"]+)"`, 'g'))].map((m) => [m[1], m[2]]);

describe('routeGpx', () => {
  const itinerary = itineraryFixture({ language: 'zh', profile: 'officer' });
  const gpx = routeGpx(itinerary);

  it('is valid GPX 1.1, in either language, for either reader and with an open end', async () => {
    const errors = await schemaErrors({
      'zh-officer.gpx': gpx,
      'en-supervisor.gpx': routeGpx(itineraryFixture({ language: 'en', profile: 'supervisor' })),
      'open-end.gpx': routeGpx({ ...itinerary, end: null }),
    });
    expect(errors).toEqual({ 'zh-officer.gpx': [], 'en-supervisor.gpx': [], 'open-end.gpx': [] });
  });

  it('is checked by a schema that rejects misplaced elements and out-of-range positions', async () => {
    const broken = {
      'desc-before-name.gpx': gpx.replace('<name>1. V1</name>\n    <desc>', '<desc>x</desc>\n    <name>1. V1</name>\n    <desc>'),
      'lat-91.gpx': gpx.replace('lat="31.195872"', 'lat="91.000000"'),
      'lon-180.gpx': gpx.replace('lon="121.420000"', 'lon="180.000000"'),
      'no-creator.gpx': gpx.replace(' creator="field-dispatch"', ''),
      'rte-before-wpt.gpx': gpx.replace('</metadata>', '</metadata>\n  <rte/>'),
    };
    for (const text of Object.values(broken)) expect(text).not.toBe(gpx);
    const errors = await schemaErrors(broken);
    for (const name of Object.keys(broken)) expect(errors[name], name).not.toEqual([]);
  });

  it('names the officer and the date in the metadata', () => {
    expect(texts(gpx, 'metadata', 'name')).toEqual(['李强 2026-11-23 行程']);
    expect(texts(gpx, 'metadata', 'time')).toEqual(['2026-11-22T18:30:00.000Z']);
  });

  it('routes start → stops → end, naming stops by number and visit ID only', () => {
    expect(texts(gpx, 'rtept', 'name')).toEqual(['出发地', '1. V1', '2. V2', '收工地']);
    expect(texts(gpx, 'rtept', 'desc')).toEqual([
      '出发 08:49',
      '催收 · 09:00-09:30 · 王小明',
      '贷前核查 · 13:30-14:00 · 赵六',
      '收工 14:20',
    ]);
    expect(coords(gpx, 'rtept')).toEqual([
      ['31.200000', '121.400000'],
      ['31.195872', '121.432376'],
      ['31.215000', '121.420000'],
      ['31.210000', '121.410000'],
    ]);
    expect(texts(gpx, 'wpt', 'name')).toEqual(['1. V1', '2. V2']);
    expect(coords(gpx, 'wpt')).toEqual(coords(gpx, 'rtept').slice(1, 3));
  });

  it('ends at the last visit for an open end', () => {
    expect(texts(routeGpx({ ...itinerary, end: null }), 'rtept', 'name')).toEqual(['出发地', '1. V1', '2. V2']);
  });

  it('carries no phone, customer ID or code, even on a supervisor copy', () => {
    const full = itineraryFixture({ profile: 'supervisor' });
    const text = routeGpx(full);
    for (const stop of full.stops) {
      for (const value of [stop.phone, stop.customerId, stop.verificationCode]) expect(text).not.toContain(value);
    }
  });

  it('escapes awkward text and drops characters XML cannot hold', async () => {
    const awkward: Itinerary = {
      ...itinerary,
      start: { ...itinerary.start, address: 'Rue "A" & <B>\u0007' },
      stops: [{ ...itinerary.stops[0], customerName: "O'Neil & 王 <x>" }, ...itinerary.stops.slice(1)],
    };
    const text = routeGpx(awkward);
    expect(text).toContain('O&apos;Neil &amp; 王 &lt;x&gt;');
    expect(text).toContain('Rue &quot;A&quot; &amp; &lt;B&gt;</desc>');
    expect(await schemaErrors({ 'awkward.gpx': text })).toEqual({ 'awkward.gpx': [] });
  });
});
