import { describe, expect, it } from 'vitest';
import { OfficerId, PlanId, VisitId, type Plan } from '../../../../shared/domain';
import { convertPoint, toWgs84 } from '../../../../shared/logic/coords';
import { buildMapModel } from '../../../../renderer/features/map/map-model';
import { officerColor, UNASSIGNED_STROKE, UNPLANNED_FILL } from '../../../../renderer/features/map/officer-colors';
import { sampleOfficer, sampleVisit } from '../../sample-data';

const stop = (visitId: string) => ({
  visitId: VisitId.parse(visitId),
  arrivalSec: 0,
  startSec: 0,
  endSec: 0,
  travelSec: 0,
  distanceM: 0,
  waitSec: 0,
});

function plan(routes: Plan['routes'], unassigned: Plan['unassigned']): Plan {
  return {
    id: PlanId.parse('P1'),
    date: '2026-11-23',
    planner: 't',
    rulesVersion: null,
    overrides: [],
    seed: 1,
    createdAt: '',
    routes,
    unassigned,
    stats: { visitCount: 0, assignedCount: 0, unassignedCount: 0, officersUsed: 0, travelSec: 0, distanceM: 0, workingSec: 0, solveMs: 0 },
    violations: [],
    locks: { pinned: [], fixedOrder: [], done: [] },
    parentId: null,
  };
}
const route = (officerId: string, visitIds: string[]) => ({
  officerId: OfficerId.parse(officerId),
  departSec: 0,
  stops: visitIds.map(stop),
  breakTaken: null,
  returnTravelSec: 0,
  returnDistanceM: 0,
  finishSec: 0,
  travelSec: 0,
  distanceM: 0,
  workingSec: 0,
});

describe('buildMapModel', () => {
  const gcj = { lat: 31.2304, lng: 121.4737, system: 'gcj02' as const };
  const visits = [
    sampleVisit({ id: VisitId.parse('A'), location: gcj }),
    sampleVisit({
      id: VisitId.parse('B'),
      location: { lat: 31.3, lng: 121.5, system: 'wgs84' },
    }),
    sampleVisit({ id: VisitId.parse('C'), location: { lat: 31.1, lng: 121.3, system: 'wgs84' } }),
    sampleVisit({ id: VisitId.parse('D'), location: { lat: 31.0, lng: 121.2, system: 'wgs84' } }),
  ];
  const officers = [
    sampleOfficer({ id: OfficerId.parse('OF1') }),
    sampleOfficer({
      id: OfficerId.parse('OF2'),
      start: { lat: 31.25, lng: 121.45, system: 'wgs84' },
      end: { lat: 31.26, lng: 121.46, system: 'wgs84' },
    }),
  ];

  it('converts GCJ-02 visits to WGS-84 and colours them by officer', () => {
    const model = buildMapModel(
      visits,
      officers,
      plan([route('OF2', ['B', 'A'])], [{ visitId: VisitId.parse('C'), reasons: ['capacity'], message: { en: 'x', zh: 'y' } }]),
    );
    const a = model.visits.find((v) => v.id === 'A')!;
    const expected = toWgs84(gcj);
    expect(a.position).toEqual([expected.lat, expected.lng]);
    expect(a.position[0]).not.toBe(gcj.lat);
    expect(a.fill).toBe(officerColor(1));
    const c = model.visits.find((v) => v.id === 'C')!;
    expect(c).toMatchObject({ isUnassigned: true, fill: UNPLANNED_FILL, stroke: UNASSIGNED_STROKE });
    expect(model.visits.find((v) => v.id === 'D')!.isUnassigned).toBe(false);
  });

  it("draws every point in the basemap's system: on a GCJ-02 basemap a GCJ-02 visit is where its numbers say", () => {
    const onAmap = buildMapModel(visits, officers, plan([route('OF2', ['B', 'A'])], []), 'gcj02');
    expect(onAmap.visits.find((v) => v.id === 'A')!.position).toEqual([gcj.lat, gcj.lng]);
    const b = convertPoint({ lat: 31.3, lng: 121.5, system: 'wgs84' }, 'gcj02');
    expect(onAmap.visits.find((v) => v.id === 'B')!.position).toEqual([b.lat, b.lng]);
    const start = convertPoint({ lat: 31.25, lng: 121.45, system: 'wgs84' }, 'gcj02');
    expect(onAmap.officers[1].position).toEqual([start.lat, start.lng]);
    expect(onAmap.routes[0].positions[0]).toEqual([start.lat, start.lng]);
    expect(onAmap.routes[0].positions[2]).toEqual([gcj.lat, gcj.lng]);
    // The WGS-84 model of the same data is unchanged by having drawn the GCJ-02 one (caches per system).
    const onOsm = buildMapModel(visits, officers, plan([route('OF2', ['B', 'A'])], []), 'wgs84');
    expect(onOsm.visits.find((v) => v.id === 'B')!.position).toEqual([31.3, 121.5]);
    expect(onOsm.officers[1].position).toEqual([31.25, 121.45]);
  });

  it('draws routes from the start through the stops in order to the end place', () => {
    const model = buildMapModel(visits, officers, plan([route('OF2', ['B', 'A'])], []));
    expect(model.routes).toHaveLength(1);
    const a = toWgs84(gcj);
    expect(model.routes[0]).toEqual({
      officerId: 'OF2',
      color: officerColor(1),
      positions: [
        [31.25, 121.45],
        [31.3, 121.5],
        [a.lat, a.lng],
        [31.26, 121.46],
      ],
    });
    expect(model.officers.map((o) => o.position)).toEqual([
      [31.2, 121.4],
      [31.25, 121.45],
    ]);
  });

  it('has no routes before planning, and an open end stops at the last visit', () => {
    expect(buildMapModel(visits, officers, null).routes).toEqual([]);
    const open = buildMapModel(visits, officers, plan([route('OF1', ['D'])], []));
    expect(open.routes[0].positions).toEqual([
      [31.2, 121.4],
      [31.0, 121.2],
    ]);
  });
});

describe('officerColor', () => {
  it('gives distinct colours to many officers', () => {
    const colors = new Set(Array.from({ length: 60 }, (_, i) => officerColor(i)));
    expect(colors.size).toBe(60);
  });
});
