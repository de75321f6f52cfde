import type { Visit } from '../../../shared/domain';
import { actualTimesOf, type ActualTimes } from '../../../shared/logic/actual-times';
import type { Repos } from '../db/repos';

/** The times officers reported for these visits (those whose outcome gives an arrival or leaving time). */
export function reportedTimes(repos: Pick<Repos, 'outcomes'>, visits: ReadonlyMap<string, Visit>): Map<string, ActualTimes> {
  const times = new Map<string, ActualTimes>();
  for (const outcome of repos.outcomes.ofVisits([...visits.keys()])) {
    const actual = actualTimesOf(outcome, visits.get(outcome.visitId)?.serviceSec ?? 0);
    if (actual) times.set(outcome.visitId, actual);
  }
  return times;
}
