import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { routeGeoJson, type RouteFeature } from '../../../electron/backend/export/route-geojson';
import { itineraryFixture } from './itinerary-fixture';

const byRole = (features: RouteFeature[], role: string) => features.filter((f) => f.properties.role === role);

describe('routeGeoJson', () => {
  const itinerary = itineraryFixture({ language: 'zh', profile: 'officer' });
  const collection = routeGeoJson(itinerary);
  const parsed = JSON.parse(JSON.stringify(collection)) as typeof collection;

  it('survives JSON and is valid GeoJSON by turf', () => {
    expect(parsed).toEqual(collection);
    expect(parsed.type).toBe('FeatureCollection');
    for (const feature of parsed.features) expect(turf.booleanValid(feature), feature.properties.role).toBe(true);
    const [route] = byRole(parsed.features, 'route');
    expect(route.geometry.type).toBe('LineString');
    expect(() => turf.lineString(route.geometry.coordinates as [number, number][])).not.toThrow();
  });

  it('puts longitude first, every coordinate in range, with six decimals', () => {
    const all = turf.coordAll(parsed as Parameters<typeof turf.coordAll>[0]);
    expect(all.length).toBeGreaterThan(0);
    for (const [lng, lat] of all) {
      expect(lng).toBeGreaterThanOrEqual(-180);
      expect(lng).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      // The fixture is in Shanghai: lat 31.x, lng 121.x.
      expect(Math.floor(lng)).toBe(121);
      expect(Math.floor(lat)).toBe(31);
      expect(Math.round(lng * 1e6) / 1e6).toBe(lng);
    }
  });

  it('draws the route start → stops → end, about as long as the straight legs', () => {
    const [route] = byRole(parsed.features, 'route');
    expect(route.geometry.coordinates).toEqual([
      [121.4, 31.2],
      [121.432376, 31.195872],
      [121.42, 31.215],
      [121.41, 31.21],
    ]);
    // Straight lines between the points: shorter than the 12.03 km driven, but the same order of size.
    const km = turf.length(route as Parameters<typeof turf.length>[0], { units: 'kilometers' });
    expect(km).toBeGreaterThan(4);
    expect(km).toBeLessThan(12.03);
    expect(route.properties).toMatchObject({ officerId: 'OF-001', officerName: '李强', date: '2026-11-23', distanceM: 12030 });
  });

  it('has a point per stop with its timing and details as the model gives them', () => {
    const stops = byRole(parsed.features, 'stop');
    expect(stops.map((f) => f.properties)).toEqual([
      {
        role: 'stop',
        seq: 1,
        visitId: 'V1',
        kind: 'collection',
        kindLabel: '催收',
        arrival: '09:00',
        start: '09:00',
        end: '09:30',
        window: '09:00-12:00; 13:30-17:30',
        customerName: '王小明',
        address: '上海市徐汇区桂溪路188弄12号1203室',
        verificationCode: itinerary.stops[0].verificationCode,
      },
      expect.objectContaining({ seq: 2, visitId: 'V2', arrival: '12:40', start: '13:30', end: '14:00', customerName: '赵六' }),
    ]);
    expect(stops[0].geometry.coordinates).toEqual([121.432376, 31.195872]);
    expect(JSON.stringify(parsed)).not.toContain('17000001234');
  });

  it('marks the start and end places, and leaves the end out for an open end', () => {
    expect(byRole(parsed.features, 'start')[0]).toMatchObject({
      geometry: { coordinates: [121.4, 31.2] },
      properties: { name: '出发地', address: null, time: '08:49' },
    });
    expect(byRole(parsed.features, 'end')[0]).toMatchObject({ geometry: { coordinates: [121.41, 31.21] }, properties: { time: '14:20' } });
    const open = routeGeoJson({ ...itinerary, end: null });
    expect(byRole(open.features, 'end')).toEqual([]);
    expect(byRole(open.features, 'route')[0].geometry.coordinates).toHaveLength(3);
  });

  it('draws no route for a day with neither visits nor an end place', () => {
    const empty = routeGeoJson({ ...itinerary, stops: [], end: null });
    expect(empty.features.map((f) => f.properties.role)).toEqual(['start']);
  });
});
