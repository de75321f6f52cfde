import { describe, expect, it } from 'vitest';
import { Route, UnassignedVisit } from '../../../shared/domain';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import type { PlanRequest, PlanResult } from '../../../shared/domain';
import { H, plan, request } from './verify-fixture';

function rules(req: PlanRequest, result: PlanResult): string[] {
  return verifyPlan(req, result).violations.map((v) => v.rule);
}

/** Applies one change to a fresh copy of the valid day and returns the rules it breaks. */
function mutated(change: (req: PlanRequest, result: PlanResult) => void): string[] {
  const req = request();
  const result = plan();
  change(req, result);
  return rules(req, result);
}

describe('verifyPlan on valid plans', () => {
  it('accepts the hand-made day', () => {
    expect(verifyPlan(request(), plan())).toEqual({ ok: true, violations: [] });
  });

  it('accepts travelling first and taking the break while waiting at the door', () => {
    // V1 ends 34200, +600 s → at V2's door 34800; lunch 41400–45000 inside the wait; start 48600.
    expect(
      mutated((_, p) => {
        Object.assign(p.routes[0].stops[1], { arrivalSec: 34800, waitSec: 48600 - 34800 });
      }),
    ).toEqual([]);
  });

  it('accepts a break after the last visit and a route ending before lunch without one', () => {
    const req = request();
    const result = plan();
    // O2 (home 12000 m): leave 10:50 (39000), +600 s → V3 11:00–11:30, lunch 11:30–12:30, home +600 s → 12:40.
    result.routes[1] = Route.parse({
      officerId: 'O2',
      departSec: 39000,
      stops: [{ visitId: 'V3', arrivalSec: 39600, startSec: 39600, endSec: 41400, travelSec: 600, distanceM: 3000, waitSec: 0 }],
      breakTaken: { startSec: 41400, endSec: 45000, afterStop: 0 },
      returnTravelSec: 600,
      returnDistanceM: 3000,
      finishSec: 45600,
      travelSec: 1200,
      distanceM: 6000,
      workingSec: 6600,
    });
    result.unassigned = [];
    expect(rules(req, result)).toEqual([]);
    // Leave 08:30, at V3 08:40, wait to 09:00, done 09:30, home 09:40: before 11:30, so no lunch is due.
    result.routes[1] = Route.parse({
      officerId: 'O2',
      departSec: 30600,
      stops: [{ visitId: 'V3', arrivalSec: 31200, startSec: 32400, endSec: 34200, travelSec: 600, distanceM: 3000, waitSec: 1200 }],
      breakTaken: null,
      returnTravelSec: 600,
      returnDistanceM: 3000,
      finishSec: 34800,
      travelSec: 1200,
      distanceM: 6000,
      workingSec: 4200,
    });
    expect(rules(req, result)).toEqual([]);
  });

  it('accepts an open end with no return leg', () => {
    expect(
      mutated((r, p) => {
        r.officers[0].end = null;
        Object.assign(p.routes[0], {
          returnTravelSec: 0,
          returnDistanceM: 0,
          finishSec: 50400,
          travelSec: 1200,
          distanceM: 6000,
          workingSec: 50400 - 31800,
        });
      }),
    ).toEqual([]);
  });
});

