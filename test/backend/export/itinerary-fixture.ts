import type { Language, PrivacyProfile, Visit } from '../../../shared/domain';
import { DEFAULT_ITINERARY_SETTINGS, type ItinerarySettings } from '../../../shared/domain';
import { buildDaySummary, buildItinerary, type DaySummary, type Itinerary } from '../../../shared/logic/itinerary';
import { verificationCode } from '../../../electron/backend/export/verification-code';
import { officerFixture, planFixture, visitFixture } from './export-fixture';

export const FIXTURE_SECRET = 'workspace-secret-for-tests-0001';
export const FIXTURE_EXPORTED_AT = '2026-11-22T18:30:00.000Z';

/** The route's two synthetic visits, in route order: 王小明 (collection, GCJ-02) then 赵六 (verification). */
export function fixtureVisits(): Map<string, Visit> {
  return new Map<string, Visit>([
    ['V1', visitFixture('V1', { notes: '后门进，狗凶' })],
    [
      'V2',
      visitFixture('V2', {
        kind: 'verification',
        customerName: '赵六',
        customerId: 'C-310101199001011234',
        phone: '13912345678',
        address: '上海市长宁区延安西路1000号',
        location: { lat: 31.215, lng: 121.42, system: 'wgs84' },
        windows: [{ startSec: 48600, endSec: 63000 }],
        overdueAmount: null,
        overdueDays: null,
      }),
    ],
  ]);
}

/** OF-001 李强's day (see `planFixture`) as an itinerary, for any reader and language. */
export function itineraryFixture(options: { language?: Language; profile?: PrivacyProfile; settings?: ItinerarySettings } = {}): Itinerary {
  const plan = planFixture();
  return buildItinerary({
    route: plan.routes[0],
    visits: fixtureVisits(),
    officer: officerFixture(),
    date: plan.date,
    profile: options.profile ?? 'officer',
    settings: options.settings ?? DEFAULT_ITINERARY_SETTINGS,
    language: options.language ?? 'zh',
    exportedAt: FIXTURE_EXPORTED_AT,
    codeFor: (visitId) => verificationCode(FIXTURE_SECRET, plan.date, 'OF-001', visitId),
  });
}

/** The fixture day's dispatcher summary (one officer with visits, V3 unassigned). */
export function daySummaryFixture(language: Language = 'zh'): DaySummary {
  return buildDaySummary(planFixture(), [officerFixture()], language, FIXTURE_EXPORTED_AT);
}
