import type { LatLng, VisitKind } from '../../../shared/domain';
import { translate } from '../../../shared/i18n';
import type { Itinerary, ItineraryPlace, ItineraryStop } from '../../../shared/logic/itinerary';

/** RFC 7946 position: longitude first, then latitude, WGS-84 degrees. */
export type Position = [lng: number, lat: number];

export interface RouteLineProperties {
  role: 'route';
  officerId: string;
  officerName: string;
  date: string;
  distanceM: number;
  travelMin: number;
}

export interface RouteStopProperties {
  role: 'stop';
  seq: number;
  visitId: string;
  kind: VisitKind;
  kindLabel: string;
  arrival: string;
  start: string;
  end: string;
  window: string;
  customerName: string;
  address: string;
  verificationCode: string;
}

export interface RoutePlaceProperties {
  role: 'start' | 'end';
  name: string;
  address: string | null;
  /** Leaving the start place, or arriving at the end place (HH:MM). */
  time: string;
}

type Feature<G, P> = { type: 'Feature'; geometry: G; properties: P };
export type RouteFeature =
  | Feature<{ type: 'LineString'; coordinates: Position[] }, RouteLineProperties>
  | Feature<{ type: 'Point'; coordinates: Position }, RouteStopProperties | RoutePlaceProperties>;

export interface RouteFeatureCollection {
  type: 'FeatureCollection';
  features: RouteFeature[];
}

/** Six decimals (about 0.1 m), as RFC 7946 suggests: more digits only pretend to precision. */
function position(at: LatLng): Position {
  return [Number(at.lng.toFixed(6)), Number(at.lat.toFixed(6))];
}

function stopFeature(stop: ItineraryStop): RouteFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position(stop.location) },
    properties: {
      role: 'stop',
      seq: stop.seq,
      visitId: stop.visitId,
      kind: stop.kind,
      kindLabel: stop.kindLabel,
      arrival: stop.arrival,
      start: stop.start,
      end: stop.end,
      window: stop.windows,
      customerName: stop.customerName,
      address: stop.address,
      verificationCode: stop.verificationCode,
    },
  };
}

function placeFeature(itinerary: Itinerary, role: 'start' | 'end', place: ItineraryPlace, time: string): RouteFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position(place.location) },
    properties: { role, name: translate(itinerary.language, `itinerary.${role}`), address: place.address, time },
  };
}

/**
 * One officer's day as a GeoJSON FeatureCollection (RFC 7946, WGS-84, [lng, lat]): the route as a
 * LineString start → visits → end (no end for an open end), a Point per visit with its timing and
 * the details the reader's profile gives, and Points for the start and end places.
 */
export function routeGeoJson(itinerary: Itinerary): RouteFeatureCollection {
  const { start, end } = itinerary;
  const places = [start.location, ...itinerary.stops.map((stop) => stop.location), ...(end ? [end.location] : [])];
  const line: RouteFeature = {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: places.map(position) },
    properties: {
      role: 'route',
      officerId: itinerary.officer.id,
      officerName: itinerary.officer.name,
      date: itinerary.date,
      distanceM: itinerary.summary.distanceM,
      travelMin: itinerary.summary.travelMin,
    },
  };
  return {
    type: 'FeatureCollection',
    features: [
      // A LineString needs two positions: a day without visits and with an open end has no route.
      ...(places.length >= 2 ? [line] : []),
      placeFeature(itinerary, 'start', start, itinerary.summary.depart),
      ...itinerary.stops.map(stopFeature),
      ...(end ? [placeFeature(itinerary, 'end', end, itinerary.returnLeg.arrival)] : []),
    ],
  };
}
