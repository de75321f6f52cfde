import { describe, expect, it } from 'vitest';
import { framingPositions, type LatLngTuple } from '../../../../renderer/features/map/map-model';

/** A grid of points around central Shanghai, about 20 km across. */
function city(count: number): LatLngTuple[] {
  return Array.from({ length: count }, (_, i) => [31.13 + (i % 10) * 0.02, 121.37 + Math.floor(i / 10) * 0.02] as LatLngTuple);
}

describe('framing the map', () => {
  it('leaves out a stray point far outside the city once there are many points', () => {
    const far: LatLngTuple = [30.97, 119.95];
    const framed = framingPositions([...city(200), far]);
    expect(framed).toHaveLength(200);
    expect(framed).not.toContainEqual(far);
  });

  it('keeps every point of a compact city, edges included', () => {
    const points = city(200);
    expect(framingPositions(points)).toHaveLength(200);
  });

  it('keeps everything when there are only a few points', () => {
    const few: LatLngTuple[] = [...city(10), [30.97, 119.95]];
    expect(framingPositions(few)).toEqual(few);
  });
});
