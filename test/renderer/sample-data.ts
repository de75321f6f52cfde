import type { VisitSummary } from '../../shared/api/contract';
import { OfficerId, VisitId, type Officer } from '../../shared/domain';

/** A masked visit row as `visits.list` returns it. */
export function sampleVisit(overrides: Partial<VisitSummary> = {}): VisitSummary {
  return {
    id: VisitId.parse('V-1'), date: '2026-11-23', kind: 'collection', customerId: 'C1', address: '上海市长寿路1号',
    location: { lat: 31.24, lng: 121.44, system: 'wgs84' }, windows: [{ startSec: 9 * 3600, endSec: 11 * 3600 + 30 * 60 }],
    serviceSec: 1800, priority: 4, riskScore: null, overdueDays: 12, overdueAmount: 800, requiredSkills: [],
    approvalRef: 'AP-1', status: 'approved', notes: '', displayName: '王**', phoneMasked: '138****5678', assignedOfficerId: null,
    ...overrides,
  };
}

/** An officer on the roster. */
export function sampleOfficer(overrides: Partial<Officer> = {}): Officer {
  return {
    id: OfficerId.parse('OF1'), name: '李伟', team: 'East', agency: 'Demo', start: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    end: null, shiftStartSec: 9 * 3600, shiftEndSec: 18 * 3600, breaks: [], maxVisits: 10, maxWorkingSec: 9 * 3600,
    skills: [], travelMode: 'scooter', isActive: true,
    ...overrides,
  };
}
