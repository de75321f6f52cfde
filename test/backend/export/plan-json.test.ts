import { describe, expect, it } from 'vitest';
import { planToJson } from '../../../electron/backend/export/plan-json';
import { minutes1 } from '../../../shared/logic/itinerary';
import { officerFixture, planFixture, visitFixture } from './export-fixture';

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const visits = [visitFixture('V1'), visitFixture('V2', { customerName: '赵六', phone: '17000009999' }), visitFixture('V3')];
const json = planToJson(planFixture(), [officerFixture()]);

describe('planToJson', () => {
  it('has the required shape', () => {
    expect(json.date).toBe('2026-11-23');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['date', 'routes', 'unassigned']));
    for (const route of json.routes) {
      expect(Object.keys(route)).toEqual(expect.arrayContaining(['officer_id', 'stops']));
      for (const stop of route.stops) {
        expect(Object.keys(stop).sort()).toEqual(['arrival', 'distance_m', 'end', 'start', 'travel_min', 'visit_id']);
      }
    }
    expect(Object.keys(json.unassigned[0]).sort()).toEqual(['message', 'message_zh', 'reasons', 'visit_id']);
  });

  it('writes times as ISO 8601 local date-times', () => {
    const [route] = json.routes;
    expect(route.stops[1]).toEqual({
      visit_id: 'V2',
      arrival: '2026-11-23T12:40:29',
      start: '2026-11-23T13:30:00',
      end: '2026-11-23T14:00:00',
      travel_min: 10.5,
      distance_m: 3020,
    });
    for (const text of [
      route.depart,
      route.finish,
      route.break!.start,
      route.break!.end,
      ...route.stops.flatMap((s) => [s.arrival, s.start, s.end]),
    ]) {
      expect(text).toMatch(ISO_LOCAL);
    }
    expect(route.depart).toBe('2026-11-23T08:49:55');
    expect(route.break).toEqual({ start: '2026-11-23T11:30:00', end: '2026-11-23T12:30:00' });
  });

  it('rounds travel minutes to one decimal', () => {
    expect(json.routes[0].stops[0].travel_min).toBe(10.1);
    expect(json.routes[0].travel_min).toBe(40.6);
    expect([minutes1(0), minutes1(59), minutes1(60), minutes1(93), minutes1(87)]).toEqual([0, 1, 1, 1.6, 1.5]);
  });

  it('keeps unassigned reasons and both messages', () => {
    expect(json.unassigned).toEqual([
      {
        visit_id: 'V3',
        reasons: ['no_skilled_officer', 'capacity'],
        message: 'No officer has the skill legal-notice.',
        message_zh: '没有外访员具备 legal-notice 技能。',
      },
    ]);
  });

  it('leaves out unused officers and adds the officer name and stats', () => {
    expect(json.routes.map((r) => r.officer_id)).toEqual(['OF-001']);
    expect(json.routes[0].officer_name).toBe('李强');
    expect(json.stats).toMatchObject({ visit_count: 3, assigned_count: 2, travel_min: 40.6, distance_m: 12030 });
    expect(json.plan_id).toBe('plan-2026-11-23-1');
  });

  it('contains no customer names, phones or addresses', () => {
    const text = JSON.stringify(json);
    for (const v of visits) {
      expect(text).not.toContain(v.customerName);
      expect(text).not.toContain(v.phone);
      expect(text).not.toContain(v.address);
    }
  });
});
