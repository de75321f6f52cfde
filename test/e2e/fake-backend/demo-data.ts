import type { LocalDate, Officer, Visit } from '../../../shared/domain';
import { OfficerId, VisitId } from '../../../shared/domain';

/** Small seeded PRNG (mulberry32) so the fake demo day is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟'];
const STREETS = ['南京西路', '淮海中路', '四川北路', '长寿路', '中山北路', '漕溪北路'];

/** Synthetic officers spread around central Shanghai (WGS-84 start places). */
export function demoOfficers(count: number, random: () => number): Officer[] {
  return Array.from({ length: count }, (_, i) => ({
    id: OfficerId.parse(`OF${String(i + 1).padStart(3, '0')}`),
    name: `${FAMILY[i % FAMILY.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
    team: i % 2 === 0 ? 'East' : 'West',
    agency: 'Demo Agency',
    start: { lat: 31.2 + (random() - 0.5) * 0.2, lng: 121.45 + (random() - 0.5) * 0.25, system: 'wgs84' as const },
    end: null,
    shiftStartSec: 9 * 3600,
    shiftEndSec: 18 * 3600,
    breaks: [],
    maxVisits: 14,
    maxWorkingSec: 9 * 3600,
    skills: [
      { skill: 'collection', validUntil: null },
      { skill: 'verification', validUntil: null },
    ],
    travelMode: 'scooter' as const,
    isActive: true,
  }));
}

/** Synthetic visits on one date; locations are GCJ-02 as a Chinese map app would export them. */
export function demoVisits(date: LocalDate, count: number, random: () => number): Visit[] {
  return Array.from({ length: count }, (_, i) => {
    const isCollection = random() < 0.6;
    const startSec = (9 + Math.floor(random() * 7)) * 3600;
    return {
      id: VisitId.parse(`V${date.replaceAll('-', '')}-${String(i + 1).padStart(4, '0')}`),
      date,
      kind: isCollection ? ('collection' as const) : ('verification' as const),
      customerId: `C${100000 + i}`,
      customerName: `${FAMILY[Math.floor(random() * FAMILY.length)]}${GIVEN[Math.floor(random() * GIVEN.length)]}${GIVEN[i % GIVEN.length]}`,
      phone: `138${String(10000000 + Math.floor(random() * 89999999))}`,
      address: `上海市${STREETS[i % STREETS.length]}${1 + Math.floor(random() * 900)}号`,
      location: { lat: 31.2 + (random() - 0.5) * 0.3, lng: 121.46 + (random() - 0.5) * 0.35, system: 'gcj02' as const },
      windows: [{ startSec, endSec: startSec + 3 * 3600 }],
      serviceSec: 30 * 60,
      priority: 1 + Math.floor(random() * 5),
      riskScore: Math.round(random() * 100),
      overdueDays: isCollection ? 1 + Math.floor(random() * 90) : null,
      overdueAmount: isCollection ? Math.round(random() * 20000) : null,
      // Every tenth visit needs a skill nobody holds, so the demo always shows unassigned reasons.
      requiredSkills: i % 10 === 9 ? ['vehicle-loan'] : [isCollection ? 'collection' : 'verification'],
      approvalRef: `AP-${i + 1}`,
      status: 'approved' as const,
      notes: '',
    };
  });
}
