import type { LatLng, Officer, PlannedStop, Route, UnassignedVisit, Visit } from '../../../shared/domain';
import { toWgs84 } from '../../../shared/logic/coords';

/** Straight-line metres between two WGS-84 points (haversine). */
function distanceM(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
}

const SPEED_M_PER_SEC = 6; // about 22 km/h, a scooter in city traffic

/**
 * A deliberately simple stand-in for the real planner: nearest officer with room and the skill,
 * stops in window order. Enough to give the UI realistic routes and unassigned reasons.
 */
export function fakePlan(visits: readonly Visit[], officers: readonly Officer[]): { routes: Route[]; unassigned: UnassignedVisit[] } {
  const byOfficer = new Map<Officer, Visit[]>(officers.map((o) => [o, []]));
  const unassigned: UnassignedVisit[] = [];
  for (const visit of [...visits].sort((a, b) => a.windows[0].startSec - b.windows[0].startSec)) {
    const skilled = officers.filter((o) => visit.requiredSkills.every((s) => o.skills.some((k) => k.skill === s)));
    if (skilled.length === 0) {
      unassigned.push({
        visitId: visit.id,
        reasons: ['no_skilled_officer'],
        message: {
          en: 'No officer on shift has the skills this visit needs.',
          zh: '当班人员中没有人具备此次走访所需的技能。',
        },
      });
      continue;
    }
    const here = toWgs84(visit.location);
    const open = skilled.filter((o) => byOfficer.get(o)!.length < o.maxVisits);
    if (open.length === 0) {
      unassigned.push({
        visitId: visit.id,
        reasons: ['max_visits_reached'],
        message: {
          en: 'Every suitable officer already has the most visits allowed in a day.',
          zh: '所有合适的人员当天的走访数都已达上限。',
        },
      });
      continue;
    }
    open.sort((a, b) => distanceM(toWgs84(a.start), here) - distanceM(toWgs84(b.start), here));
    byOfficer.get(open[0])!.push(visit);
  }
  const routes = [...byOfficer].filter(([, list]) => list.length > 0).map(([officer, list]) => timeFakeRoute(officer, list));
  return { routes, unassigned };
}

/** Times an officer's visits in the given order: straight-line travel, first window, no break. */
export function timeFakeRoute(officer: Officer, visits: readonly Visit[]): Route {
  let clockSec = officer.shiftStartSec;
  let place = toWgs84(officer.start);
  let travelSec = 0;
  let totalM = 0;
  const stops: PlannedStop[] = visits.map((visit) => {
    const next = toWgs84(visit.location);
    const legM = distanceM(place, next);
    const legSec = Math.round(legM / SPEED_M_PER_SEC);
    const arrivalSec = clockSec + legSec;
    const startSec = Math.max(arrivalSec, visit.windows[0].startSec);
    const endSec = startSec + visit.serviceSec;
    travelSec += legSec;
    totalM += legM;
    clockSec = endSec;
    place = next;
    return { visitId: visit.id, arrivalSec, startSec, endSec, travelSec: legSec, distanceM: legM, waitSec: startSec - arrivalSec };
  });
  return {
    officerId: officer.id,
    departSec: officer.shiftStartSec,
    stops,
    breakTaken: null,
    returnTravelSec: 0,
    returnDistanceM: 0,
    finishSec: Math.min(clockSec, 86_400),
    travelSec,
    distanceM: totalM,
    workingSec: clockSec - officer.shiftStartSec,
  };
}
