import { describe, expect, it } from 'vitest';
import { PlannedStop, Route } from '../../../shared/domain';

const stop = (startSec: number) => ({
  visitId: 'V-1',
  arrivalSec: startSec,
  startSec,
  endSec: startSec + 1800,
  travelSec: 600,
  distanceM: 4000,
  waitSec: 0,
});

describe('planned times', () => {
  it('carries a route a dispatcher pushed past midnight, so the board can show it as broken', () => {
    const late = stop(86_400 - 600);
    const route = Route.parse({
      officerId: 'OF-1',
      departSec: 8 * 3600,
      stops: [late],
      breakTaken: null,
      returnTravelSec: 900,
      returnDistanceM: 5000,
      finishSec: late.endSec + 900,
      travelSec: 1500,
      distanceM: 9000,
      workingSec: 16 * 3600,
    });
    expect(route.finishSec).toBeGreaterThan(86_400);
  });

  it('still refuses times beyond the next day', () => {
    expect(PlannedStop.safeParse(stop(2 * 86_400)).success).toBe(false);
  });
});
