import type { GeoPoint, Message, Visit, VisitLocating } from '../domain';
import { message } from '../i18n';

/** Confidence as the screens say it: a whole percentage. */
export const confidencePercent = (confidence: number | null): number => Math.round((confidence ?? 0) * 100);

/**
 * Why a visit's place is not good enough to plan on (issue 20), naming the visit: its address is
 * not geocoded yet (or geocoding found nothing: that sentence follows), or it was only guessed
 * below the workspace's threshold and waits for a person to confirm it. Null when it may be planned.
 */
export function placeProblem(visit: Pick<Visit, 'id' | 'location' | 'locating'>): Message | null {
  const source = visit.locating?.source;
  if (visit.location === null || source === 'pending') {
    const why = visit.locating?.problem ?? message('geocoding.notYet');
    return message('geocoding.keptOut.pending', { visitId: visit.id, why });
  }
  if (source === 'guessed') {
    return message('geocoding.keptOut.guessed', { visitId: visit.id, percent: confidencePercent(visit.locating!.confidence) });
  }
  return null;
}

/**
 * What the board and every itinerary say of a place found from the address: planned on a geocoded
 * point that no person checked. Null for places the file or a person gave (or confirmed).
 */
export function placeNote(visit: Pick<Visit, 'locating'>): Message | null {
  return visit.locating?.source === 'geocoded'
    ? message('geocoding.note.geocoded', { percent: confidencePercent(visit.locating.confidence) })
    : null;
}

/** A geocoder's match as the visit keeps it: below `threshold` it is only a guess. */
export function matchedLocating(confidence: number, threshold: number): VisitLocating {
  return { source: confidence >= threshold ? 'geocoded' : 'guessed', confidence, problem: null };
}

/** Whether a person should look at the visit's place: guessed below the threshold. */
export function needsConfirming(visit: Pick<Visit, 'locating'>): boolean {
  return visit.locating?.source === 'guessed';
}

const samePoint = (a: GeoPoint | null, b: GeoPoint | null) =>
  a === b || (a !== null && b !== null && a.lat === b.lat && a.lng === b.lng && a.system === b.system);

/**
 * A visit after an edit of its record: a place found from the address that a person moves (a pin
 * dragged, coordinates typed) is confirmed; an unchanged place keeps how it was found; clearing the
 * coordinates makes the visit wait to be geocoded again.
 */
export function locatingAfterEdit(before: Pick<Visit, 'location' | 'locating'>, after: Visit): Visit {
  if (after.location === null) return after;
  const { locating: _ignored, ...rest } = after;
  if (samePoint(before.location, after.location)) return before.locating ? { ...rest, locating: before.locating } : rest;
  return before.locating ? { ...rest, locating: { source: 'confirmed', confidence: before.locating.confidence, problem: null } } : rest;
}

/**
 * A visit imported again without coordinates keeps the place its address already led to (found,
 * guessed or confirmed), as long as the address is the same: the file says nothing new about it.
 */
export function keepFoundPlace(stored: Visit | undefined, incoming: Visit): Visit {
  if (!stored?.location || !stored.locating || incoming.locating?.source !== 'pending' || stored.address !== incoming.address) {
    return incoming;
  }
  return { ...incoming, location: stored.location, locating: stored.locating };
}
