import type { Officer, Route } from '../../../shared/domain';

/** One officer's share of the day. */
export interface WorkloadRow {
  officerId: string;
  name: string;
  team: string;
  color: string;
  visits: number;
  workingSec: number;
  travelSec: number;
  distanceM: number;
  /** The working time the officer has: the shift, capped by their maximum working time. */
  availableSec: number;
  /** workingSec / availableSec: 0 idle, 1 fully used, above 1 overloaded. */
  utilisation: number;
}

/** How evenly the day is spread, for the chart's headline. */
export interface WorkloadSummary {
  officers: number;
  used: number;
  meanUtilisation: number;
  minUtilisation: number;
  maxUtilisation: number;
  /** Standard deviation of utilisation, a plain measure of imbalance. */
  spread: number;
}

// Rows are kept per route object: after an edit only the two changed routes get new rows.
const rowCache = new WeakMap<object, WorkloadRow>();

/** Active officers and any officer with a route, in roster order. */
export function workloadRows(
  officers: readonly Officer[],
  routeOf: ReadonlyMap<string, Route>,
  colorOf: (rosterIndex: number) => string,
): WorkloadRow[] {
  const rows: WorkloadRow[] = [];
  officers.forEach((officer, rosterIndex) => {
    const route = routeOf.get(officer.id);
    if (!officer.isActive && !route) return;
    const key: object = route ?? officer;
    const color = colorOf(rosterIndex);
    const cached = rowCache.get(key);
    if (cached && cached.officerId === officer.id && cached.name === officer.name && cached.color === color) {
      rows.push(cached);
      return;
    }
    const shiftSec = officer.shiftEndSec - officer.shiftStartSec;
    const availableSec = officer.maxWorkingSec > 0 ? Math.min(shiftSec, officer.maxWorkingSec) : shiftSec;
    const workingSec = route?.workingSec ?? 0;
    const row: WorkloadRow = {
      officerId: officer.id,
      name: officer.name,
      team: officer.team,
      color,
      visits: route?.stops.length ?? 0,
      workingSec,
      travelSec: route?.travelSec ?? 0,
      distanceM: route?.distanceM ?? 0,
      availableSec,
      utilisation: availableSec > 0 ? workingSec / availableSec : 0,
    };
    rowCache.set(key, row);
    rows.push(row);
  });
  return rows;
}

export function summarise(rows: readonly WorkloadRow[]): WorkloadSummary {
  if (rows.length === 0) return { officers: 0, used: 0, meanUtilisation: 0, minUtilisation: 0, maxUtilisation: 0, spread: 0 };
  const values = rows.map((r) => r.utilisation);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return {
    officers: rows.length,
    used: rows.filter((r) => r.visits > 0).length,
    meanUtilisation: mean,
    minUtilisation: Math.min(...values),
    maxUtilisation: Math.max(...values),
    spread: Math.sqrt(variance),
  };
}
