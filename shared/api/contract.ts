import { z } from 'zod';
import {
  addDays,
  OfficerDay,
  CoordSystem,
  CustomerHold,
  HoldKind,
  ExportFormat,
  ItinerarySettings,
  PlanningPreferences,
  TravelSettings,
  TravelTestResult,
  MapSettings,
  OfflineMapInfo,
  OfflineTile,
  Language,
  Message,
  LocalDate,
  Officer,
  OfficerId,
  Plan,
  PlanChanges,
  PlanId,
  PlanObjective,
  PlanStats,
  PrivacyProfile,
  RuleOverride,
  RuleSet,
  RuleSetVersion,
  User,
  UserId,
  Visit,
  GeocodingSettings,
  VisitId,
  VisitKind,
  VisitStatus,
  VisitOutcome,
  FollowUp,
  FollowUpRule,
  Territory,
} from '../domain';
import { ExpiringCertificate } from './certificates';
import { ImportKind, ImportReport } from './import-report';
import { ColumnMapping, FileInspection, MappingName, SavedColumnMapping } from './column-mapping';
import { OfficerChanges, OfficerEditResult } from './officer-edit';
import { DayCells, OfficerDayResult, WeekDay } from './officer-days';
import { NewVisit, VisitChanges, VisitHistoryEntry } from './visit-edit';
import { MAX_REPORT_DAYS, SupervisorReport } from './supervisor-report';
import { GeocodeProgress, GeocodeRunResult } from './geocoding';
import { TerritoryImport, TerritoryImportResult, TerritorySave } from './territories';
import { PurgeReport, PurgeRequest, RetentionSettings } from './retention';
import { BackupList, BackupSettings } from './backups';
import type { EventName, MethodName } from './names';

/** A visit as the dispatcher's screens show it: personal details masked. */
export const VisitSummary = Visit.omit({ customerName: true, phone: true }).extend({
  displayName: z.string(),
  phoneMasked: z.string(),
});
export type VisitSummary = z.infer<typeof VisitSummary>;

/** The day's current plan with where undo and redo would lead. */
export const PlanView = z.object({ plan: Plan, canUndo: z.boolean(), canRedo: z.boolean() });
export type PlanView = z.infer<typeof PlanView>;

/**
 * One manual change to the current plan. Every edit makes a new plan version (undoable); the two
 * routes it touches are re-timed and any broken rule is flagged in `plan.violations`.
 */
export const PlanEdit = z.discriminatedUnion('type', [
  /** Put a visit (assigned or not) into an officer's route before `position` (0 = first). */
  z.object({ type: z.literal('move'), visitId: VisitId, toOfficerId: OfficerId, position: z.number().int().min(0) }),
  /** Take a visit out of its route into the unassigned list. */
  z.object({ type: z.literal('unassign'), visitId: VisitId }),
  /** Take many visits out of their routes at once (the banner's "unassign affected stops"): one Undo. */
  z.object({ type: z.literal('unassignMany'), visitIds: z.array(VisitId).min(1).max(5_000) }),
  /** Pin a visit to the officer whose route it is in (or release it). */
  z.object({ type: z.literal('pin'), visitId: VisitId, pinned: z.boolean() }),
  /**
   * Move a selection (say, an area drawn on the map) into one officer's route at once: one Undo.
   * Visits already in that route stay; each other goes where it adds least travel, earliest window first.
   */
  z.object({ type: z.literal('moveMany'), visitIds: z.array(VisitId).min(1).max(5_000), toOfficerId: OfficerId }),
  /** Pin many visits to the officers whose routes they are in (or release them): one Undo. */
  z.object({ type: z.literal('pinMany'), visitIds: z.array(VisitId).min(1).max(5_000), pinned: z.boolean() }),
  /** Fix an officer's route as it is: re-optimising adds, removes and reorders nothing in it. */
  z.object({ type: z.literal('lockOrder'), officerId: OfficerId, locked: z.boolean() }),
]);
export type PlanEdit = z.infer<typeof PlanEdit>;

/** An edit's answer: what changed relative to `basePlanId` (the board patches its copy), and undo/redo. */
/** A visit whose status moved with the plan (approved ↔ planned). */
export const VisitStatusChange = z.object({ visitId: VisitId, status: VisitStatus });
export type VisitStatusChange = z.infer<typeof VisitStatusChange>;

