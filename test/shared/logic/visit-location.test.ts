import { describe, expect, it } from 'vitest';
import { DEFAULT_ITINERARY_SETTINGS, type Visit } from '../../../shared/domain';
import { buildItinerary } from '../../../shared/logic/itinerary';
import { keepFoundPlace, locatingAfterEdit, matchedLocating, placeProblem } from '../../../shared/logic/visit-location';
import { makeVisit } from '../../backend/db/builders';
import { officerFixture, planFixture } from '../../backend/export/export-fixture';
import { fixtureVisits } from '../../backend/export/itinerary-fixture';

const point = { lat: 31.23, lng: 121.47, system: 'wgs84' as const };
const geocoded = (confidence: number, threshold: number): Visit =>
  makeVisit('V-1', { location: point, locating: matchedLocating(confidence, threshold) });

describe("a visit's place found from its address", () => {
  it('is a guess below the threshold and a find at or above it', () => {
    expect(matchedLocating(0.59, 0.6).source).toBe('guessed');
    expect(matchedLocating(0.6, 0.6).source).toBe('geocoded');
  });

  it('keeps a pending or guessed visit out of planning, and lets a geocoded or confirmed one in', () => {
    expect(
      placeProblem(makeVisit('V-1', { location: null, locating: { source: 'pending', confidence: null, problem: null } }))?.en,
    ).toMatch(/^Visit V-1 has no place yet/);
    expect(placeProblem(geocoded(0.3, 0.6))?.zh).toBe('走访 V-1 的位置只是根据地址推测的（可信度 30%）：请确认或移动图钉后再排入方案。');
    expect(placeProblem(geocoded(0.9, 0.6))).toBeNull();
    expect(placeProblem(makeVisit('V-1'))).toBeNull();
  });

  it('is confirmed when a person moves it, kept when the edit leaves it, and pending again when cleared', () => {
    const before = geocoded(0.3, 0.6);
    const moved = locatingAfterEdit(before, { ...before, location: { ...point, lat: 31.24 }, locating: undefined });
    expect(moved.locating).toEqual({ source: 'confirmed', confidence: 0.3, problem: null });
    expect(locatingAfterEdit(before, { ...before, notes: 'x', locating: undefined }).locating?.source).toBe('guessed');
    // A place the file gave stays the file's after a move (no geocoding to speak of).
    expect(locatingAfterEdit(makeVisit('V-1'), { ...makeVisit('V-1'), location: { ...point, lat: 31.24 } }).locating).toBeUndefined();
  });

  it('survives an import of the same address without coordinates, not one with a new address', () => {
    const stored = geocoded(0.9, 0.6);
    const again = makeVisit('V-1', { location: null, locating: { source: 'pending', confidence: null, problem: null } });
    expect(keepFoundPlace(stored, again)).toMatchObject({ location: point, locating: { source: 'geocoded' } });
    expect(keepFoundPlace(stored, { ...again, address: '别的路 2 号' }).location).toBeNull();
  });

  it('is said on the itinerary of a stop planned on it, in its language', () => {
    const visits = fixtureVisits();
    const v1 = visits.get('V1')!;
    visits.set('V1', { ...v1, locating: { source: 'geocoded', confidence: 0.9, problem: null } });
    const plan = planFixture();
    const itinerary = (language: 'en' | 'zh') =>
      buildItinerary({
        route: plan.routes[0],
        visits,
        officer: officerFixture(),
        date: plan.date,
        profile: 'officer',
        settings: DEFAULT_ITINERARY_SETTINGS,
        language,
        exportedAt: '2026-11-22T18:30:00.000Z',
        codeFor: () => '000000',
      });
    expect(itinerary('en').stops[0].notes).toBe('Place found from the address (90 % sure), not checked by a person. 后门进，狗凶');
    expect(itinerary('zh').stops[0].notes).toBe('位置由地址解析得出（可信度 90%），未经人工核对。 后门进，狗凶');
    expect(itinerary('en').stops[1].notes).toBe('');
  });
});
