import {
  DISPATCHING_FORMATS,
  type ExportFormat,
  type Language,
  type LocalDate,
  type Officer,
  type OfficerId,
  type Plan,
  type PrivacyProfile,
  type Visit,
} from '../../../shared/domain';
import type { VisitStatusChange } from '../../../shared/api/contract';
import { AppError, badInput } from '../../../shared/api/errors';
import { message, paragraph } from '../../../shared/i18n';
import { buildDaySummary, buildItinerary, type Itinerary } from '../../../shared/logic/itinerary';
import type { Repos } from '../db/repos';
import { planToJson } from '../export/plan-json';
import { planJsonFileName } from '../export/file-names';
import { renderItineraries, type RenderedFile } from '../export/render-itineraries';
import { verificationCode } from '../export/verification-code';
import { movedTo } from './plan-context';
import { officersAsOn } from './day-roster';

/** A file for the user to save: text as it is, binary files in base64 (the API carries JSON). */
export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
  encoding: 'utf8' | 'base64';
}

export interface ExportRequest {
  date: LocalDate;
  format: ExportFormat;
  /** One officer's files only; all officers with visits when absent. */
  officerId?: OfficerId;
  profile: PrivacyProfile;
  language: Language;
  anyway?: ExportAnyway;
}

/** A supervisor's decision to export a plan that still breaks rules, with who decided and why. */
export interface ExportAnyway {
  supervisor: string;
  reason: string;
}

export interface ExportResult {
  files: ExportFile[];
  /** Visits that went to the field with this export (planned → dispatched). */
  visitStatuses: VisitStatusChange[];
}

/**
 * The day's current plan as files: itineraries for the officers (route sheets, workbook, CSV,
 * calendars, routes, or all in one bundle), cut to the reader's profile, or the plan as JSON for
 * other systems (no borrower names or phones). Officer copies of itinerary formats dispatch the
 * exported visits: they are marked dispatched and stay with their officer when the day is
 * re-planned. Every export is recorded in the audit log.
 */
export async function exportDay(repos: Repos, request: ExportRequest, clock: () => Date): Promise<ExportResult> {
  const { date, format } = request;
  const plan = repos.plans.current(date);
  if (!plan) throw badInput(message('workspace.noPlanYet', { date }));
  refuseOpenProblems(repos, plan, format, request.anyway);
  // As they work that day: the itinerary starts from the day's start place, within the day's shift.
  const officers = officersAsOn(repos, date);
  const routes = exportedRoutes(plan, officers, request.officerId);
  const exportedAt = clock().toISOString();
  let files: ExportFile[];
  if (format === 'json') {
    const json = planToJson({ ...plan, routes }, officers);
    files = [
      { name: planJsonFileName(date), mediaType: 'application/json', content: JSON.stringify(json, null, 2) + '\n', encoding: 'utf8' },
    ];
  } else {
    const itineraries = buildItineraries(repos, plan, routes, officers, request, exportedAt);
    const summary = buildDaySummary(plan, officers, request.language, exportedAt);
    const scope = request.officerId === undefined ? 'day' : 'officer';
    files = (await renderItineraries(format, date, itineraries, summary, scope)).map(asExportFile);
  }
  const visitIds = routes.flatMap((r) => r.stops.map((s) => s.visitId));
  const dispatches = request.profile === 'officer' && DISPATCHING_FORMATS.has(format);
  return repos.transaction(() => {
    const dispatched = dispatches ? repos.visits.changeStatus(visitIds, 'planned', 'dispatched') : [];
    repos.audit.append({
      action: 'export.day',
      entity: 'plan',
      entityId: plan.id,
      detail: {
        date,
        format,
        profile: request.profile,
        language: request.language,
        officers: routes.map((r) => r.officerId),
        files: files.map((f) => f.name),
        dispatched: dispatched.length,
      },
    });
    return { files, visitStatuses: movedTo('dispatched', dispatched) };
  });
}

/** The routes an export covers: every officer's with visits, or the one asked for (refused when it has none). */
function exportedRoutes(plan: Plan, officers: readonly Officer[], officerId: OfficerId | undefined): Plan['routes'] {
  const withVisits = plan.routes.filter((route) => route.stops.length > 0);
  if (officerId === undefined) return withVisits;
  if (!officers.some((o) => o.id === officerId)) throw badInput(message('exportFile.unknownOfficer', { officerId }));
  const route = withVisits.find((r) => r.officerId === officerId);
  if (!route) throw badInput(message('exportFile.officerHasNoVisits', { officerId, date: plan.date }));
  return [route];
}

function buildItineraries(
  repos: Repos,
  plan: Plan,
  routes: Plan['routes'],
  officers: readonly Officer[],
  request: ExportRequest,
  exportedAt: string,
): Itinerary[] {
  // Only the exported routes' visits are read: an officer's copy can hold nothing of the others'.
  const visits = repos.visits.getMany(routes.flatMap((r) => r.stops.map((s) => s.visitId)));
  const visitsById = new Map<string, Visit>(visits.map((v) => [v.id, v]));
  const officersById = new Map<string, Officer>(officers.map((o) => [o.id, o]));
  const secret = repos.settings.verificationSecret();
  const settings = repos.settings.itinerarySettings();
  return routes.map((route) => {
    const officer = officersById.get(route.officerId);
    if (!officer) throw badInput(message('exportFile.officerGone', { officerId: route.officerId, date: plan.date }));
    for (const stop of route.stops) {
      if (!visitsById.has(stop.visitId)) {
        throw badInput(message('exportFile.visitGone', { visitId: stop.visitId, officerId: officer.id, date: plan.date }));
      }
    }
    return buildItinerary({
      route,
      visits: visitsById,
      officer,
      date: plan.date,
      profile: request.profile,
      settings,
      language: request.language,
      exportedAt,
      codeFor: (visitId) => verificationCode(secret, plan.date, officer.id, visitId),
      travelSource: plan.travelSource,
    });
  });
}

function asExportFile(file: RenderedFile): ExportFile {
  return typeof file.content === 'string'
    ? { name: file.name, mediaType: file.mediaType, content: file.content, encoding: 'utf8' }
    : { name: file.name, mediaType: file.mediaType, content: Buffer.from(file.content).toString('base64'), encoding: 'base64' };
}

/** Problems a refusal lists by name; the rest are counted. */
const LISTED_PROBLEMS = 3;

/**
 * Itineraries must never be made from a plan that breaks rules or no longer matches the day,
 * unless a supervisor says so; that decision is recorded.
 */
function refuseOpenProblems(repos: Repos, plan: Plan, format: ExportFormat, anyway: ExportAnyway | undefined): void {
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
