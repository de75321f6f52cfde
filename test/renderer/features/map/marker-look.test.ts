import { describe, expect, it } from 'vitest';
import { OfficerId, VisitId } from '../../../../shared/domain';
import { buildMapModel, type MapVisit } from '../../../../renderer/features/map/map-model';
import { markerLook, isOnTop, SELECTED_STROKE, UNASSIGNED_FILL, VIOLATION_STROKE } from '../../../../renderer/features/map/marker-look';
import { officerColor } from '../../../../renderer/features/map/officer-colors';
import { sampleOfficer, samplePlan, sampleRoute, sampleVisit } from '../../sample-data';

const officers = [sampleOfficer({ id: OfficerId.parse('OF1') }), sampleOfficer({ id: OfficerId.parse('OF2') })];
const visits = [
  sampleVisit({ id: VisitId.parse('A'), kind: 'collection' }),
  sampleVisit({ id: VisitId.parse('B'), kind: 'verification', location: { lat: 31.3, lng: 121.5, system: 'wgs84' } }),
  sampleVisit({ id: VisitId.parse('C'), kind: 'follow-up', location: { lat: 31.1, lng: 121.3, system: 'wgs84' } }),
];
const plan = samplePlan(
  [
    sampleRoute('OF2', [
      ['B', 540],
      ['A', 600],
    ]),
    sampleRoute('OF1', [['D', 600]]),
  ],
  {
    unassigned: [{ visitId: VisitId.parse('C'), reasons: ['capacity'], message: { en: 'x', zh: 'y' } }],
    violations: [{ officerId: OfficerId.parse('OF2'), visitId: VisitId.parse('A'), rule: 'window', message: { en: 'late', zh: '迟' } }],
  },
);

describe('the map model for the board', () => {
  const model = buildMapModel(visits, officers, plan);
  const byId = (id: string) => model.visits.find((v) => v.id === id)!;

  it('gives each visit its shape by kind, its officer and its stop number from the plan', () => {
    expect(byId('A')).toMatchObject({ shape: 'circle', officerId: 'OF2', stopNumber: 2, hasViolation: true, fill: officerColor(1) });
    expect(byId('B')).toMatchObject({ shape: 'square', officerId: 'OF2', stopNumber: 1, hasViolation: false });
    expect(byId('C')).toMatchObject({ shape: 'triangle', officerId: null, stopNumber: null, isUnassigned: true });
  });

  it('re-uses the line of a route that did not change (the same route object)', () => {
    const again = buildMapModel(visits, officers, { ...plan, id: plan.id });
    expect(again.routes[0]).toBe(model.routes[0]);
    const moved = buildMapModel(
      visits,
      officers,
      samplePlan([
        sampleRoute('OF2', [
          ['A', 540],
          ['B', 600],
        ]),
        plan.routes[1],
      ]),
    );
    expect(moved.routes[0]).not.toBe(model.routes[0]);
  });

  it('shows an end place only when the day ends somewhere else than it starts', () => {
    const round = buildMapModel([], [sampleOfficer({ end: { lat: 31.2, lng: 121.4, system: 'wgs84' } })], null);
    expect(round.officers[0].end).toBeNull();
    const elsewhere = buildMapModel([], [sampleOfficer({ end: { lat: 31.3, lng: 121.5, system: 'wgs84' } })], null);
    expect(elsewhere.officers[0].end).toEqual([31.3, 121.5]);
  });
});

describe('how a visit is drawn', () => {
  const planned: MapVisit = {
    id: 'A',
    position: [31, 121],
    fill: '#123456',
    stroke: '#123456',
    isUnassigned: false,
    label: 'A',
    shape: 'square',
    officerId: 'OF1',
    stopNumber: 3,
    hasViolation: false,
  };

  it('small and plain when nothing is going on, with its number only when zoomed in or emphasised', () => {
    expect(markerLook(planned, false, false, false)).toEqual({
      shape: 'square',
      radius: 5,
      fill: '#123456',
      stroke: '#123456',
      weight: 1.5,
      number: null,
      dashed: false,
    });
    expect(markerLook(planned, false, true, false)).toMatchObject({ radius: 9, number: 3 });
    expect(markerLook(planned, false, false, true)).toMatchObject({ number: 3 });
  });

  it('unassigned visits stand out, broken rules get a red ring, the selection a black one, and all of them go on top', () => {
    const unassigned = { ...planned, isUnassigned: true, officerId: null, stopNumber: null };
    expect(markerLook(unassigned, false, false, true)).toMatchObject({ radius: 7, fill: UNASSIGNED_FILL, weight: 3, number: null });
    expect(markerLook({ ...planned, hasViolation: true }, false, false, false)).toMatchObject({
      stroke: VIOLATION_STROKE,
      dashed: true,
      weight: 3,
    });
    expect(markerLook({ ...planned, hasViolation: true }, true, false, false)).toMatchObject({
      stroke: SELECTED_STROKE,
      radius: 7,
      dashed: false,
    });
    expect(isOnTop(planned, false)).toBe(false);
    expect(isOnTop(unassigned, false)).toBe(true);
    expect(isOnTop(planned, true)).toBe(true);
  });
});
