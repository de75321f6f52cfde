import type { LocalDate } from '../domain';
import type { DemoOfficerRow, DemoVisitRow } from './columns';
import { demoOfficers } from './demo-officers';
import { regularVisit, type VisitIds } from './demo-visits';
import { IMPOSSIBLE_KINDS, impossibleCount, makeImpossible } from './impossible-visits';
import { createRng, type Rng } from './rng';

/** What demo day to make: visits 1..20,000 and officers 1..1,000 on `date`, reproducible by `seed`. */
export interface DemoDayRequest {
  date: LocalDate;
  visits: number;
  officers: number;
  seed: number;
}

/** A demo day as the rows of the two import files (cell text keyed by canonical column name). */
export interface DemoDay {
  visits: DemoVisitRow[];
  officers: DemoOfficerRow[];
}

/**
 * A synthetic but realistic day of field visits in Shanghai: visits clustered in real
 * neighbourhoods, a roster living near them, and ~1% deliberately impossible visits whose notes
 * say why. Pure: the same request always gives the same rows.
 */
export function generateDemoDay(request: DemoDayRequest): DemoDay {
  const rng = createRng(request.seed);
  const compactDate = request.date.replace(/-/g, '');
  const usedCustomers = new Set<string>();
  const visits: DemoVisitRow[] = [];
  for (let i = 0; i < request.visits; i += 1) {
    const ids: VisitIds = {
      visitId: `V-${compactDate}-${String(i + 1).padStart(5, '0')}`,
      customerId: freshCustomerId(rng, usedCustomers),
      approvalRef: `AP-${compactDate}-${String(i + 1).padStart(4, '0')}`,
    };
    visits.push(regularVisit(rng, request.date, ids));
  }
  const slots = impossibleSlots(rng, request.visits);
  const regular = visits.filter((_, i) => !slots.includes(i));
  slots.forEach((slot, n) => {
    const twin = rng.pick(regular);
    visits[slot] = makeImpossible(rng, IMPOSSIBLE_KINDS[n % IMPOSSIBLE_KINDS.length], visits[slot], twin);
  });
  return { visits, officers: demoOfficers(rng, request.date, request.officers) };
}

/** Distinct visit positions to make impossible, scattered through the day's list. */
function impossibleSlots(rng: Rng, visitCount: number): number[] {
  const slots: number[] = [];
  const wanted = impossibleCount(visitCount);
  while (slots.length < wanted) {
    const slot = rng.int(0, visitCount - 1);
    if (!slots.includes(slot)) slots.push(slot);
  }
  return slots;
}

function freshCustomerId(rng: Rng, used: Set<string>): string {
  for (;;) {
    const id = `C${rng.int(100_000_000, 999_999_999)}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
