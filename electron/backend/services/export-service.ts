import type { Language, LocalDate, Visit } from '../../../shared/domain';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';
import { planToJson } from '../export/plan-json';
import { itineraryCsv } from '../export/itinerary-csv';
import { itineraryFileName, planJsonFileName } from '../export/file-names';

export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

/**
 * The day's current plan as files: one itinerary CSV per officer with visits (for the officers),
 * or the plan as JSON (for other systems; no borrower names or phones).
 */
export function exportDay(repos: Repos, date: LocalDate, format: 'csv' | 'json', language: Language = 'en'): ExportFile[] {
  const plan = repos.plans.current(date);
  if (!plan) {
    throw badInput(message('workspace.noPlanYet', { date }));
  }
  const officers = repos.officers.list();
  if (format === 'json') {
    const json = planToJson(plan, officers);
    return [{ name: planJsonFileName(date), mediaType: 'application/json', content: JSON.stringify(json, null, 2) + '\n' }];
  }
  // Only routed visits appear in itineraries; unassigned ones are not read.
  const visits = repos.visits.getMany(plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)));
  const visitsById = new Map<string, Visit>(visits.map((v) => [v.id, v]));
  const officersById = new Map(officers.map((o) => [o.id, o]));
  const secret = repos.settings.verificationSecret();
  return plan.routes
    .filter((route) => route.stops.length > 0)
    .map((route) => {
      const officer = officersById.get(route.officerId);
      if (!officer) {
        throw badInput(message('exportFile.officerGone', { officerId: route.officerId, date }));
      }
      return {
        name: itineraryFileName(date, officer.id),
        mediaType: 'text/csv',
        content: itineraryCsv(route, visitsById, officer, date, { planId: plan.id, secret, language, withBom: true }),
      };
    });
}