/**
 * What a change to the day's plan answers: how the new plan differs from the one it replaced
 * (only the routes that changed), where undo and redo lead, and the visits whose status moved.
 * The board patches its copy with it instead of reading the day again.
 */
export const PlanUpdate = z.object({
  changes: PlanChanges,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  visitStatuses: z.array(VisitStatusChange),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;

/** The day's plan after undo, redo or a re-optimisation, with the visits whose status moved with it. */
export const PlanSwitch = PlanView.extend({ visitStatuses: z.array(VisitStatusChange), visits: z.array(VisitSummary).optional() });
export type PlanSwitch = z.infer<typeof PlanSwitch>;

const DateInput = z.object({ date: LocalDate });

/** Days a report covers: `days` consecutive days from `from` (a week from its Monday is 7). */
const ReportPeriod = z.object({ from: LocalDate, days: z.number().int().min(1).max(MAX_REPORT_DAYS).default(1) });

// Visit detail and editing (issue 22).
/** A visit as its detail panel shows it: masked as everywhere on screen, with what the audit log says of it. */
/** With its outcome once reported (issue 19). */
export const VisitDetail = z.object({
  visit: VisitSummary,
  history: z.array(VisitHistoryEntry),
  outcome: VisitOutcome.nullable().default(null),
});
export type VisitDetail = z.infer<typeof VisitDetail>;
/** An edited or added visit, and on a day with a plan the plan version that came with it (as an edit answers). */
export const VisitEdited = z.object({ visit: VisitSummary, plan: PlanUpdate.nullable() });
export type VisitEdited = z.infer<typeof VisitEdited>;

/** A file for the user to save: text as is, binary files (PDF, XLSX, ZIP) in base64. */
const ExportFile = z.object({
  name: z.string(),
  mediaType: z.string(),
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']).default('utf8'),
});

// Itineraries (issue 17).
/** What the hotline hears when it checks a code a customer read out. */
export const CodeCheck = z.object({
  genuine: z.boolean(),
  code: z.string(),
  date: LocalDate,
  visitId: VisitId.nullable(),
  officerId: OfficerId.nullable(),
  officerName: z.string().nullable(),
  /** Whether the visit's itinerary has gone to the officer. */
  dispatched: z.boolean(),
  message: Message,
});
export type CodeCheck = z.infer<typeof CodeCheck>;

/** Whether the audit trail is as the app wrote it; `brokenAt` is the first entry that does not hold. */
export const AuditVerdict = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  brokenAt: z.number().int().nullable(),
  message: Message,
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;

/** One thing a plan breaks before dispatch: the rule (a violation's or a kept-out reason), the visit and officer, the sentence. */
export const DayProblem = z.object({
  rule: z.string(),
  visitId: VisitId.nullable(),
  officerId: OfficerId.nullable(),
  message: Message,
});
export type DayProblem = z.infer<typeof DayProblem>;

/** The pre-dispatch check of a day's plan: what it breaks, under which rules version. */
export const DayCheck = z.object({
  date: LocalDate,
  planId: PlanId,
  /** The rules version the plan was made under (null: made before rules were versioned). */
  planRulesVersion: z.number().int().nullable(),
  checkedVersion: z.number().int(),
  problems: z.array(DayProblem),
  /** What a supervisor accepted when moving a visit against a rule: shown, not counted as remaining. */
  overridden: z.array(DayProblem.extend({ override: RuleOverride })),
  /** What the check found, as one sentence (clean, or how many rules under which versions). */
  summary: Message,
});
export type DayCheck = z.infer<typeof DayCheck>;

/** THE API: every method the renderer, the HTTP transport and the CLI may call, with zod schemas. */
export const contract = {
  methods: {
    /** The days that have visits and the one the board opens on (today, or the next day with visits). */
    'workspace.status': {
      input: z.object({}),
      output: z.object({ dates: z.array(LocalDate), openingDay: LocalDate.nullable() }),
    },
    'workspace.loadDemo': {
      input: z.object({
        date: LocalDate.optional(),
        visits: z.number().int().min(1).max(20_000).optional(),
        officers: z.number().int().min(1).max(1_000).optional(),
        seed: z.number().int().optional(),
      }),
      output: z.object({ date: LocalDate, visits: z.number().int(), officers: z.number().int() }),
    },
    'visits.list': {
      input: z.object({ date: LocalDate, status: VisitStatus.optional(), kind: VisitKind.optional() }),
      output: z.array(VisitSummary),
    },
    /**
     * Cancels visits or brings cancelled ones back. On a day with a plan this is a plan version
     * (cancelled visits leave their routes; Undo brings statuses and plan back together).
     */
    'visits.setStatus': {
      input: z.object({ ids: z.array(VisitId).min(1).max(20_000), status: z.enum(['approved', 'cancelled']) }),
      output: z.object({ changed: z.number().int() }),
    },
    // Visit detail and editing (issue 22).
    'visits.get': { input: z.object({ id: VisitId }), output: VisitDetail },
    /**
     * Changes a visit's windows, address, place, service time, priority or notes, checked by the
     * import's rules (a refusal names each bad field in `details.problems`; nothing is written). On a
     * day with a plan this is a plan version: the visit's route is re-timed with its new record, any
     * broken rule flagged, and Undo restores record and plan together.
     */
    'visits.update': { input: z.object({ id: VisitId, changes: VisitChanges }), output: VisitEdited },
    /** Adds a visit by hand, checked as an imported row; an ID already stored is refused. It joins no route (fit it in with `plans.insertVisits`). */
    'visits.add': { input: z.object({ visit: NewVisit }), output: VisitEdited },
    /** The roster; with `date`, each officer as they work that day (on leave: not on duty; the day's shift and start place). */
    'officers.list': { input: z.object({ date: LocalDate.optional() }), output: z.array(Officer) },
    /**
     * Changes fields of one officer, each read by the officers file's rules (refused, nothing
     * written, with every bad field named); audited, and every current plan routing the officer
     * re-checked in the same transaction.
     */
    'officers.update': { input: z.object({ officerId: OfficerId, changes: OfficerChanges }), output: OfficerEditResult },
    /** Takes back one officer change (`editId` of its answer), re-checked the same way. */
    'officers.undoEdit': { input: z.object({ editId: z.number().int().positive() }), output: OfficerEditResult },
    // Officers' availability per day and the week (issue 19).
    /** Officers' days that differ from their record, `from` to `to` inclusive (at most 62 days), by date then officer. */
    'officers.days': {
      input: z.object({ from: LocalDate, to: LocalDate }).refine((r) => r.from <= r.to && addDays(r.from, 61) >= r.to, {
        message: 'from must not be after to, at most 62 days',
        path: ['to'],
      }),
      output: z.array(OfficerDay),
    },
    /**
     * Sets one officer's day, its cells read by the availability file's rules (refused naming each
     * bad field; nothing written), or makes it ordinary again (`cells: null`); audited, and the
     * day's current plan re-checked in the same transaction (an officer on leave with a route is flagged).
     */
    'officers.setDay': { input: z.object({ officerId: OfficerId, date: LocalDate, cells: DayCells.nullable() }), output: OfficerDayResult },
    /** `days` days from `from`: visits by status, officers on shift and off, capacity used, whether there is a plan. */
    'days.week': { input: z.object({ from: LocalDate, days: z.number().int().min(1).max(31).default(7) }), output: z.array(WeekDay) },
    /**
     * Checks the files (officers before visits, in the order given), then writes them in one
     * transaction: a file with errors stops them all unless `validRowsOnly`. A dry run writes nothing.
     */
    'import.files': {
      input: z.object({
        files: z
          .array(
            z.object({
              kind: ImportKind,
              fileName: z.string().min(1).max(260),
              /** File bytes, base64; at most ~50 MB. */
              contentBase64: z.string().max(70_000_000),
              /** The saved column mapping to read it with; without it, the one saved for the file's layout, if any. */
              mapping: MappingName.optional(),
            }),
          )
          .min(1)
          .max(2),
        dryRun: z.boolean().default(false),
        validRowsOnly: z.boolean().default(false),
        /** The date of rows without one. */
        defaultDate: LocalDate.optional(),
        /** The coordinate system of rows that do not name theirs. */
        coordSystem: CoordSystem.optional(),
      }),
      /** `plansNeedingAttention`: days whose current plan the import left with open problems (a routed officer now off duty…). */
      output: z.object({ reports: z.array(ImportReport), plansNeedingAttention: z.array(LocalDate) }),
    },
    // Column mappings (issue 19): files whose headers are not names the import knows.
    /** A file's header row and first rows, how each column reads now, and the required fields none reads as. Writes nothing. */
    'import.inspect': {
      input: z.object({
        kind: ImportKind,
        fileName: z.string().min(1).max(260),
        contentBase64: z.string().max(70_000_000),
        defaultDate: LocalDate.optional(),
      }),
      output: FileInspection,
    },
    /** The saved column mappings, by name. */
    'import.mappings': { input: z.object({}), output: z.array(SavedColumnMapping) },
    /**
     * Saves a column mapping under its name (replacing one of that name), audited; refused, naming
     * each column, when a field is unknown, read from two columns, or a required one from none.
     */
    'import.saveMapping': { input: ColumnMapping, output: SavedColumnMapping },
    /** Without `seconds` or `objective`, the workspace's planning preferences (`settings.planning`). */
    'plans.solve': {
      input: z.object({
        date: LocalDate,
        seconds: z.number().min(0).max(600).optional(),
        seed: z.number().int().default(1),
        objective: PlanObjective.optional(),
      }),
      /**
       * The changes from the day's previous plan (from none: every route), as an edit answers. A
       * solve stopped before its plan caught up with the current one changes nothing: its plan's
       * totals come back as `heldBack` and Redo makes it current.
       */
      output: PlanUpdate.extend({ heldBack: PlanStats.optional() }),
    },
    /** Stops a running solve or re-optimisation; it saves its best plan so far. */
    'plans.cancel': { input: DateInput, output: z.object({ cancelled: z.boolean() }) },
    'plans.current': { input: DateInput, output: PlanView.nullable() },
    /**
     * `basePlanId` must be the current plan: an edit made on a stale board is refused. An edit that
     * breaks a visiting rule (hours, holidays, frequency, certificate, approval, hold) is refused
     * (`forbidden`, details `{ problems }`), unless the signed-in supervisor gives an `override`
     * reason: the override is then recorded in the plan and the audit trail.
     */
    'plans.edit': {
      input: z.object({
        date: LocalDate,
        basePlanId: PlanId,
        edit: PlanEdit,
        override: z.object({ reason: z.string().trim().min(1).max(500) }).optional(),
      }),
      output: PlanUpdate,
    },
    /** Undo also sets back the visit statuses the undone change set (visits it cancelled come back). */
    'plans.undo': { input: DateInput, output: PlanSwitch },
    'plans.redo': { input: DateInput, output: PlanSwitch },
    /** Re-plans the day from the current plan keeping its locks, changing as little else as it can. */
    'plans.reoptimise': {
      input: z.object({
        date: LocalDate,
        seconds: z.number().min(0).max(600).optional(),
        seed: z.number().int().default(1),
        objective: PlanObjective.optional(),
      }),
      output: PlanSwitch,
    },
    /**
     * Evens out working time across the day's officers (issue 19): a re-optimisation under the
     * balanced objective, its locks kept and every visit moved to another officer priced. Answers
     * each officer's working time before and after, and how many visits changed officer.
     */
    'plans.rebalance': {
      input: z.object({ date: LocalDate, seconds: z.number().min(0).max(600).default(5) }),
      output: PlanSwitch.extend({
        workloads: z.array(z.object({ officerId: OfficerId, beforeSec: z.number().int(), afterSec: z.number().int() })),
        moved: z.number().int(),
      }),
    },
    /**
     * An officer unavailable from `fromSec` (seconds since midnight): their visits not yet made
     * from then on go to the other officers, re-planned from the routes as they stand with a price
     * on every other change; `handedOver` names them (those nobody could take are unassigned).
     */
    'plans.handOver': {
      input: z.object({ date: LocalDate, officerId: OfficerId, fromSec: z.number().int().min(0).max(86_400) }),
      output: PlanUpdate.extend({ handedOver: z.array(VisitId) }),
    },
    /** Fits approved visits that are in no route (an urgent visit) into the current plan, the rest unchanged. */
    'plans.insertVisits': { input: z.object({ date: LocalDate, visitIds: z.array(VisitId).min(1).max(1_000) }), output: PlanUpdate },
    'exports.day': {
      /**
       * Headers and labels in `language`; the screens pass their own, so a Chinese office gets Chinese files.
       * For all officers with visits, or one (`officerId`); cut to the reader's `profile`. Officer copies
       * of itinerary formats dispatch the exported visits (see DISPATCHING_FORMATS); every export is audited.
       */
      input: z.object({
        date: LocalDate,
        format: ExportFormat,
        officerId: OfficerId.optional(),
        profile: PrivacyProfile.default('officer'),
        language: Language.default('en'),
        /**
         * A plan that breaks rules (`plan.violations`) is refused (`conflict`, details `{ problems }`)
         * unless the signed-in supervisor exports it anyway; who and why go to the audit log.
         */
        anyway: z.object({ reason: z.string().trim().min(1).max(500) }).optional(),
      }),
      output: z.object({ files: z.array(ExportFile), visitStatuses: z.array(VisitStatusChange) }),
    },
    /** Checks a verification code against the day's plan (today by default): which officer and visit it belongs to, or not genuine. */
    'exports.verifyCode': { input: z.object({ code: z.string().trim().min(1).max(32), date: LocalDate.optional() }), output: CodeCheck },
    /** Takes dispatched visits back (all the day's, or the named officers'): planned again, no longer locked to their officer. */
    'dispatch.takeBack': {
      input: z.object({ date: LocalDate, officerIds: z.array(OfficerId).min(1).max(500).optional() }),
      output: z.object({ visitStatuses: z.array(VisitStatusChange) }),
    },
    'settings.itinerary': { input: z.object({}), output: ItinerarySettings },
    /** Recomputes the audit trail's hash chain (issue 18): intact, or the first entry changed, removed or added outside the app. */
    'audit.verify': { input: z.object({}), output: AuditVerdict },
    /** A customer's case file (every visit, where the plan put it, its audit history) as PDF or JSON; audited. */
    'audit.caseFile': {
      input: z.object({ customerId: z.string().trim().min(1).max(64), format: z.enum(['pdf', 'json']), language: Language.default('en') }),
      output: z.object({ file: ExportFile }),
    },
    /** The visiting rules in force (issue 18): the newest version, the defaults as version 1 until first changed. */
    'rules.current': { input: z.object({}), output: RuleSetVersion },
    /** Holds on customers (all, or one customer's), released ones too, oldest first. */
    'holds.list': { input: z.object({ customerId: z.string().trim().min(1).max(64).optional() }), output: z.array(CustomerHold) },
    /** Places a hold: it keeps the customer's visits out of plans (a complaint against one officer keeps only that officer away). */
    'holds.place': {
      input: z
        .object({
          customerId: z.string().trim().min(1).max(64),
          kind: HoldKind,
          officerId: OfficerId.optional(),
          until: LocalDate.optional(),
          note: z.string().trim().max(500).default(''),
        })
        .refine((h) => h.until === undefined || h.kind === 'do_not_visit', {
          message: 'only a do-not-visit hold has an end date',
          path: ['until'],
        })
        .refine((h) => h.officerId === undefined || h.kind === 'complaint', {
          message: 'only a complaint names an officer',
          path: ['officerId'],
        }),
      output: CustomerHold,
    },
    /** Releases a hold, with a reason; a supervisor's to do. */
    'holds.release': {
      input: z.object({ id: z.number().int().min(1), reason: z.string().trim().min(1).max(500) }),
      output: CustomerHold,
    },
    /** Lists every rule the day's plan breaks, under the rules in force or an earlier version. */
    'plans.check': { input: z.object({ date: LocalDate, rulesVersion: z.number().int().min(1).optional() }), output: DayCheck },
    /** Every version of the visiting rules, newest first, with who changed them, when and why. */
    'rules.history': { input: z.object({}), output: z.array(RuleSetVersion) },
    /** Stores the rules as a new version and audits it; a supervisor's to do, refused without a reason or when nothing changes. */
    'rules.change': {
      input: z.object({ rules: RuleSet, reason: z.string().trim().min(1).max(500) }),
      output: RuleSetVersion,
    },
    /**
     * The warning list of certificates (issue 18): active officers' certificates the visiting rules
     * require, then their other dated skills, that end within `days` days of `date` (today by
     * default) or have ended, soonest first.
     */
    'officers.expiringCertificates': {
      input: z.object({ date: LocalDate.optional(), days: z.number().int().min(1).max(366).default(30) }),
      output: z.array(ExpiringCertificate),
    },
    'settings.setItinerary': { input: ItinerarySettings, output: ItinerarySettings },
    /** The objective and time budget Plan day and Re-optimise use, remembered per workspace. */
    'settings.planning': { input: z.object({}), output: PlanningPreferences },
    'settings.setPlanning': { input: PlanningPreferences, output: PlanningPreferences },
    /** Where travel times come from (issue 20): the router, its address and key, and whether straight-line estimates may stand in. */
    'settings.travel': { input: z.object({}), output: TravelSettings },
    'settings.setTravel': { input: TravelSettings, output: TravelSettings },
    /** Asks the router in `settings` (not yet saved) for a 2 × 2 table between two of the workspace's places, and says what it got. */
    'settings.testTravel': { input: TravelSettings, output: TravelTestResult },
    // The map (issue 20): the basemap in its coordinate system, an offline MBTiles file, imports' default system.
    'settings.map': { input: z.object({}), output: MapSettings },
    /** Stores the map settings (audited); an offline basemap's file is checked first and its description kept. */
    'settings.setMap': { input: MapSettings, output: MapSettings },
    /** Checks an MBTiles file on the back end's machine (raster tiles, format, zooms, bounds) without storing anything. */
    'map.checkOffline': { input: z.object({ path: z.string().trim().min(1).max(1000) }), output: OfflineMapInfo },
    /** One tile of the workspace's offline basemap (XYZ numbering), or null where the file has none. */
    'map.tile': {
      input: z.object({ z: z.number().int().min(0).max(30), x: z.number().int().min(0), y: z.number().int().min(0) }),
      output: OfflineTile.nullable(),
    },
    /**
     * Records what came of visits (issue 19), one or many: each visit's status follows its outcome
     * (done or failed). All or none: any problem refuses them all, naming each (`details.problems`).
     */
    'visits.recordOutcomes': {
      input: z.object({ outcomes: z.array(VisitOutcome).min(1).max(5_000) }),
      output: z.object({ visitStatuses: z.array(VisitStatusChange) }),
    },
    /**
     * Carries the day's approved visits that are in no route (all, or `visitIds`) to a later day,
     * in one change: on a day with a plan, a plan version (they leave its unassigned list) that Undo
     * takes back with their old date.
     */
    'visits.carry': {
      input: z.object({ from: LocalDate, to: LocalDate, visitIds: z.array(VisitId).min(1).max(20_000).optional() }),
      output: z.object({ carried: z.array(VisitId), plan: PlanUpdate.nullable() }),
    },
    /** Follow-ups the outcomes called for (all, or those whose days hold `date`), oldest first. */
    'followUps.list': { input: z.object({ date: LocalDate.optional() }), output: z.array(FollowUp) },
    /**
     * Approves proposed follow-ups (named by `ids`, all of one `rule`, or all): each becomes an
     * approved visit on its earliest day, linked to the visit it came from.
     */
    'followUps.approve': {
      input: z.object({ ids: z.array(z.number().int().min(1)).min(1).max(5_000).optional(), rule: FollowUpRule.optional() }),
      output: z.array(FollowUp),
    },
    /** The recorded outcomes of these visits (those without one are left out). */
    'visits.outcomes': { input: z.object({ visitIds: z.array(VisitId).min(1).max(20_000) }), output: z.array(VisitOutcome) },
    /** The workspace's user profiles, supervisors first. */
    'users.list': { input: z.object({}), output: z.array(User) },
    /**
     * Adds a profile or changes one's name, role or whether it is active: a supervisor's to do. The
     * workspace's first profile is a supervisor, and its last active supervisor stays one.
     */
    'users.save': { input: User, output: User },
    /** Who is signed in here (null: nobody yet), and whether the workspace has any profiles. */
    'session.current': { input: z.object({}), output: z.object({ user: User.nullable(), hasUsers: z.boolean() }) },
    /** Signs in as an active profile: the audit trail names them, and their role decides what they may do. */
    'session.signIn': { input: z.object({ userId: UserId }), output: User },
    'session.signOut': { input: z.object({}), output: z.object({}) },
    // The supervisor's report (issue 19): per officer, team and day over the period.
    'reports.supervisor': { input: ReportPeriod, output: SupervisorReport },
    /** The same report as an XLSX workbook, headings in `language`; audited as an export. */
    'reports.supervisorXlsx': { input: ReportPeriod.extend({ language: Language.default('en') }), output: z.object({ file: ExportFile }) },
    // Geocoding (issue 20): visits that arrived with an address and no coordinates.
    /** The geocoding service, its key and the confidence a match needs, per workspace. */
    'settings.geocoding': { input: z.object({}), output: GeocodingSettings },
    'settings.setGeocoding': { input: GeocodingSettings, output: GeocodingSettings },
    /**
     * Geocodes the visits still waiting for a place (one day's, or all), reporting `geocoding.progress`;
     * one run at a time, stopped by `geocoding.cancel` (what was found so far is kept).
     */
    'geocoding.run': { input: z.object({ date: LocalDate.optional() }), output: GeocodeRunResult },
    'geocoding.cancel': { input: z.object({}), output: z.object({ cancelled: z.boolean() }) },
    /** A person confirms a geocoded or guessed place as it is (audited); to move it, `visits.update` its coordinates. */
    'visits.confirmPlace': { input: z.object({ visitId: VisitId }), output: VisitSummary },
    // Territories (issue 20): team and officer areas, hard (work only inside) or priced outside.
    'territories.list': { input: z.object({}), output: z.array(Territory) },
    /**
     * Imports a GeoJSON FeatureCollection of territories, all or nothing: a file with problems is
     * refused (`bad_input`, details `{ problems }` by feature and field). Same names replace; audited.
     */
    'territories.import': { input: TerritoryImport, output: TerritoryImportResult },
    /** Stores a territory drawn on the map (or changes one, by `id`); audited. */
    'territories.save': { input: TerritorySave, output: Territory },
    /** Deletes a territory; audited. */
    'territories.remove': { input: z.object({ id: z.number().int().min(1) }), output: z.object({ removed: Territory }) },
    // Retention of personal data (issue 21).
    /** How long customers' personal data of finished visits is kept (null: kept). */
    'settings.retention': { input: z.object({}), output: RetentionSettings },
    /** Sets it; a supervisor's decision, audited. */
    'settings.setRetention': { input: RetentionSettings, output: RetentionSettings },
    /**
     * Erases names, phones, addresses and remarks of finished visits past the retention (or
     * `keepDays`; sooner than the setting needs a supervisor), one transaction, audited; the audit
     * trail stays as it is. `dryRun` reports what would go and changes nothing.
     */
    'retention.purge': { input: PurgeRequest, output: PurgeReport },
    // Backups (issue 21).
    /** Takes a backup now into the workspace's backup folder (encrypted as the workspace is); audited. */
    'workspace.backup': { input: z.object({}), output: z.object({ file: z.string(), entries: z.number().int() }) },
    /** The backup folder and the backups taken, newest first. */
    'workspace.backups': { input: z.object({}), output: BackupList },
    /** The daily backups: on or off, and how many are kept. */
    'settings.backups': { input: z.object({}), output: BackupSettings },
    /** Sets the daily backups (on or off, how many kept); a supervisor's decision, audited. */
    'settings.setBackups': { input: BackupSettings, output: BackupSettings },
  } satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>,
  events: {
    'plans.progress': z.object({
      date: LocalDate,
      fraction: z.number(),
      assigned: z.number().int(),
      phase: z.enum(['travel', 'construct', 'improve']).optional(),
      /** Cost of the best plan so far (lower is better), for the "improving" readout. */
      bestCost: z.number().optional(),
      travelSec: z.number().optional(),
      officersUsed: z.number().int().optional(),
      distanceM: z.number().optional(),
      elapsedMs: z.number().optional(),
      remainingMs: z.number().optional(),
    }),
    'plans.saved': z.object({ date: LocalDate, planId: z.string(), stats: PlanStats }),
    'geocoding.progress': GeocodeProgress,
    /**
     * A desktop-menu command (Electron only). The screen carries it out itself, so it acts on the
     * day it shows and in its language, exactly as its own buttons do.
     */
    'menu.command': z.object({ command: z.enum(['importVisits', 'importOfficers', 'exportDay', 'backupWorkspace']) }),
  } satisfies Record<EventName, z.ZodType>,
} as const;

type Methods = typeof contract.methods;
export type { EventName, MethodName };
export type MethodInput<K extends MethodName> = z.input<Methods[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<Methods[K]['output']>;
export type EventPayload<K extends EventName> = z.output<(typeof contract.events)[K]>;

/** The typed API the renderer calls. */
export type Api = { [K in MethodName]: (input: MethodInput<K>) => Promise<MethodOutput<K>> };

/** What the back end implements: handlers get already-parsed input. */
export type Handlers = { [K in MethodName]: (input: z.output<Methods[K]['input']>) => Promise<MethodOutput<K>> | MethodOutput<K> };
