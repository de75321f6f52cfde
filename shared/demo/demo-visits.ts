import type { LocalDate } from '../domain';
import type { DemoVisitRow } from './columns';
import type { Rng } from './rng';
import { pickArea, scatter } from './shanghai-areas';
import { syntheticAddress, syntheticName, syntheticPhone } from './synthetic-people';
import { demoWindows } from './visit-windows';

/** Collection visits at or above this overdue amount (yuan) need a senior officer. */
export const SENIOR_AMOUNT_YUAN = 30_000;

const NOTES = [
  '客户要求上门前先电话联系',
  '小区有门禁，请提前联系',
  '注意家中有犬',
  '老式小区，无电梯',
  '请出示工作证',
  '客户白天上班，尽量按约定时段上门',
  '家属可代为接待',
  '地址为新房，楼号以小区门口为准',
];

type Kind = 'collection' | 'verification' | 'follow-up';

/** The identifiers of one demo visit, fixed by the caller so they stay unique across the day. */
export interface VisitIds {
  visitId: string;
  customerId: string;
  approvalRef: string;
}

/**
 * One ordinary demo visit: kinds about 45% collection, 40% verification, 15% follow-up; skills,
 * priority, service time and overdue figures follow the kind.
 */
export function regularVisit(rng: Rng, date: LocalDate, ids: VisitIds): DemoVisitRow {
  const roll = rng.next();
  const kind: Kind = roll < 0.45 ? 'collection' : roll < 0.85 ? 'verification' : 'follow-up';
  // A follow-up revisits an earlier collection (60%) or verification, and needs the same skill.
  const line: 'collection' | 'verification' = kind === 'follow-up' ? (rng.chance(0.6) ? 'collection' : 'verification') : kind;
  const area = pickArea(rng);
  const point = scatter(rng, area.centre, area.spreadKm);
  const debt = line === 'collection' ? collectionDebt(rng) : null;
  const skills: string[] = [line];
  if (debt?.isVehicleLoan) skills.push('vehicle-loan');
  if (debt && debt.amountYuan >= SENIOR_AMOUNT_YUAN) skills.push('senior');
  const notes = [
    kind === 'follow-up' ? `回访：上次${line === 'collection' ? '催收' : '核实'}未见到本人` : '',
    rng.chance(0.2) ? rng.pick(NOTES) : '',
  ]
    .filter((n) => n !== '')
    .join('；');
  return {
    visit_id: ids.visitId,
    date,
    kind,
    customer_id: ids.customerId,
    customer_name: syntheticName(rng),
    phone: syntheticPhone(rng),
    address: syntheticAddress(rng, `上海市${area.district}`),
    lat: point.lat.toFixed(6),
    lng: point.lng.toFixed(6),
    windows: demoWindows(rng),
    service_min: String(serviceMinutes(rng, kind)),
    priority: String(priority(rng, kind, debt?.overdueDays ?? null)),
    skills: skills.join(';'),
    approval_ref: ids.approvalRef,
    notes,
    coord_system: 'wgs84',
    risk_score: riskScore(rng, line, debt?.overdueDays ?? null).toFixed(1),
    overdue_days: debt ? String(debt.overdueDays) : '',
    overdue_amount: debt ? debt.amountYuan.toFixed(2) : '',
  };
}

function collectionDebt(rng: Rng): { overdueDays: number; amountYuan: number; isVehicleLoan: boolean } {
  // Most accounts are a few weeks late; a long tail is months late.
  const overdueDays = Math.min(720, 1 + Math.floor(-Math.log(1 - rng.next()) * 55));
  const isVehicleLoan = rng.chance(0.08);
  const base = Math.exp(Math.log(8000) + rng.normal());
  const amountYuan = Math.round(Math.min(800_000, Math.max(300, isVehicleLoan ? base * 4 : base)) * 100) / 100;
  return { overdueDays, amountYuan, isVehicleLoan };
}

function serviceMinutes(rng: Rng, kind: Kind): number {
  if (kind === 'verification') return 5 * rng.int(6, 12);
  if (kind === 'collection') return 5 * rng.int(4, 9);
  return 5 * rng.int(4, 6);
}

function priority(rng: Rng, kind: Kind, overdueDays: number | null): number {
  if (kind === 'verification') return rng.int(2, 4);
  if (kind === 'follow-up') return rng.int(1, 3);
  const days = overdueDays ?? 0;
  const base = days >= 90 ? 5 : days >= 60 ? 4 : days >= 30 ? 3 : 2;
  return Math.max(1, rng.chance(0.2) ? base - 1 : base);
}

function riskScore(rng: Rng, line: 'collection' | 'verification', overdueDays: number | null): number {
  if (line === 'verification') return 10 + rng.next() * 60;
  return Math.min(100, 35 + Math.min(45, (overdueDays ?? 0) / 4) + rng.next() * 20);
}
