import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { LocalDate, OfficerId, Plan, Planner, TravelSettings, VisitId, VisitOutcome } from '../../shared/domain';
import { expiringCertificates } from '../../shared/logic/certificates';
import type { EventHub } from './events';
import type { TravelProvider } from './travel/provider';
import { workspaceRouter, type RouterDeps } from './travel/router-provider';
import { createTravelHandlers } from './travel-handlers';
import { createRepos } from './db/repos';
import { importFiles } from './services/import-service';
import { inspectImportFile, saveColumnMapping } from './services/column-mapping-service';
import { undoOfficerEdit, updateOfficer } from './services/officer-edit-service';
import { defaultPlanningDeps, solveStoredDay, type PlanningDeps } from './services/planning-service';
import type { RunPlanner } from './services/planner-runner';
import { createPlanJobs } from './services/plan-jobs';
import { createPlanStore } from './services/plan-store';
import { createPlanHandlers } from './plan-handlers';
import { createVisitHandlers } from './visit-handlers';
import { createRosterHandlers } from './roster-handlers';
import { createGeocodingHandlers, type GeocodingDeps } from './geocoding-handlers';
import { createMapHandlers } from './map-handlers';
import { createTerritoryHandlers } from './territory-handlers';
import { createRetentionHandlers } from './retention-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createOfflineTiles } from './map/offline-tiles';
import { officersAsOn } from './services/day-roster';
import { createReportHandlers } from './report-handlers';
import { visitSummary } from './services/visit-summary';
import { recheckCurrentPlans } from './services/plan-check';
import { setVisitStatus } from './services/visit-status-service';
import { exportDay } from './services/export-service';
import { checkCode, takeBack } from './services/dispatch-service';
import { caseFileExport, verifyAudit } from './services/audit-service';
import { checkDay } from './services/pre-dispatch-check';
import { placeHold, releaseHold } from './services/holds-service';
import { localToday, workspaceStatus } from './services/workspace-service';
import { DEMO_DEFAULTS, loadDemo } from './services/demo-service';
import { changeRules } from './services/rules-service';
import { actorOf, requireSupervisor, saveUser, signIn, type Session } from './services/session-service';
import { recordOutcomes } from './services/outcome-service';
import { retimeFromReports } from './services/report-retime-service';
import { approveFollowUps } from './services/follow-up-service';

export interface HandlerDeps {
  events: EventHub;
  clock?: () => Date;
  nowMs?: () => number;
  planner?: Planner;
  travel?: TravelProvider;
  /** Where the planner runs (default: this thread); the desktop app may pass a worker-thread runner. */
  runPlanner?: RunPlanner;
  /** Where unexpected errors are written for the developers (the user sees a generic sentence). */
  logError?: (message: string, error: unknown) => void;
  /** Who the audit log names for changes while nobody is signed in (default `dispatcher`; the command line says `cli`). */
  actor?: string;
  /** The profile signed in from the start (the command line's `--user`). */
  userId?: string;
  /** Seconds the demo day is planned for after loading. */
  demoPlanSeconds?: number;
  /** The geocoding service in place of the settings' and its retries (tests). */
  geocoding?: GeocodingDeps;
  /** The better-sqlite3 build for this runtime (Electron's in the desktop app), for reading offline map files. */
  nativeBinding?: string;
  /** Where backups go (issue 21): the user-data folder's `backups`, a folder per workspace in it. */
  backupsFolder?: string;
  /** The router for this run over the workspace's (the command line's `--router` and `--router-url`). */
  router?: Partial<TravelSettings>;
  /** Retries and backoff for road servers (tests make them quick). */
  roadClient?: RouterDeps['client'];
}

/** The back end's implementation of the API contract, over one workspace database. */
export function createHandlers(db: Database, deps: HandlerDeps): Handlers {
  return logUnexpected(buildHandlers(db, deps), deps.logError ?? ((message, error) => console.error(message, error)));
}

/** Our own bugs must leave a trace: AppErrors are the user's to fix, anything else is logged. */
function logUnexpected(handlers: Handlers, log: NonNullable<HandlerDeps['logError']>): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[name] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'internal') log(`Unexpected error in ${name}:`, error);
        throw error;
      }
    };
  }
  return wrapped as unknown as Handlers;
}

