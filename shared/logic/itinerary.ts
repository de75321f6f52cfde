import {
  formatClock,
  formatWindow,
  type ItinerarySettings,
  type Language,
  type LatLng,
  type LocalDate,
  type Officer,
  type PrivacyProfile,
  type Route,
  type Visit,
  type VisitKind,
  type GeoPoint,
  type Plan,
  type TravelSource,
} from '../domain';
import { translate } from '../i18n';
import { toWgs84 } from './coords';
import { maskCustomerId, maskPhone } from './mask';
import { navigationLinks, type NavigationLinks } from './navigation-links';
import { travelNote } from './travel-note';
import { placeNote } from './visit-location';

/** One visit of an officer's day as every itinerary file shows it, already cut to the reader's profile. */
export interface ItineraryStop {
  seq: number;
  visitId: string;
  kind: VisitKind;
  /** The visit type and purpose in the itinerary's language. */
  kindLabel: string;
  purpose: string;
  /** The agreed windows, `09:00-11:00; 14:00-16:00`. */
  windows: string;
  arrival: string;
  start: string;
  end: string;
  arrivalSec: number;
  startSec: number;
  endSec: number;
  /** The leg from the previous place. */
  travelMin: number;
  distanceM: number;
  customerName: string;
  /** Masked on officer copies. */
  customerId: string;
  /** Masked on officer copies unless officers call customers directly. */
  phone: string;
  address: string;
  /** WGS-84, for route files and the sheet's map. */
  location: LatLng;
  /** As the lender supplied it, so spreadsheet coordinates match the lender's own map system. */
  suppliedLocation: GeoPoint;
  approvalRef: string;
  /** Null where the profile does not show amounts (or the visit has none). */
  overdue: { amount: number; days: number | null } | null;
  notes: string;
  verificationCode: string;
  links: NavigationLinks;
}

export interface ItineraryPlace {
  location: LatLng;
  address: string | null;
}

/** One officer's day as a file carries it. */
export interface Itinerary {
  date: LocalDate;
  language: Language;
  profile: PrivacyProfile;
  /** ISO 8601 UTC moment of the export. */
  exportedAt: string;
  officer: { id: string; name: string; team: string; shift: string };
  start: ItineraryPlace;
  /** Null for an open end (the day ends at the last visit). */
  end: ItineraryPlace | null;
  summary: { visits: number; distanceM: number; travelMin: number; workingMin: number; depart: string; finish: string };
  departSec: number;
  finishSec: number;
  breakTaken: { start: string; end: string; afterStop: number } | null;
  returnLeg: { travelMin: number; distanceM: number; arrival: string };
  stops: ItineraryStop[];
  /** Printed across every page: whose copy this is and when it was made. */
  watermark: string;
  /**
   * Said by every format when the plan's travel times are straight-line estimates because its road
   * server could not be reached (issue 20): why, in the itinerary's language; null otherwise.
   */
  travelNote: string | null;
}

export interface ItineraryInput {
  route: Route;
  /** The route's visits (others are never read). */
  visits: ReadonlyMap<string, Visit>;
  officer: Officer;
  date: LocalDate;
  profile: PrivacyProfile;
  settings: ItinerarySettings;
  language: Language;
  exportedAt: string;
  codeFor(visitId: string): string;
  /** Where the plan's travel times came from (null or absent: plans made before routers). */
  travelSource?: TravelSource | null;
}

/** Seconds as minutes rounded to one decimal. */
export function minutes1(sec: number): number {
  return Math.round(sec / 6) / 10;
}

