import { describe, expect, it } from 'vitest';
import type { Route } from '../../../shared/domain';
import { encodeRequest, timeRoute, toRoute, type ViolationCode } from '../../../shared/solver';
import { checkRoute } from './checker';
import { hhmm, lineRequest, min, type LineOfficer, type LineVisit } from './fixtures';

// Line world (fixtures.ts): travel |Δx| minutes, |Δx| × 500 m. Officers start and end at x = 0.

/** A timed order: the route laid out (best effort when broken) and the rules it breaks. */
interface Retimed {
  feasible: boolean;
  route: Route;
  codes: ViolationCode[];
}

/** Times officer O1 visiting `order` as the back end re-times an edited route: `encodeRequest`, `timeRoute`, `toRoute`. */
function retime(visits: LineVisit[], officer: Partial<LineOfficer>, order: string[], rules = {}): Retimed {
  const request = lineRequest(visits, [{ id: 'O1', ...officer }], rules);
  const encoded = encodeRequest(request);
  const index = new Map<string, number>(request.visits.map((v, i) => [v.id, i]));
  const timing = timeRoute(
    encoded.problem,
    0,
    Int32Array.from(order, (id) => index.get(id)!),
  );
  const route = toRoute(encoded, 0, timing);
  if (timing.feasible) expect(checkRoute(request, route)).toEqual([]);
  return { feasible: timing.feasible, route, codes: timing.violations.map((v) => v.code) };
}

function route(result: Retimed): Route {
  if (!result.feasible) throw new Error(JSON.stringify(result.codes));
  return result.route;
}

function codes(result: Retimed): string[] {
  return result.codes;
}

const allDay = [{ startSec: hhmm('08:00'), endSec: hhmm('18:00') }];

