import { addDays, type LocalDate } from '../domain';
import type { DemoOfficerRow } from './columns';
import type { Rng } from './rng';
import { apportionAreas, scatter, type DemoArea } from './shanghai-areas';
import { syntheticName } from './synthetic-people';

const AGENCIES = ['自营团队', '自营团队', '自营团队', '沪东外访服务（演示）', '沪西外访服务（演示）'];
const MODES = [
  { mode: 'scooter', weight: 50 },
  { mode: 'driving', weight: 30 },
  { mode: 'transit', weight: 12 },
  { mode: 'cycling', weight: 8 },
];

interface HeldSkill {
  skill: string;
  validUntil: LocalDate | null;
}

/**
 * The demo roster: officers living near the visit clusters, mostly on 08:30–18:00 with a lunch
 * break, some on 11:00–21:00 evening shifts. Exactly one officer holds a `senior` skill that
 * expired before `date`; with 3+ officers every regular skill is held by someone valid.
 */
export function demoOfficers(rng: Rng, date: LocalDate, count: number): DemoOfficerRow[] {
  if (count < 1) return [];
  const skillsOf: HeldSkill[][] = [];
  const rows: Omit<DemoOfficerRow, 'skills'>[] = [];
  const areas = apportionAreas(count);
  for (let k = 0; k < count; k += 1) {
    rows.push(officerBase(rng, k, areas[k]));
    skillsOf.push(officerSkills(rng, date));
  }
  const expired = rng.int(0, count - 1);
  skillsOf[expired] = [
    ...skillsOf[expired].filter((s) => s.skill !== 'senior'),
    { skill: 'senior', validUntil: addDays(date, -rng.int(1, 60)) },
  ];
  for (const skill of ['collection', 'verification', 'senior', 'vehicle-loan']) {
    const isCore = skill === 'collection' || skill === 'verification';
    if (!isCore && count < 3) continue;
    if (skillsOf.some((held) => held.some((s) => s.skill === skill && (s.validUntil === null || s.validUntil >= date)))) continue;
    // Nobody drew it by chance: hand it to someone other than the officer whose senior skill expired.
    const k = count === 1 ? 0 : (expired + 1 + rng.int(0, count - 2)) % count;
    if (!skillsOf[k].some((s) => s.skill === skill)) skillsOf[k].push({ skill, validUntil: null });
  }
  return rows.map((row, k) => ({ ...row, skills: skillsOf[k].map(formatSkill).join(';') }));
}

function officerBase(rng: Rng, k: number, area: DemoArea): Omit<DemoOfficerRow, 'skills'> {
  const home = scatter(rng, area.centre, Math.max(1, area.spreadKm));
  // Some end the day at their team's office (the area centre) to hand in paperwork.
  const end = rng.chance(0.15) ? area.centre : home;
  const isEvening = rng.chance(0.15);
  const shiftMin = isEvening ? 600 : 570;
  return {
    officer_id: `OF-${String(k + 1).padStart(3, '0')}`,
    name: syntheticName(rng),
    team: area.team,
    start_lat: home.lat.toFixed(6),
    start_lng: home.lng.toFixed(6),
    end_lat: end.lat.toFixed(6),
    end_lng: end.lng.toFixed(6),
    shift_start: isEvening ? '11:00' : '08:30',
    shift_end: isEvening ? '21:00' : '18:00',
    break_start: isEvening ? '16:30-18:00' : '11:30-13:30',
    break_min: isEvening ? '30' : '60',
    max_visits: String(rng.int(10, 16)),
    travel_mode: rng.weighted(MODES, (m) => m.weight).mode,
    agency: rng.pick(AGENCIES),
    max_work_min: String(shiftMin - 30 * rng.int(0, 2)),
  };
}

function officerSkills(rng: Rng, date: LocalDate): HeldSkill[] {
  const roll = rng.next();
  const names = roll < 0.45 ? ['collection', 'verification'] : roll < 0.75 ? ['collection'] : ['verification'];
  if (rng.chance(0.2)) names.push('senior');
  if (rng.chance(0.1)) names.push('vehicle-loan');
  // A fifth of certificates carry a renewal date, always after the demo date.
  return names.map((skill) => ({ skill, validUntil: rng.chance(0.2) ? addDays(date, rng.int(30, 400)) : null }));
}

function formatSkill(held: HeldSkill): string {
  return held.validUntil === null ? held.skill : `${held.skill}@${held.validUntil}`;
}
