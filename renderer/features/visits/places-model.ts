import type { VisitSummary } from '../../../shared/api/contract';
import { confidencePercent, needsConfirming } from '../../../shared/logic/visit-location';
import type { MessageKey } from '../../i18n/language';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The day's visits a person must act on before they can be planned: guesses to confirm, and addresses not placed yet. */
export function placesToConfirm(visits: readonly VisitSummary[]): { guessed: VisitSummary[]; pending: VisitSummary[] } {
  const live = visits.filter((v) => v.status === 'approved');
  return { guessed: live.filter(needsConfirming), pending: live.filter((v) => v.location === null) };
}

/** How the place came about, as the board says it (empty for a place the file or a person gave). */
export function placeSourceText(visit: Pick<VisitSummary, 'location' | 'locating'>, t: Translate): string {
  const locating = visit.locating;
  if (!locating) return '';
  return t(`geocoding.source.${locating.source}`, { percent: confidencePercent(locating.confidence) });
}

/** The detail panel's place line: coordinates and system, and how they were found; "to geocode" without any. */
export function placeText(visit: Pick<VisitSummary, 'location' | 'locating'>, t: Translate): string {
  const source = placeSourceText(visit, t);
  if (!visit.location) return source || t('geocoding.source.pending');
  const point = `${visit.location.lat}, ${visit.location.lng} (${visit.location.system})`;
  return source ? `${point} · ${source}` : point;
}
