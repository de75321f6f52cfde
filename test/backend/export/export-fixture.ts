import { Officer, Plan, Visit } from '../../../shared/domain';

const H = 3600;

export function visitFixture(id: string, overrides: Partial<Record<keyof Visit, unknown>> = {}): Visit {
  return Visit.parse({
    id,
    date: '2026-11-23',
    kind: 'collection',
    customerId: `C-${id}`,
    customerName: '王小明',
    phone: '17000001234',
    address: '上海市徐汇区桂溪路188弄12号1203室',
    location: { lat: 31.194, lng: 121.437, system: 'gcj02' },
    windows: [
      { startSec: 9 * H, endSec: 12 * H },
      { startSec: 13.5 * H, endSec: 17.5 * H },
    ],
    serviceSec: 1800,
    priority: 3,
    riskScore: 40,
    overdueDays: 31,
    overdueAmount: 5000,
    requiredSkills: ['collection'],
    approvalRef: `AP-${id}`,
    status: 'planned',
    notes: '',
    ...overrides,
  });
}

export function officerFixture(overrides: Partial<Record<keyof Officer, unknown>> = {}): Officer {
  return Officer.parse({
    id: 'OF-001',
    name: '李强',
    team: '浦西二组',
    agency: '自营团队',
    start: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    end: { lat: 31.21, lng: 121.41, system: 'wgs84' },
    shiftStartSec: 8.5 * H,
    shiftEndSec: 18 * H,
    breaks: [{ earliestStartSec: 11.5 * H, latestStartSec: 13.5 * H, durationSec: H }],
    maxVisits: 12,
    maxWorkingSec: 9 * H,
    skills: [{ skill: 'collection', validUntil: null }],
    travelMode: 'scooter',
    isActive: true,
    ...overrides,
  });
}

/**
 * OF-001: leave 08:50; V1 09:00–09:30 (605 s travel); lunch 11:30–12:30 after V1; V2 13:30–14:00
 * (629 s travel, arrived 12:40:29); home 14:20 (1200 s). OF-002 unused; V3 unassigned.
 */
export function planFixture(): Plan {
  return Plan.parse({
    id: 'plan-2026-11-23-1',
    date: '2026-11-23',
    planner: 'test',
    seed: 1,
    createdAt: '2026-11-22T10:00:00.000Z',
    routes: [
      {
        officerId: 'OF-001',
        departSec: 31795,
        stops: [
          { visitId: 'V1', arrivalSec: 32400, startSec: 32400, endSec: 34200, travelSec: 605, distanceM: 3010, waitSec: 0 },
          { visitId: 'V2', arrivalSec: 45629, startSec: 48600, endSec: 50400, travelSec: 629, distanceM: 3020, waitSec: 2971 },
        ],
        breakTaken: { startSec: 41400, endSec: 45000, afterStop: 0 },
        returnTravelSec: 1200,
        returnDistanceM: 6000,
        finishSec: 51600,
        travelSec: 2434,
        distanceM: 12030,
        workingSec: 19805,
      },
      {
        officerId: 'OF-002',
        departSec: 30600,
        stops: [],
        breakTaken: null,
        returnTravelSec: 0,
        returnDistanceM: 0,
        finishSec: 30600,
        travelSec: 0,
        distanceM: 0,
        workingSec: 0,
      },
    ],
    unassigned: [
      {
        visitId: 'V3',
        reasons: ['no_skilled_officer', 'capacity'],
        message: { en: 'No officer has the skill legal-notice.', zh: '没有外访员具备 legal-notice 技能。' },
      },
    ],
    stats: {
      visitCount: 3,
      assignedCount: 2,
      unassignedCount: 1,
      officersUsed: 1,
      travelSec: 2434,
      distanceM: 12030,
      workingSec: 19805,
      solveMs: 12,
    },
  });
}
