import type { Language, LocalDate, Plan, Visit } from '../../../shared/domain';
import { AppError, badInput } from '../../../shared/api/errors';
import { message, paragraph } from '../../../shared/i18n';
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
export function exportDay(
  repos: Repos,
  date: LocalDate,
  format: 'csv' | 'json',
  language: Language = 'en',
  anyway?: ExportAnyway,
): ExportFile[] {
  const plan = repos.plans.current(date);
  if (!plan) {
    throw badInput(message('workspace.noPlanYet', { date }));
  }
  refuseOpenProblems(repos, plan, format, anyway);
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

/** A supervisor's decision to export a plan that still breaks rules, with who decided and why. */
export interface ExportAnyway {
  supervisor: string;
  reason: string;
}

/** Problems a refusal lists by name; the rest are counted. */
const LISTED_PROBLEMS = 3;

/**
 * Itineraries must never be made from a plan that breaks rules or no longer matches the day,
 * unless a supervisor says so; that decision is recorded.
 */
function refuseOpenProblems(repos: Repos, plan: Plan, format: 'csv' | 'json', anyway: ExportAnyway | undefined): void {
  const problems = plan.violations;
  if (problems.length === 0) return;
  if (!anyway) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => p.message);
    const more = problems.length - listed.length;
    throw new AppError(
      'conflict',
      message('exportRefused.openProblems', {
        date: plan.date,
        count: problems.length,
        problems: paragraph(more > 0 ? [...listed, message('exportRefused.andMore', { count: more })] : listed),
      }),
      { problems },
    );
  }
  repos.audit.append({
    action: 'export.anyway',
    entity: 'plan',
    entityId: plan.id,
    detail: {
      date: plan.date,
      format,
      supervisor: anyway.supervisor,
      reason: anyway.reason,
      problems: problems.map((p) => ({ officerId: p.officerId, visitId: p.visitId, rule: p.rule })),
    },
  });
}
