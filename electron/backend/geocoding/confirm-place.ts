import { AppError, badInput } from '../../../shared/api/errors';
import type { Visit, VisitId } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';

/**
 * A person confirms the place geocoding found or guessed for a visit, as it is: from then on it is
 * planned like any other. Audited with who confirmed it (moving the pin goes through `visits.update`).
 */
export function confirmPlace(repos: Repos, visitId: VisitId): Visit {
  return repos.transaction(() => {
    const visit = repos.visits.get(visitId);
    if (!visit) throw new AppError('not_found', message('geocoding.unknownVisit', { visitId }));
    const source = visit.locating?.source;
    if (!visit.location || (source !== 'guessed' && source !== 'geocoded')) throw badInput(message('geocoding.notGuessed', { visitId }));
    const confirmed: Visit = { ...visit, locating: { source: 'confirmed', confidence: visit.locating!.confidence, problem: null } };
    repos.visits.upsertMany([confirmed]);
    repos.audit.append({
      action: 'visit.confirmPlace',
      entity: 'visit',
      entityId: visitId,
      detail: { location: visit.location, was: source, confidence: visit.locating!.confidence },
    });
    return confirmed;
  });
}
