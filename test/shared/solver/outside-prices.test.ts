import { describe, expect, it } from 'vitest';
import { encodeOutsidePrices, maxOutsidePrice, outsidePrice, routeOutsidePrice } from '../../../shared/solver/outside-prices';
import type { Problem } from '../../../shared/solver/problem';

describe('outside prices (soft territories)', () => {
  // 4 visits, 3 officers. Officers 0 and 2 share a zone (a team's territory) holding visits 0 and 1
  // at 600 s a visit outside; officer 1 has no soft territory; a zone priced 0 is dropped.
  const prices = encodeOutsidePrices(4, 3, [
    { officers: [0, 2], insideVisits: [0, 1], pricePerVisit: 600 },
    { officers: [1], insideVisits: [], pricePerVisit: 0 },
  ])!;
  const p = { outsidePrices: prices } as Problem;

  it('keeps one column per priced zone and prices only visits outside it', () => {
    expect(prices.zoneCount).toBe(1);
    expect([...prices.zoneOf]).toEqual([0, -1, 0]);
    expect([0, 1, 2, 3].map((v) => outsidePrice(p, v, 0))).toEqual([0, 0, 600, 600]);
    expect([0, 1, 2, 3].map((v) => outsidePrice(p, v, 1))).toEqual([0, 0, 0, 0]);
    expect(maxOutsidePrice(p)).toBe(600);
  });

  it('sums a route: officer 2 with visits 3, 0, 2 pays 600 + 0 + 600 = 1200', () => {
    expect(routeOutsidePrice(p, 2, Int32Array.from([3, 0, 2, 1]), 3)).toBe(1200);
    expect(routeOutsidePrice(p, 1, Int32Array.from([3, 2]), 2)).toBe(0);
  });

  it('is absent when nobody pays', () => {
    expect(encodeOutsidePrices(4, 3, [{ officers: [0], insideVisits: [], pricePerVisit: 0 }])).toBeUndefined();
    expect(outsidePrice({} as Problem, 0, 0)).toBe(0);
  });
});