/** `2026-12-04T08:15:00.000Z` as `2026-12-04 08:15 UTC`, short enough for a watermark. */
function shortMoment(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A routed visit's place; planning keeps visits without one out of every route. */
function placeOf(visit: Visit): GeoPoint {
  if (!visit.location) throw new Error(`visit ${visit.id} is routed but has no place`);
  return visit.location;
}

function place(point: GeoPoint, address: string | undefined): ItineraryPlace {
  return { location: toWgs84(point), address: address ?? null };
}

/**
 * One officer's itinerary for one reader. The privacy rule lives here and only here: an officer
 * copy masks the customer ID, masks the phone unless officers call customers directly, and shows
 * amounts overdue only on collection visits and only when the workspace allows it; a supervisor
 * copy is full. Only the route's own visits are read.
 */
export function buildItinerary(input: ItineraryInput): Itinerary {
  const { route, officer, date, profile, settings, language } = input;
  const say = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(language, key, values);
  const full = profile === 'supervisor';
  const stops = route.stops.map((stop, i): ItineraryStop => {
    const visit = input.visits.get(stop.visitId);
    if (!visit) throw new Error(`visit ${stop.visitId} of ${officer.id}'s route was not given`);
    const showAmount = full || (visit.kind === 'collection' && settings.officersSeeOverdueAmounts);
    return {
      seq: i + 1,
      visitId: visit.id,
      kind: visit.kind,
      kindLabel: say(`kind.${visit.kind}`),
      purpose: say(`itinerary.purpose.${visit.kind}`),
      windows: visit.windows.map(formatWindow).join('; '),
      arrival: formatClock(stop.arrivalSec),
      start: formatClock(stop.startSec),
      end: formatClock(stop.endSec),
      arrivalSec: stop.arrivalSec,
      startSec: stop.startSec,
      endSec: stop.endSec,
      travelMin: minutes1(stop.travelSec),
      distanceM: stop.distanceM,
      customerName: visit.customerName,
      customerId: full ? visit.customerId : maskCustomerId(visit.customerId),
      phone: full || settings.officersCallCustomers ? visit.phone : maskPhone(visit.phone),
      address: visit.address,
      location: toWgs84(placeOf(visit)),
      suppliedLocation: placeOf(visit),
      approvalRef: visit.approvalRef,
      overdue: showAmount && visit.overdueAmount !== null ? { amount: visit.overdueAmount, days: visit.overdueDays } : null,
      // A place found from the address and not checked by a person is said first, on every format.
      notes: [placeNote(visit)?.[language] ?? '', visit.notes].filter((n) => n !== '').join(' '),
      verificationCode: input.codeFor(visit.id),
      // The marker is labelled with the visit ID: links travel in QR codes and messages.
      links: navigationLinks(placeOf(visit), visit.id),
    };
  });
  const breakTaken = route.breakTaken;
  return {
    date,
    language,
    profile,
    exportedAt: input.exportedAt,
    officer: {
      id: officer.id,
      name: officer.name,
      team: officer.team,
      shift: formatWindow({ startSec: officer.shiftStartSec, endSec: officer.shiftEndSec }),
    },
    start: place(officer.start, officer.startAddress),
    end: officer.end ? place(officer.end, officer.endAddress) : null,
    summary: {
      visits: stops.length,
      distanceM: route.distanceM,
      travelMin: minutes1(route.travelSec),
      workingMin: minutes1(route.workingSec),
      depart: formatClock(route.departSec),
      finish: formatClock(route.finishSec),
    },
    departSec: route.departSec,
    finishSec: route.finishSec,
    breakTaken: breakTaken
      ? { start: formatClock(breakTaken.startSec), end: formatClock(breakTaken.endSec), afterStop: breakTaken.afterStop }
      : null,
    returnLeg: { travelMin: minutes1(route.returnTravelSec), distanceM: route.returnDistanceM, arrival: formatClock(route.finishSec) },
    stops,
    watermark: say('itinerary.watermark', {
      officerName: officer.name,
      officerId: officer.id,
      date,
      exportedAt: shortMoment(input.exportedAt),
    }),
    travelNote: travelNote(input.travelSource, language),
  };
}

/** What a calendar or a route file calls the officer's day: `李强 · 2026-11-23`. */
export function itineraryDayName(itinerary: Pick<Itinerary, 'language' | 'officer' | 'date'>): string {
  return translate(itinerary.language, 'itineraryFile.dayName', { officerName: itinerary.officer.name, date: itinerary.date });
}

/** The dispatcher's view of the whole day: every officer's workload and the visits left out, with nothing personal. */
export interface DaySummary {
  date: LocalDate;
  language: Language;
  exportedAt: string;
  officers: {
    id: string;
    name: string;
    team: string;
    visits: number;
    distanceM: number;
    travelMin: number;
    workingMin: number;
    depart: string;
    finish: string;
  }[];
  unassigned: { visitId: string; reasons: string[]; message: string }[];
}

/** A rendered itinerary file: name inside its folder, media type and bytes. */
export interface ItineraryFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The day's summary for the dispatcher: officers with visits, in the plan's order, and the unassigned visits by ID with their reasons. */
export function buildDaySummary(
  plan: Pick<Plan, 'date' | 'routes' | 'unassigned'>,
  officers: readonly Officer[],
  language: Language,
  exportedAt: string,
): DaySummary {
  const byId = new Map(officers.map((o) => [o.id as string, o]));
  return {
    date: plan.date,
    language,
    exportedAt,
    officers: plan.routes
      .filter((route) => route.stops.length > 0)
      .map((route) => {
        const officer = byId.get(route.officerId);
        return {
          id: route.officerId,
          name: officer?.name ?? route.officerId,
          team: officer?.team ?? '',
          visits: route.stops.length,
          distanceM: route.distanceM,
          travelMin: minutes1(route.travelSec),
          workingMin: minutes1(route.workingSec),
          depart: formatClock(route.departSec),
          finish: formatClock(route.finishSec),
        };
      }),
    unassigned: plan.unassigned.map((entry) => ({ visitId: entry.visitId, reasons: [...entry.reasons], message: entry.message[language] })),
  };
}