function buildHandlers(db: Database, deps: HandlerDeps): Handlers {
  const clock = deps.clock ?? (() => new Date());
  const defaults = defaultPlanningDeps(clock, deps.nowMs ?? (() => performance.now()));
  const session: Session = { user: null };
  const repos = createRepos(db, clock, actorOf(session, deps.actor ?? 'dispatcher'));
  // Travel times from the workspace's router (or this run's), behind the workspace's leg cache (issue 20).
  const router = (): TravelSettings => ({ ...repos.settings.travelSettings(), ...deps.router });
  const planning: PlanningDeps = {
    ...defaults,
    planner: deps.planner ?? defaults.planner,
    travel: deps.travel ?? workspaceRouter(router, { cache: repos.travelCache, client: deps.roadClient }),
    runPlanner: deps.runPlanner ?? defaults.runPlanner,
  };
  if (deps.userId !== undefined) signIn(repos, session, deps.userId);
  const plans = { repos, store: createPlanStore(repos), jobs: createPlanJobs(), deps: planning, session };
  /**
   * The one rule for staleness: plans that route changed visits or officers, and the plans of days
   * whose roster changed (`dates`), are re-checked in the same transaction.
   */
  /** Tells listeners (the board) of a plan version made here. */
  const emitSaved = (plan: Plan) => deps.events.emit('plans.saved', { date: plan.date, planId: plan.id, stats: plan.stats });
  const recheckPlansOf = (changed: { visitIds?: readonly VisitId[]; officerIds?: readonly OfficerId[]; dates?: readonly LocalDate[] }) =>
    recheckCurrentPlans(repos, planning, [...repos.plans.currentDatesRouting(changed), ...(changed.dates ?? [])]);

  return {
    'workspace.status': () => workspaceStatus(repos, localToday(clock)),

    'workspace.loadDemo': async (input) => {
      const date = input.date ?? localToday(clock);
      const seed = input.seed ?? DEMO_DEFAULTS.seed;
      const counts = await loadDemo(repos, {
        date,
        visits: input.visits ?? DEMO_DEFAULTS.visits,
        officers: input.officers ?? DEMO_DEFAULTS.officers,
        seed,
      });
      await plans.jobs.run(date, (signal) => solveStoredDay(repos, { date, seconds: deps.demoPlanSeconds ?? 3, seed, signal }, planning));
      return { date, ...counts };
    },

    'visits.list': ({ date, status, kind }) => repos.visits.listByDate(date, { status, kind }).map(visitSummary),

    'visits.setStatus': async ({ ids, status }) => ({ changed: await setVisitStatus(plans, ids, status) }),

    // Visit detail and editing (issue 22).
    ...createVisitHandlers(plans, deps.events),

    'officers.list': ({ date }) => (date === undefined ? repos.officers.list() : officersAsOn(repos, date)),

    'officers.update': ({ officerId, changes }) => updateOfficer(repos, officerId, changes, recheckPlansOf),
    'officers.undoEdit': ({ editId }) => undoOfficerEdit(repos, editId, recheckPlansOf),
    // Officers' availability per day and the week (issue 19).
    ...createRosterHandlers(repos, recheckPlansOf),
    // Geocoding (issue 20): visits that arrived with an address and no coordinates.
    ...createGeocodingHandlers(repos, deps.events, deps.geocoding),
    // The map (issue 20): basemap, offline tiles, imports' default coordinate system.
    ...createMapHandlers(repos, createOfflineTiles({ nativeBinding: deps.nativeBinding })),
    // Road travel times (issue 20): the router setting and its connection test.
    ...createTravelHandlers(repos, { client: deps.roadClient }),

    'import.files': async ({ files, dryRun, validRowsOnly, defaultDate, coordSystem }) => {
      let rechecked: LocalDate[] = [];
      let reported: VisitOutcome[] = [];
      const reports = await importFiles(
        repos,
        files.map((file) => ({
          kind: file.kind,
          fileName: file.fileName,
          bytes: Buffer.from(file.contentBase64, 'base64'),
          dryRun,
          validRowsOnly,
          defaultDate,
          // Rows that name no system: the import's choice, else the workspace's (settings.map).
          defaultCoordSystem: coordSystem ?? repos.settings.mapSettings().importCoordSystem,
          mapping: file.mapping,
        })),
        (written) => {
          rechecked = recheckPlansOf(written);
          reported = written.outcomes;
        },
      );
      // Officers' returns with times re-time their running day (after the import's transaction).
      for (const plan of await retimeFromReports(plans, reported)) emitSaved(plan);
      const hasProblems = (date: LocalDate) => {
        const id = repos.plans.currentId(date);
        return id !== null && (repos.plans.violationsOf(id)?.length ?? 0) > 0;
      };
      const plansNeedingAttention = rechecked.filter(hasProblems);
      return { reports, plansNeedingAttention };
    },
    // Column mappings (issue 19).
    'import.inspect': ({ kind, fileName, contentBase64, defaultDate }) =>
      inspectImportFile(repos, { kind, fileName, bytes: Buffer.from(contentBase64, 'base64'), defaultDate }),
    'import.mappings': () => repos.importMappings.list(),
    'import.saveMapping': (mapping) => saveColumnMapping(repos, mapping),

    ...createPlanHandlers(plans, deps.events),

    // Itineraries (issue 17): files cut to the reader's profile, dispatch and the hotline's code check.
    'exports.day': ({ anyway, ...request }) =>
      exportDay(
        repos,
        {
          ...request,
          ...(anyway && { anyway: { supervisor: requireSupervisor(session, 'users.action.exportAnyway').id, reason: anyway.reason } }),
        },
        clock,
      ),
    'exports.verifyCode': ({ code, date }) => checkCode(repos, code, date ?? localToday(clock)),
    'dispatch.takeBack': ({ date, officerIds }) => ({ visitStatuses: takeBack(repos, date, officerIds) }),
    'settings.itinerary': () => repos.settings.itinerarySettings(),
    'audit.verify': () => verifyAudit(repos),
    'plans.check': ({ date, rulesVersion }) => checkDay(repos, date, rulesVersion),
    'holds.list': ({ customerId }) => repos.holds.list(customerId),
    'holds.place': (request) => placeHold(repos, { ...request, placedBy: repos.audit.actorNow() }),
    'holds.release': ({ id, reason }) => releaseHold(repos, id, requireSupervisor(session, 'users.action.releaseHold').id, reason),
    'audit.caseFile': async ({ customerId, format, language }) => ({ file: await caseFileExport(repos, customerId, format, language) }),
    // Visiting rules (issue 18), versioned.
    'rules.current': () => repos.rules.current(),
    'rules.history': () => repos.rules.list(),
    'rules.change': ({ rules, reason }) => changeRules(repos, rules, requireSupervisor(session, 'users.action.changeRules').id, reason),
    'officers.expiringCertificates': ({ date, days }) =>
      expiringCertificates(repos.officers.list(), repos.rules.current().rules, date ?? localToday(clock), days),
    'settings.planning': () => repos.settings.planningPreferences(),
    'settings.setPlanning': (preferences) => {
      repos.transaction(() => {
        repos.settings.setPlanningPreferences(preferences);
        repos.audit.append({ action: 'settings.planning', entity: 'settings', entityId: 'planning', detail: preferences });
      });
      return repos.settings.planningPreferences();
    },
    'settings.setItinerary': (settings) => {
      repos.transaction(() => {
        repos.settings.setItinerarySettings(settings);
        repos.audit.append({ action: 'settings.itinerary', entity: 'settings', entityId: 'itinerary', detail: settings });
      });
      return repos.settings.itinerarySettings();
    },
    // The field loop (issue 19).
    'visits.recordOutcomes': async ({ outcomes }) => {
      const recorded = recordOutcomes(repos, outcomes);
      for (const plan of await retimeFromReports(plans, outcomes)) emitSaved(plan);
      return recorded;
    },
    'visits.outcomes': ({ visitIds }) => repos.outcomes.ofVisits(visitIds),
    'followUps.list': ({ date }) => repos.followUps.list(date),
    'followUps.approve': ({ ids, rule }) => approveFollowUps(repos, { ids, rule }),
    ...createReportHandlers(repos, clock),
    // Team and officer territories (issue 20).
    ...createTerritoryHandlers(repos),
    // Retention of personal data (issue 21).
    ...createRetentionHandlers(repos, session, clock),
    ...createBackupHandlers(db, repos, session, deps.backupsFolder ?? null, { actor: repos.audit.actorNow, clock }),
    // Local users and roles (issue 18).
    'users.list': () => repos.users.list(),
    'users.save': (user) => saveUser(repos, session, user),
    'session.current': () => ({ user: session.user, hasUsers: repos.users.count() > 0 }),
    'session.signIn': ({ userId }) => signIn(repos, session, userId),
    'session.signOut': () => {
      session.user = null;
      return {};
    },
  };
}