describe('verifyPlan finds exactly the broken rule', () => {
  it.each<[string, (req: PlanRequest, result: PlanResult) => void, string[]]>([
    [
      'window missed',
      (r) => {
        r.visits[1].windows = [{ startSec: 14 * H, endSec: 17.5 * H }];
      },
      ['outside_window'],
    ],
    [
      'shift overrun',
      (r) => {
        r.officers[0].shiftEndSec = 51000;
      },
      ['shift_overrun'],
    ],
    [
      'wrong travel time',
      (_, p) => {
        p.routes[0].stops[1].travelSec = 700;
      },
      ['travel_mismatch'],
    ],
    [
      'wrong distance',
      (_, p) => {
        p.routes[0].stops[0].distanceM = 2999;
      },
      ['distance_mismatch'],
    ],
    [
      'duplicated visit',
      (_, p) => {
        p.unassigned.push(UnassignedVisit.parse({ visitId: 'V1', reasons: ['capacity'], message: { en: 'x', zh: 'x' } }));
      },
      ['visit_duplicated'],
    ],
    [
      'missing visit',
      (_, p) => {
        p.unassigned = [];
      },
      ['visit_missing'],
    ],
    [
      'unknown visit',
      (_, p) => {
        p.unassigned.push(UnassignedVisit.parse({ visitId: 'V9', reasons: ['capacity'], message: { en: 'x', zh: 'x' } }));
      },
      ['visit_unknown'],
    ],
    [
      'unassigned without reason',
      (_, p) => {
        p.unassigned[0].reasons = [];
      },
      ['unassigned_without_reason'],
    ],
    [
      'skill missing',
      (r) => {
        r.visits[1].requiredSkills = ['collection', 'vehicle-loan'];
      },
      ['skill_missing'],
    ],
    [
      'expired skill',
      (r) => {
        r.officers[0].skills[1].validUntil = '2026-11-22';
      },
      ['skill_expired'],
    ],
    [
      'max visits',
      (r) => {
        r.officers[0].maxVisits = 1;
      },
      ['max_visits'],
    ],
    [
      'max working time',
      (r) => {
        r.officers[0].maxWorkingSec = 19000;
      },
      ['max_working_time'],
    ],
    [
      'break overlapping the next visit',
      (_, p) => {
        p.routes[0].breakTaken = { startSec: 47700, endSec: 51300, afterStop: 0 };
      },
      ['break_overlap'],
    ],
    [
      'break overlapping the travel',
      (_, p) => {
        Object.assign(p.routes[0].stops[1], { arrivalSec: 45300, waitSec: 3300 });
      },
      ['break_overlap'],
    ],
    [
      'break outside its start range',
      (r) => {
        r.officers[0].breaks[0].earliestStartSec = 42000;
      },
      ['break_window'],
    ],
    [
      'break too short',
      (_, p) => {
        p.routes[0].breakTaken!.endSec = 44000;
      },
      ['break_duration'],
    ],
    [
      'break after a stop that does not exist',
      (_, p) => {
        p.routes[0].breakTaken!.afterStop = 5;
      },
      ['break_position', 'arrival_mismatch'],
    ],
    [
      'break where the officer has none',
      (r) => {
        r.officers[0].breaks = [];
      },
      ['break_unexpected'],
    ],
    [
      'outside permitted hours',
      (r) => {
        r.rules.permittedHours = { startSec: 8 * H, endSec: 50000 };
      },
      ['outside_permitted_hours'],
    ],
    [
      'leaving before the shift',
      (r) => {
        r.officers[0].shiftStartSec = 32000;
      },
      ['depart_before_shift'],
    ],
    [
      'wrong service end',
      (r) => {
        r.visits[0].serviceSec = 1500;
      },
      ['service_mismatch'],
    ],
    [
      'wrong wait',
      (_, p) => {
        p.routes[0].stops[1].waitSec = 0;
      },
      ['wait_mismatch'],
    ],
    [
      'start before arrival',
      (r, p) => {
        r.visits[0].windows = [{ startSec: 8.5 * H, endSec: 12 * H }];
        Object.assign(p.routes[0].stops[0], { startSec: 32300, endSec: 34100, waitSec: -100 });
      },
      ['start_before_arrival'],
    ],
    [
      'wrong return',
      (_, p) => {
        p.routes[0].returnDistanceM = 5000;
      },
      ['return_mismatch'],
    ],
    [
      'wrong finish',
      (_, p) => {
        p.routes[0].finishSec = 51660;
      },
      ['finish_mismatch', 'working_time_mismatch'],
    ],
    [
      'wrong totals',
      (_, p) => {
        p.routes[0].travelSec = 2000;
      },
      ['route_totals_mismatch'],
    ],
    [
      'wrong working time',
      (_, p) => {
        p.routes[0].workingSec = 20000;
      },
      ['working_time_mismatch'],
    ],
    [
      'inactive officer',
      (r) => {
        r.officers[0].isActive = false;
      },
      ['officer_inactive'],
    ],
    [
      'unknown officer',
      (_, p) => {
        p.routes[1].officerId = 'O9' as Route['officerId'];
      },
      ['officer_unknown'],
    ],
    [
      'officer with two routes',
      (_, p) => {
        p.routes.push(structuredClone(p.routes[1]));
      },
      ['officer_duplicated'],
    ],
    [
      'empty route with totals',
      (_, p) => {
        p.routes[1].travelSec = 60;
      },
      ['empty_route_totals'],
    ],
    [
      'same customer twice',
      (r) => {
        r.visits[1].customerId = r.visits[0].customerId;
      },
      ['too_frequent'],
    ],
    [
      'cancelled visit routed',
      (r) => {
        r.visits[0].status = 'cancelled';
      },
      ['visit_cancelled'],
    ],
    [
      'missing travel mode',
      (r) => {
        r.officers[0].travelMode = 'driving';
      },
      ['matrix_invalid'],
    ],
  ])('%s', (_, change, expected) => {
    expect(mutated(change)).toEqual(expected);
  });

  it('reports a missing break (the door-break variant with its break removed)', () => {
    expect(
      mutated((_, p) => {
        Object.assign(p.routes[0].stops[1], { arrivalSec: 34800, waitSec: 48600 - 34800 });
        p.routes[0].breakTaken = null;
      }),
    ).toEqual(['break_missing']);
  });

  it('names the officer and visit in a plain sentence', () => {
    const req = request();
    req.visits[1].windows = [{ startSec: 14 * H, endSec: 17.5 * H }];
    const [violation] = verifyPlan(req, plan()).violations;
    expect(violation).toMatchObject({ officerId: 'O1', visitId: 'V2', rule: 'outside_window' });
    expect(violation.message).toBe('Visit V2 starts at 13:30, outside its agreed windows 14:00-17:30.');
  });

  it('refuses a matrix of the wrong size without re-simulating', () => {
    const req = request();
    req.matrix = { ...req.matrix, size: 5 };
    expect(rules(req, plan())).toEqual(['matrix_invalid']);
  });
});
