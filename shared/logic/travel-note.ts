import type { Language, TravelSource } from '../domain';
import { translate } from '../i18n';

/**
 * The one sentence a plan made on straight-line estimates carries because its road server could not
 * be reached (issue 20), in `language`: on the board and on every itinerary. Null for a plan whose
 * travel times came from the router chosen (road or straight-line).
 */
export function travelNote(source: TravelSource | null | undefined, language: Language): string | null {
  return source?.fellBack && source.reason ? translate(language, 'travel.fellBack', { reason: source.reason }) : null;
}
