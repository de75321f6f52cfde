import { errorInBothLanguages, message } from '../i18n';

/**
 * Solomon's VRPTW text format (also used by Gehring & Homberger): a name line, the fleet size and
 * capacity, then one row per customer — number, x, y, demand, ready time, due date, service time —
 * with customer 0 the depot. Pure parsing; the caller reads the file.
 */

export interface SolomonCustomer {
  /** Customer number as in the file (0 is the depot). */
  id: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  depot: SolomonCustomer;
  /** Customers other than the depot, in file order. */
  customers: SolomonCustomer[];
}

/** Parses an instance; throws a sentence naming the line when the text is not in the format. */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/);
  const name = (lines.find((l) => l.trim() !== '') ?? '').trim();
  const numericRows: { line: number; values: number[] }[] = [];
  lines.forEach((raw, i) => {
    const parts = raw
      .trim()
      .split(/\s+/)
      .filter((p) => p !== '');
    if (parts.length === 0 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return;
    numericRows.push({ line: i + 1, values: parts.map(Number) });
  });
  const fleet = numericRows.find((r) => r.values.length === 2);
  if (!fleet) throw errorInBothLanguages(message('benchmark.noFleetRow'));
  const rows = numericRows.filter((r) => r.line > fleet.line);
  const customers: SolomonCustomer[] = rows.map(({ line, values }) => {
    if (values.length !== 7) {
      throw errorInBothLanguages(message('benchmark.wrongNumberCount', { line, found: values.length }));
    }
    const [id, x, y, demand, ready, due, service] = values;
    return { id, x, y, demand, ready, due, service };
  });
  const depot = customers.find((c) => c.id === 0);
  if (!depot) throw errorInBothLanguages(message('benchmark.noDepot'));
  const seen = new Set<number>();
  for (const c of customers) {
    if (seen.has(c.id)) throw errorInBothLanguages(message('benchmark.duplicateCustomer', { customer: c.id }));
    seen.add(c.id);
  }
  return { name, vehicles: fleet.values[0], capacity: fleet.values[1], depot, customers: customers.filter((c) => c.id !== 0) };
}

/** Unrounded Euclidean distance, the literature's travel time and cost. */
export function euclid(a: SolomonCustomer, b: SolomonCustomer): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
