import { describe, expect, it } from 'vitest';
import type { CoordSystem, LatLng } from '../../../shared/domain';
import { fromDisplay, toDisplay } from '../../../shared/logic/display-coords';

/** Great-circle distance in metres (haversine on a 6,371 km sphere): plenty for "within a metre". */
function metres(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/*
 * Published reference points. GCJ-02: the test table of googollee/eviltransform
 * (python/tests.py, "wgsLat, wgsLng, gcjLat, gcjLng": Shanghai, Shenzhen, Beijing) and the worked
 * example of wandergis/coordtransform's README (wgs84togcj02(116.404, 39.915)). BD-09: the same
 * README's gcj02tobd09(116.404, 39.915) and bd09togcj02(116.404, 39.915). Each value as printed
 * there. (eviltransform's BD-09 pairs are left out: they follow another BD-09 formula, 40 m off
 * Baidu's own, which gcoord and coordtransform share.)
 */
const WGS_TO_GCJ: { place: string; wgs: LatLng; gcj: LatLng }[] = [
  { place: 'Shanghai', wgs: { lat: 31.1774276, lng: 121.5272106 }, gcj: { lat: 31.17530398364597, lng: 121.531541859215 } },
  { place: 'Shenzhen', wgs: { lat: 22.543847, lng: 113.912316 }, gcj: { lat: 22.540796131694766, lng: 113.9171764808363 } },
  { place: 'Beijing', wgs: { lat: 39.911954, lng: 116.377817 }, gcj: { lat: 39.91334545536069, lng: 116.38404722455657 } },
  { place: 'Beijing (Tiananmen)', wgs: { lat: 39.915, lng: 116.404 }, gcj: { lat: 39.91640428150164, lng: 116.41024449916938 } },
];
const GCJ_TO_BD: { way: string; gcj: LatLng; bd: LatLng }[] = [
  { way: 'gcj02tobd09', gcj: { lat: 39.915, lng: 116.404 }, bd: { lat: 39.92133699351021, lng: 116.41036949371029 } },
  { way: 'bd09togcj02', gcj: { lat: 39.90865673957631, lng: 116.39762729119315 }, bd: { lat: 39.915, lng: 116.404 } },
];

describe('display conversion on published reference points', () => {
  it.each(WGS_TO_GCJ)('$place: WGS-84 → GCJ-02 lands on the published point and comes back within a metre', ({ wgs, gcj }) => {
    const drawn = toDisplay({ ...wgs, system: 'wgs84' }, 'gcj02');
    // The published offsets are hundreds of metres; ours agree to well under a metre.
    expect(metres(wgs, gcj)).toBeGreaterThan(100);
    expect(metres(drawn, gcj)).toBeLessThan(1);
    expect(metres(fromDisplay(drawn, 'gcj02'), wgs)).toBeLessThan(1);
    // A GCJ-02 point (as Amap gives it) is drawn on a WGS-84 basemap where the WGS-84 one is.
    expect(metres(toDisplay({ ...gcj, system: 'gcj02' }, 'wgs84'), wgs)).toBeLessThan(1);
  });

  it.each(WGS_TO_GCJ)('$place: WGS-84 → BD-09 → WGS-84 comes back within a metre, through the published GCJ-02 point', ({ wgs, gcj }) => {
    const onBaidu = toDisplay({ ...wgs, system: 'wgs84' }, 'bd09');
    expect(metres(onBaidu, wgs)).toBeGreaterThan(500);
    expect(metres(onBaidu, toDisplay({ ...gcj, system: 'gcj02' }, 'bd09'))).toBeLessThan(1);
    expect(metres(fromDisplay(onBaidu, 'bd09'), wgs)).toBeLessThan(1);
  });

  it.each(GCJ_TO_BD)('GCJ-02 and BD-09 match the published $way example', ({ gcj, bd }) => {
    expect(metres(toDisplay({ ...gcj, system: 'gcj02' }, 'bd09'), bd)).toBeLessThan(1);
    expect(metres(toDisplay({ ...bd, system: 'bd09' }, 'gcj02'), gcj)).toBeLessThan(1);
  });

  it('round-trips every pair of systems within a metre across the demo city', () => {
    const systems: CoordSystem[] = ['wgs84', 'gcj02', 'bd09'];
    for (let i = 0; i < 25; i++) {
      const wgs = { lat: 31.0 + i * 0.02, lng: 121.2 + i * 0.025 };
      for (const from of systems)
        for (const to of systems) {
          const start = toDisplay({ ...wgs, system: 'wgs84' }, from);
          const there = toDisplay({ ...start, system: from }, to);
          expect(metres(fromDisplay(there, to), wgs), `${from} → ${to}`).toBeLessThan(1);
        }
    }
  });

  it('leaves a point alone on a basemap of its own system', () => {
    expect(toDisplay({ lat: 31.2, lng: 121.4, system: 'gcj02' }, 'gcj02')).toEqual({ lat: 31.2, lng: 121.4 });
    expect(fromDisplay({ lat: 31.2, lng: 121.4 }, 'wgs84')).toEqual({ lat: 31.2, lng: 121.4 });
  });
});
