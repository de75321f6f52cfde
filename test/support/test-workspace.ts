import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../shared/api/contract';
import { DEFAULT_RULE_SET, WEEKDAYS, type RuleSet } from '../../shared/domain';
import { openDatabase } from '../../electron/backend/db/open';
import { createEventHub, type EventHub } from '../../electron/backend/events';
import { createHandlers, type HandlerDeps } from '../../electron/backend/handlers';
import { demoFiles } from '../../electron/backend/services/demo-service';

/** The tests' "now": 12:00 in Shanghai on 2026-11-23, the same date in every time zone from UTC-11 to UTC+12. */
export const TEST_NOW = new Date('2026-11-23T04:00:00Z');
export const TEST_DAY = '2026-11-23';

/** Planning budget of the test workspace, whatever a screen asks for. */
const PLAN_SECONDS = 0.5;

export interface TestWorkspace {
  db: Database;
  events: EventHub;
  handlers: Handlers;
  /** Errors the handlers logged as our own bugs; a test that expects none checks it is empty. */
  unexpected: string[];
  close(): void;
}

/**
 * The real back end (handlers, services, planner) over an in-memory workspace: what renderer,
 * transport and IPC tests talk to, so no second set of rules can drift from the real one.
 */
export function openTestWorkspace(deps: Partial<HandlerDeps> = {}): TestWorkspace {
  const db = openDatabase(':memory:');
  const events = deps.events ?? createEventHub();
  const unexpected: string[] = [];
  const handlers = createHandlers(db, {
    clock: () => TEST_NOW,
    demoPlanSeconds: 0.3,
    logError: (where, error) => unexpected.push(`${where} ${error instanceof Error ? error.stack : String(error)}`),
    ...deps,
    events,
  });
  // The screens ask for several seconds of planning; the same planner on a small day needs far less.
  const solve = handlers['plans.solve'];
  const reoptimise = handlers['plans.reoptimise'];
  handlers['plans.solve'] = (input) => solve({ ...input, seconds: Math.min(input.seconds ?? PLAN_SECONDS, PLAN_SECONDS) });
  handlers['plans.reoptimise'] = (input) => reoptimise({ ...input, seconds: Math.min(input.seconds ?? PLAN_SECONDS, PLAN_SECONDS) });
  return { db, events, handlers, unexpected, close: () => db.close() };
}

/** Imports a synthetic demo day on TEST_DAY without planning it (`workspace.loadDemo` also plans). */
export async function importDemoDay(handlers: Handlers, size: { visits: number; officers: number; seed?: number }): Promise<void> {
  const files = demoFiles({ date: TEST_DAY, seed: 1, ...size });
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const { reports } = await handlers['import.files']({
    files: [
      { kind: 'officers', fileName: 'officers.csv', contentBase64: base64(files.officersCsv) },
      { kind: 'visits', fileName: 'visits.csv', contentBase64: base64(files.visitsCsv) },
    ],
    dryRun: false,
    validRowsOnly: false,
  });
  if (!reports.every((r) => r.written)) throw new Error(`demo day not imported: ${JSON.stringify(reports.map((r) => r.errors[0]))}`);
}

/** The tests' supervisor: the workspace's first profile. */
export const TEST_SUPERVISOR = { id: 'zhou', name: '主管 周', role: 'supervisor', active: true } as const;

/** Adds the supervisor profile and signs in as them, as rule changes, hold releases and overrides need. */
export async function signInSupervisor(handlers: Handlers): Promise<void> {
  await handlers['users.save'](TEST_SUPERVISOR);
  await handlers['session.signIn']({ userId: TEST_SUPERVISOR.id });
}

/**
 * Visiting rules that allow a visit at any hour (signed in as the supervisor, who changes them):
 * for tests of the board's own flags (windows, shifts), which a late stop would otherwise turn
 * into a refused move.
 */
export async function allowVisitsAllDay(handlers: Handlers): Promise<void> {
  await signInSupervisor(handlers);
  const allDay = [{ startSec: 0, endSec: 24 * 3600 }];
  const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, allDay])) as RuleSet['hours'];
  await handlers['rules.change']({ rules: { ...DEFAULT_RULE_SET, hours }, reason: 'Tests of the board’s own flags' });
}
