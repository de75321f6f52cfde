/**
 * The API's method and event names as plain data, without zod, so the sandboxed preload stays
 * tiny. contract.ts is checked against these lists at compile time (`satisfies`), and a test
 * checks them at run time.
 */
export const methodNames = [
  'workspace.status',
  'workspace.loadDemo',
  'visits.list',
  'visits.setStatus',
  // Visit detail and editing (issue 22).
  'visits.get',
  'visits.update',
  'visits.add',
  'officers.list',
  'import.files',
  // Column mappings (issue 19).
  'import.inspect',
  'import.mappings',
  'import.saveMapping',
  'plans.solve',
  'plans.cancel',
  'plans.current',
  // Officers in the app (issue 22).
  'officers.update',
  'officers.undoEdit',
  // Officers' availability per day and the week (issue 19).
  'officers.days',
  'officers.setDay',
  'days.week',
  'plans.edit',
  'plans.undo',
  'plans.redo',
  'plans.reoptimise',
  'plans.insertVisits',
  'exports.day',
  // Itineraries (issue 17).
  'exports.verifyCode',
  'dispatch.takeBack',
  'settings.itinerary',
  'settings.setItinerary',
  // Lawful visits (issue 18).
  'audit.verify',
  'audit.caseFile',
  'plans.check',
  'holds.list',
  'holds.place',
  'holds.release',
  'rules.current',
  'rules.history',
  'rules.change',
  'officers.expiringCertificates',
  'users.list',
  'users.save',
  'session.current',
  'session.signIn',
  'session.signOut',
  // The field loop (issue 19).
  'visits.recordOutcomes',
  'visits.outcomes',
  'plans.handOver',
  'followUps.list',
  'followUps.approve',
  'visits.carry',
  'plans.rebalance',
  'settings.planning',
  'settings.setPlanning',
  // Road travel times (issue 20).
  'settings.travel',
  'settings.setTravel',
  'settings.testTravel',
  // The map (issue 20).
  'settings.map',
  'settings.setMap',
  'map.checkOffline',
  'map.tile',
  // The supervisor's report (issue 19).
  'reports.supervisor',
  'reports.supervisorXlsx',
  // Geocoding (issue 20).
  'settings.geocoding',
  'settings.setGeocoding',
  'geocoding.run',
  'geocoding.cancel',
  'visits.confirmPlace',
  // Territories (issue 20).
  'territories.list',
  'territories.import',
  'territories.save',
  'territories.remove',
  // Retention of personal data (issue 21).
  'settings.retention',
  'settings.setRetention',
  'retention.purge',
  'workspace.backup',
  'workspace.backups',
  'settings.backups',
  'settings.setBackups',
] as const;

/** Every event name of the API. */
export const eventNames = ['plans.progress', 'plans.saved', 'menu.command', 'geocoding.progress'] as const;

export type MethodName = (typeof methodNames)[number];
export type EventName = (typeof eventNames)[number];

/** IPC channel for a method (`api:plans.solve`) and for an event (`evt:plans.progress`). */
export const methodChannel = (name: MethodName): string => `api:${name}`;
export const eventChannel = (name: EventName): string => `evt:${name}`;