describe('timeRoute', () => {
  it('waits for a window and returns to the end place', () => {
    const visits = [
      { id: 'A', x: 10, windows: [{ startSec: hhmm('09:00'), endSec: hhmm('10:00') }], serviceSec: min(30) },
      { id: 'B', x: 20, windows: allDay, serviceSec: min(20) },
    ];
    const r = route(retime(visits, {}, ['B', 'A']));
    // Leave 08:00, B: arrive 08:20 (20 min), end 08:40; to A 10 min: arrive 08:50, wait 10 min,
    // start 09:00, end 09:30; back 10 min: finish 09:40.
    expect(r.departSec).toBe(hhmm('08:00'));
    expect(r.stops.map((s) => [s.arrivalSec, s.startSec, s.endSec, s.waitSec])).toEqual([
      [hhmm('08:20'), hhmm('08:20'), hhmm('08:40'), 0],
      [hhmm('08:50'), hhmm('09:00'), hhmm('09:30'), min(10)],
    ]);
    expect(r.finishSec).toBe(hhmm('09:40'));
    // Travel 20 + 10 + 10 = 40 min; distance 40 × 500 m; working 08:00 → 09:40.
    expect([r.travelSec, r.distanceM, r.returnTravelSec, r.workingSec]).toEqual([min(40), 20_000, min(10), min(100)]);
    expect(r.breakTaken).toBeNull();
  });

  it('leaves as late as the first visit allows', () => {
    const visits = [
      { id: 'A', x: 10, windows: [{ startSec: hhmm('09:00'), endSec: hhmm('10:00') }], serviceSec: min(30) },
      { id: 'B', x: 20, windows: allDay, serviceSec: min(20) },
    ];
    const r = route(retime(visits, {}, ['A', 'B']));
    // A opens 09:00 and is 10 min away: leave 08:50, no wait. A ends 09:30, B 09:40–10:00, home 10:20.
    expect(r.departSec).toBe(hhmm('08:50'));
    expect(r.stops[0]).toMatchObject({ arrivalSec: hhmm('09:00'), waitSec: 0 });
    expect(r.finishSec).toBe(hhmm('10:20'));
    expect(r.workingSec).toBe(min(90));
  });

  it('uses the second window when the first is missed', () => {
    const visits = [
      { id: 'D', x: 5, windows: allDay, serviceSec: min(5) },
      {
        id: 'C',
        x: 10,
        serviceSec: min(10),
        windows: [
          { startSec: hhmm('08:00'), endSec: hhmm('08:05') },
          { startSec: hhmm('10:00'), endSec: hhmm('11:00') },
        ],
      },
    ];
    const r = route(retime(visits, {}, ['D', 'C']));
    // D 08:05–08:10; C reached 08:15, after the first window (ends 08:05): waits to 10:00 (105 min).
    expect(r.stops[1]).toMatchObject({ arrivalSec: hhmm('08:15'), startSec: hhmm('10:00'), waitSec: min(105) });
  });

  it('takes the break during a wait', () => {
    const visits = [
      { id: 'E', x: 10, windows: [{ startSec: hhmm('11:00'), endSec: hhmm('11:10') }], serviceSec: min(20) },
      { id: 'F', x: 20, windows: [{ startSec: hhmm('13:00'), endSec: hhmm('14:00') }], serviceSec: min(30) },
    ];
    const lunch = { earliestStartSec: hhmm('12:00'), latestStartSec: hhmm('13:00'), durationSec: min(30) };
    const r = route(retime(visits, { breaks: [lunch] }, ['E', 'F']));
    // Leave 10:50, E 11:00–11:20; break as soon as allowed 12:00–12:30; F reached 12:40, waits 20
    // min to 13:00, ends 13:30; home 20 min: 13:50. After F (13:30) would be past 13:00.
    expect(r.breakTaken).toEqual({ startSec: hhmm('12:00'), endSec: hhmm('12:30'), afterStop: 0 });
    expect(r.stops[1]).toMatchObject({ arrivalSec: hhmm('12:40'), startSec: hhmm('13:00'), waitSec: min(20) });
    expect(r.finishSec).toBe(hhmm('13:50'));
    expect(r.workingSec).toBe(min(180));
  });

  it('takes a break that is forced right after a visit, and fails when no gap fits', () => {
    const lunch = { earliestStartSec: hhmm('10:00'), latestStartSec: hhmm('10:30'), durationSec: min(30) };
    const g = { id: 'G', x: 10, windows: [{ startSec: hhmm('09:00'), endSec: hhmm('09:30') }], serviceSec: min(60) };
    const h = { id: 'H', x: 20, windows: allDay, serviceSec: min(30) };
    const r = route(retime([g, h], { breaks: [lunch] }, ['G', 'H']));
    // G 09:00–10:00, break 10:00–10:30 (after H at 11:10 would be too late), H 10:40–11:10, home 11:30.
    expect(r.breakTaken).toEqual({ startSec: hhmm('10:00'), endSec: hhmm('10:30'), afterStop: 0 });
    expect(r.stops[1].startSec).toBe(hhmm('10:40'));
    expect(r.finishSec).toBe(hhmm('11:30'));
    // With G lasting 100 min it ends 10:40, past the break's latest start; a break before leaving
    // (10:00–10:30) would miss G's window (ends 09:30).
    const long = retime([{ ...g, serviceSec: min(100) }, h], { breaks: [lunch] }, ['G', 'H']);
    expect(codes(long)).toEqual(['break_impossible']);
  });

  it('takes the break before leaving when that is the only gap, leaving as late as possible', () => {
    const lunch = { earliestStartSec: hhmm('12:00'), latestStartSec: hhmm('12:30'), durationSec: min(30) };
    const visits = [{ id: 'I', x: 10, windows: [{ startSec: hhmm('13:00'), endSec: hhmm('14:00') }], serviceSec: min(30) }];
    const r = route(retime(visits, { shiftStartSec: hhmm('12:00'), breaks: [lunch] }, ['I']));
    // After I (13:30) is past 12:30, so the break comes first. I starts 13:00 and is 10 min away:
    // the break can end 12:50, so it starts 12:20 (within 12:00–12:30) and the day starts then.
    expect(r.breakTaken).toEqual({ startSec: hhmm('12:20'), endSec: hhmm('12:50'), afterStop: -1 });
    expect(r.departSec).toBe(hhmm('12:20'));
    expect(r.stops[0]).toMatchObject({ arrivalSec: hhmm('13:00'), startSec: hhmm('13:00'), waitSec: 0 });
    expect(r.finishSec).toBe(hhmm('13:40'));
    expect(r.workingSec).toBe(min(80));
  });

  it('models the earliest of several breaks', () => {
    const tea = { earliestStartSec: hhmm('15:00'), latestStartSec: hhmm('15:30'), durationSec: min(15) };
    const lunch = { earliestStartSec: hhmm('12:00'), latestStartSec: hhmm('12:30'), durationSec: min(30) };
    const visits = [{ id: 'M', x: 10, windows: [{ startSec: hhmm('11:30'), endSec: hhmm('11:30') }], serviceSec: min(30) }];
    // M 11:30–12:00, then lunch 12:00–12:30 (listed second but earlier), home 12:40.
    const r = route(retime(visits, { breaks: [tea, lunch] }, ['M']));
    expect(r.breakTaken).toEqual({ startSec: hhmm('12:00'), endSec: hhmm('12:30'), afterStop: 0 });
    expect(r.finishSec).toBe(hhmm('12:40'));
  });

  it('needs no break when the day ends before the break window', () => {
    const lunch = { earliestStartSec: hhmm('12:00'), latestStartSec: hhmm('13:00'), durationSec: min(60) };
    const r = route(retime([{ id: 'J', x: 10, serviceSec: min(10) }], { breaks: [lunch] }, ['J']));
    expect(r.breakTaken).toBeNull();
    expect(r.finishSec).toBe(hhmm('08:30'));
  });

  it('ends at the last visit for an open end', () => {
    const r = route(retime([{ id: 'J', x: 10, serviceSec: min(10) }], { endX: null }, ['J']));
    // Leave 08:00, J 08:10–08:20, finish there: one 10-minute leg only.
    expect([r.finishSec, r.returnTravelSec, r.returnDistanceM, r.travelSec]).toEqual([hhmm('08:20'), 0, 0, min(10)]);
  });

  it('reports the shift end, which an open end avoids', () => {
    const visits = [{ id: 'K', x: 20, serviceSec: min(30) }];
    const shift = { shiftStartSec: hhmm('08:00'), shiftEndSec: hhmm('09:00') };
    // K 08:20–08:50, home 20 min: 09:10 > 09:00. Open end: finish 08:50.
    expect(codes(retime(visits, shift, ['K']))).toEqual(['shift_end_exceeded']);
    expect(route(retime(visits, { ...shift, endX: null }, ['K'])).finishSec).toBe(hhmm('08:50'));
  });

  it('enforces the visit limit and the working-time limit', () => {
    const visits = [
      { id: 'A', x: 10 },
      { id: 'B', x: 10 },
    ];
    expect(codes(retime(visits, { maxVisits: 1 }, ['A', 'B']))).toEqual(['max_visits_exceeded']);
    // 10 + 0 + 10 min travel and 2 × 10 min on site = 40 min > 30 min.
    expect(codes(retime(visits, { maxWorkingSec: min(30) }, ['A', 'B']))).toEqual(['max_working_exceeded']);
    expect(route(retime(visits, { maxWorkingSec: min(40) }, ['A', 'B'])).workingSec).toBe(min(40));
  });

  it('checks skills on the plan date, expiry inclusive', () => {
    const visits = [{ id: 'L', x: 10, requiredSkills: ['legal'] }];
    const expired = { skills: [{ skill: 'legal', validUntil: '2026-11-22' }] };
    const lastDay = { skills: [{ skill: 'legal', validUntil: '2026-11-23' }] };
    expect(codes(retime(visits, expired, ['L']))).toEqual(['skill_missing']);
    expect(retime(visits, lastDay, ['L']).feasible).toBe(true);
  });

  it('clips windows to permitted hours', () => {
    const visits = [{ id: 'P', x: 10, serviceSec: min(30), windows: [{ startSec: hhmm('07:00'), endSec: hhmm('08:30') }] }];
    const r = route(
      retime(visits, { shiftStartSec: hhmm('07:00') }, ['P'], { permittedHours: { startSec: hhmm('08:00'), endSec: hhmm('21:00') } }),
    );
    // Reached 07:10, but visits may only start from 08:00.
    expect(r.stops[0].startSec).toBe(hhmm('08:00'));
    const late = [{ id: 'Q', x: 10, serviceSec: min(30), windows: [{ startSec: hhmm('20:45'), endSec: hhmm('21:00') }] }];
    // Would end 21:15 at the earliest, after 21:00: no usable window.
    expect(codes(retime(late, { shiftEndSec: hhmm('22:00') }, ['Q']))).toContain('window_missed');
  });
});
