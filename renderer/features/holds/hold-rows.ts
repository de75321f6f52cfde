import type { CustomerHold, LocalDate } from '../../../shared/domain';
import { holdBinds } from '../../../shared/logic/holds';

/** Where a hold stands: active (it binds today), ended (a do-not-visit past its date) or released. */
export type HoldState = 'active' | 'ended' | 'released';

export interface HoldRow {
  hold: CustomerHold;
  state: HoldState;
}

/** A hold's state on a day, by the planner's own rule (`holdBinds`). */
export function holdState(hold: CustomerHold, today: LocalDate): HoldState {
  if (hold.releasedAt !== null) return 'released';
  return holdBinds(hold, today) ? 'active' : 'ended';
}

/**
 * The holds as the table lists them: those whose customer ID contains `filter` (any case), active
 * ones first, each part in the order the back end gives (oldest first).
 */
export function holdRows(holds: readonly CustomerHold[], today: LocalDate, filter: string): HoldRow[] {
  const wanted = filter.trim().toLowerCase();
  const rows = holds
    .filter((hold) => hold.customerId.toLowerCase().includes(wanted))
    .map((hold) => ({ hold, state: holdState(hold, today) }));
  return [...rows.filter((r) => r.state === 'active'), ...rows.filter((r) => r.state !== 'active')];
}
