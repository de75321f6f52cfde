import { describe, expect, it } from 'vitest';
import { visitsInArea, type PlacedVisit } from '../../../shared/logic/area-selection';

// A small grid of synthetic visits near Shanghai: `at(x, y)` is 0.01° east and north per step.
const at = (x: number, y: number) => ({ lat: 31.2 + y / 100, lng: 121.4 + x / 100 });
const visit = (id: string, x: number, y: number): PlacedVisit => ({ id, ...at(x, y) });
const lasso = (...points: [number, number][]) => ({ kind: 'lasso' as const, path: points.map(([x, y]) => at(x, y)) });

describe('visits inside an area drawn on the map', () => {
  it('takes the visits inside a box, whichever corner the drag started from, its edges included', () => {
    const visits = [visit('in', 2, 2), visit('edge', 4, 1), visit('corner', 0, 0), visit('out', 5, 2), visit('below', 2, -1)];
    expect(visitsInArea(visits, { kind: 'box', corners: [at(0, 0), at(4, 4)] })).toEqual(['in', 'edge', 'corner']);
    expect(visitsInArea(visits, { kind: 'box', corners: [at(4, 0), at(0, 4)] })).toEqual(['in', 'edge', 'corner']);
  });

  it('follows a concave lasso: a visit in the notch of a U is left out', () => {
    // A U open to the north: arms x 0-1 and 3-4, base y 0-1, notch x 1-3 above y 1.
    const u = lasso([0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4]);
    const visits = [visit('left-arm', 0.5, 3), visit('right-arm', 3.5, 3), visit('base', 2, 0.5), visit('notch', 2, 3)];
    expect(visitsInArea(visits, u)).toEqual(['left-arm', 'right-arm', 'base']);
  });

  it('counts a visit on the lasso’s line or at one of its points as inside', () => {
    const square = lasso([0, 0], [4, 0], [4, 4], [0, 4]);
    expect(visitsInArea([visit('on-line', 2, 0), visit('on-point', 4, 4), visit('just-out', 2, 4.5)], square)).toEqual([
      'on-line',
      'on-point',
    ]);
    // The line back from the last point to the first closes the lasso, and counts too.
    expect(visitsInArea([visit('closing-line', 0, 2)], square)).toEqual(['closing-line']);
  });

  it('takes both loops of a lasso that crosses itself like an 8, and nothing outside them', () => {
    // From the south-west corner up to the north-east, down, then across to the north-west: two
    // triangles meeting at the middle.
    const eight = lasso([0, 0], [4, 4], [4, 0], [0, 4]);
    const visits = [visit('west', 0.5, 2), visit('east', 3.5, 2), visit('north', 2, 3.5), visit('south', 2, 0.5)];
    expect(visitsInArea(visits, eight)).toEqual(['west', 'east']);
  });

  it('keeps a region the lasso went round twice, rather than reading it as a hole', () => {
    // Round the outside, then round again inside it before closing: the middle is wound twice.
    const twice = lasso([0, 0], [4, 0], [4, 4], [0, 4], [0, 1], [3, 1], [3, 3], [1, 3], [1, 0.5]);
    expect(visitsInArea([visit('middle', 2, 2), visit('rim', 3.5, 3.5), visit('out', 5, 5)], twice)).toEqual(['middle', 'rim']);
  });

  it('copes with a hand passing the same spot twice, and selects nothing with fewer than three points', () => {
    const shaky = lasso([0, 0], [4, 0], [4, 0], [4, 4], [0, 4], [4, 0]);
    expect(visitsInArea([visit('in', 1, 2)], shaky)).toEqual(['in']);
    expect(visitsInArea([visit('in', 1, 2)], lasso([0, 0], [4, 4], [0, 0]))).toEqual([]);
    expect(visitsInArea([visit('in', 1, 2)], lasso())).toEqual([]);
  });
});
