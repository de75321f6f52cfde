import { describe, expect, it } from 'vitest';
import { areaOf, pickArea, visitIdsIn, type AreaStroke } from '../../../../renderer/features/map/area-pick';
import type { MapVisit } from '../../../../renderer/features/map/map-model';
import { EMPTY_SELECTION, selectOnly } from '../../../../renderer/state/selection';

const at = (x: number, y: number) => ({ lat: 31.2 + y / 100, lng: 121.4 + x / 100 });
/** A stroke through grid points, drawn 10 px a step on screen. */
const stroke = (shape: AreaStroke['shape'], points: [number, number][], additive = false): AreaStroke => ({
  shape,
  path: points.map(([x, y]) => at(x, y)),
  pixels: points.map(([x, y]) => ({ x: x * 10, y: -y * 10 })),
  additive,
});
const mapVisit = (id: string, x: number, y: number) => {
  const { lat, lng } = at(x, y);
  return { id, position: [lat, lng] } as MapVisit;
};

describe('an area drawn on the map', () => {
  it('is a lasso through the pointer’s path, or with Shift a box from the press to the release', () => {
    expect(
      areaOf(
        stroke('lasso', [
          [0, 0],
          [4, 0],
          [4, 4],
        ]),
      ),
    ).toEqual({ kind: 'lasso', path: [at(0, 0), at(4, 0), at(4, 4)] });
    expect(
      areaOf(
        stroke('box', [
          [0, 0],
          [2, 1],
          [4, 4],
        ]),
      ),
    ).toEqual({ kind: 'box', corners: [at(0, 0), at(4, 4)] });
  });

  it('is no area when the pointer hardly moved: that press was a click on the map or a visit', () => {
    const click = {
      ...stroke('lasso', [[0, 0]]),
      pixels: [
        { x: 100, y: 100 },
        { x: 102, y: 101 },
      ],
    };
    expect(areaOf(click)).toBeNull();
    expect(areaOf({ ...click, shape: 'box' })).toBeNull();
  });

  it('selects the drawn visits inside, in the map’s order', () => {
    const visits = [mapVisit('V-3', 3, 3), mapVisit('V-9', 9, 9), mapVisit('V-1', 1, 1)];
    expect(visitIdsIn(visits, { kind: 'box', corners: [at(0, 0), at(4, 4)] })).toEqual(['V-3', 'V-1']);
  });
});

describe('the selection after an area', () => {
  it('becomes exactly the visits inside, the last one focused, picked on the map', () => {
    const next = pickArea(selectOnly(['V-7'], 'table'), ['V-1', 'V-2'], false);
    expect([...next.ids]).toEqual(['V-1', 'V-2']);
    expect(next).toMatchObject({ anchorId: 'V-1', focusId: 'V-2', source: 'map' });
    expect(pickArea(next, [], false).ids.size).toBe(0);
  });

  it('with Ctrl keeps what was selected and adds the visits inside', () => {
    const current = selectOnly(['V-7', 'V-1'], 'table');
    const next = pickArea(current, ['V-1', 'V-2'], true);
    expect([...next.ids]).toEqual(['V-7', 'V-1', 'V-2']);
    expect(next).toMatchObject({ anchorId: 'V-7', focusId: 'V-2', source: 'map' });
    // Nothing new inside: the selection is left as it was.
    expect(pickArea(current, ['V-1'], true)).toBe(current);
    expect([...pickArea(EMPTY_SELECTION, ['V-4'], true).ids]).toEqual(['V-4']);
  });
});
