import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../../../shared/api/contract';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createEventHub } from '../../../../electron/backend/events';
import { createHandlers } from '../../../../electron/backend/handlers';

/** Canonical visits header, in the documented column order. */
export const VISITS_HEADER =
  'visit_id,date,kind,customer_id,customer_name,phone,address,lat,lng,windows,service_min,priority,skills,approval_ref,notes';

/** A synthetic visit line (test data, no real person); `lat` can be made wrong on purpose. */
export function visitLine(n: number, options: { date?: string; lat?: string } = {}): string {
  const id = String(n).padStart(3, '0');
  return [
    `IMP-${id}`,
    options.date ?? '2027-01-15',
    'collection',
    `C-IMP-${id}`,
    `Test Person ${id}`,
    `138 0000 0${id}`,
    `${n} Test Road`,
    options.lat ?? '31.23',
    '121.47',
    '09:00-12:00',
    '30',
    '3',
    '',
    `AP-IMP-${id}`,
    '',
  ].join(',');
}

/** A visits CSV file from lines below the canonical header. */
export function visitsFile(lines: string[], name = 'visits.csv'): File {
  return new File([[VISITS_HEADER, ...lines].join('\r\n') + '\r\n'], name, { type: 'text/csv' });
}

/** The real back end on an in-memory workspace, so previews carry the real row checks. */
export function realBackend(): { db: Database; handlers: Handlers } {
  const db = openDatabase(':memory:');
  return { db, handlers: createHandlers(db, { events: createEventHub(), logError: () => undefined }) };
}

/** jsdom has no modal dialogs; Chromium and Electron do (the e2e test covers the real thing). */
export function stubDialog(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
