import { distance, point } from '@turf/turf';
import gcoord, { type CRSTypes } from 'gcoord';
import { describe, expect, it } from 'vitest';
import { navigationLinks } from '../../../shared/logic/navigation-links';

type LatLng = { lat: number; lng: number };

/** The coordinates a link carries, read from its query parameter in the order the service uses. */
function linkPoint(link: string, param: string, order: 'lat,lng' | 'lng,lat'): LatLng {
  const value = new URL(link).searchParams.get(param);
  if (!value) throw new Error(`${param} missing from ${link}`);
  const [a, b] = value.split(',').map(Number);
  return order === 'lat,lng' ? { lat: a, lng: b } : { lat: b, lng: a };
}

const amapPoint = (link: string) => linkPoint(link, 'position', 'lng,lat');
const baiduPoint = (link: string) => linkPoint(link, 'location', 'lat,lng');
const applePoint = (link: string) => linkPoint(link, 'll', 'lat,lng');
const googlePoint = (link: string) => linkPoint(link, 'query', 'lat,lng');

function viaGcoord(at: LatLng, from: CRSTypes, to: CRSTypes): LatLng {
  const [lng, lat] = gcoord.transform([at.lng, at.lat], from, to);
  return { lat, lng };
}

const metres = (a: LatLng, b: LatLng) => distance(point([a.lng, a.lat]), point([b.lng, b.lat]), { units: 'meters' });

/** Links print six decimals: equal to within half a unit of the sixth. */
function expectSamePoint(actual: LatLng, expected: LatLng) {
  expect(Math.abs(actual.lat - expected.lat)).toBeLessThanOrEqual(5e-7);
  expect(Math.abs(actual.lng - expected.lng)).toBeLessThanOrEqual(5e-7);
}

// The published GCJ-02 algorithm (Krasovsky 1940 ellipsoid plus the well-known sine series), written
// out here independently of gcoord, and the published GCJ-02 → BD-09 step: a cross-check on gcoord.
const KRASOVSKY_A = 6378245;
const KRASOVSKY_EE = 0.006693421622965943;

function gcjShift(x: number, y: number, isLat: boolean): number {
  const s = (v: number) => Math.sin(v * Math.PI);
  const base = isLat
    ? -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
    : 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  const t = isLat ? y : x;
  const tail = isLat ? 160 * s(t / 12) + 320 * s(t / 30) : 150 * s(t / 12) + 300 * s(t / 30);
  return base + ((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3 + ((20 * s(t) + 40 * s(t / 3)) * 2) / 3 + (tail * 2) / 3;
}

function referenceGcj02(at: LatLng): LatLng {
  const x = at.lng - 105;
  const y = at.lat - 35;
  const radLat = (at.lat / 180) * Math.PI;
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) ** 2;
  const dLat = (gcjShift(x, y, true) * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * Math.sqrt(magic))) * Math.PI);
  const dLng = (gcjShift(x, y, false) * 180) / ((KRASOVSKY_A / Math.sqrt(magic)) * Math.cos(radLat) * Math.PI);
  return { lat: at.lat + dLat, lng: at.lng + dLng };
}

function referenceBd09(gcj: LatLng): LatLng {
  const xPi = (Math.PI * 3000) / 180;
  const z = Math.hypot(gcj.lng, gcj.lat) + 0.00002 * Math.sin(gcj.lat * xPi);
  const theta = Math.atan2(gcj.lat, gcj.lng) + 0.000003 * Math.cos(gcj.lng * xPi);
  return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

describe('navigationLinks', () => {
  const shanghai = { lat: 31.2304, lng: 121.4737 };

  describe('for a WGS-84 point (Shanghai, People’s Square)', () => {
    const links = navigationLinks({ ...shanghai, system: 'wgs84' }, 'V1');

    it('opens Amap at the GCJ-02 position, a plausible 300–700 m from WGS-84', () => {
      const amap = amapPoint(links.amap);
      expectSamePoint(amap, viaGcoord(shanghai, gcoord.WGS84, gcoord.GCJ02));
      expect(metres(amap, shanghai)).toBeGreaterThan(300);
      expect(metres(amap, shanghai)).toBeLessThan(700);
      expect(new URL(links.amap).searchParams.get('coordinate')).toBe('gaode');
    });

    it('opens Baidu at the BD-09 location, lat first and declared bd09ll, farther off again', () => {
      const baidu = baiduPoint(links.baidu);
      expectSamePoint(baidu, viaGcoord(shanghai, gcoord.WGS84, gcoord.BD09));
      expect(new URL(links.baidu).searchParams.get('coord_type')).toBe('bd09ll');
      expect(metres(baidu, shanghai)).toBeGreaterThan(metres(amapPoint(links.amap), shanghai) + 300);
    });

    it('gives Apple and Google the WGS-84 coordinates', () => {
      expectSamePoint(applePoint(links.apple), shanghai);
      expectSamePoint(googlePoint(links.google), shanghai);
      expect(links.google).toContain('query=31.230400,121.473700');
    });

    it('agrees with an independent implementation of the published GCJ-02 and BD-09 formulas', () => {
      const gcj = referenceGcj02(shanghai);
      expectSamePoint(amapPoint(links.amap), gcj);
      expectSamePoint(baiduPoint(links.baidu), referenceBd09(gcj));
    });
  });

  it('keeps a GCJ-02 point as imported for Amap and converts it for Google', () => {
    const gcj = { lat: 31.194, lng: 121.437 };
    const links = navigationLinks({ ...gcj, system: 'gcj02' }, 'V1');
    expect(new URL(links.amap).searchParams.get('position')).toBe('121.437000,31.194000');
    expectSamePoint(googlePoint(links.google), viaGcoord(gcj, gcoord.GCJ02, gcoord.WGS84));
    expectSamePoint(applePoint(links.apple), viaGcoord(gcj, gcoord.GCJ02, gcoord.WGS84));
    expectSamePoint(baiduPoint(links.baidu), viaGcoord(gcj, gcoord.GCJ02, gcoord.BD09));
  });

  it('keeps a BD-09 point as imported for Baidu and converts it for the others', () => {
    const bd = { lat: 31.2367, lng: 121.4801 };
    const links = navigationLinks({ ...bd, system: 'bd09' }, 'V1');
    expect(new URL(links.baidu).searchParams.get('location')).toBe('31.236700,121.480100');
    expectSamePoint(googlePoint(links.google), viaGcoord(bd, gcoord.BD09, gcoord.WGS84));
    expectSamePoint(amapPoint(links.amap), viaGcoord(bd, gcoord.BD09, gcoord.GCJ02));
  });

  it('leaves a point outside China unshifted for Amap, as GCJ-02 only applies inside China', () => {
    const london = { lat: 51.5072, lng: -0.1276 };
    const links = navigationLinks({ ...london, system: 'wgs84' }, 'V1');
    expectSamePoint(amapPoint(links.amap), london);
    expectSamePoint(googlePoint(links.google), london);
  });

  it('names the marker with the label, URL-encoded', () => {
    const label = 'V 1&2/走访';
    const links = navigationLinks({ ...shanghai, system: 'wgs84' }, label);
    expect(new URL(links.amap).searchParams.get('name')).toBe(label);
    expect(new URL(links.baidu).searchParams.get('title')).toBe(label);
    expect(new URL(links.apple).searchParams.get('q')).toBe(label);
  });
});
