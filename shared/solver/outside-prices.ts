import type { Problem } from './problem';

/**
 * Prices for visits outside an officer's soft territories, compact: officers with the same soft
 * territories share a zone, so the table is V × zones, not V × K.
 */
export interface OutsidePrices {
  /** Zone of each officer, or −1 for an officer without soft territories. */
  zoneOf: Int32Array;
  zoneCount: number;
  /** Price (equivalent travel seconds) of visit v for zone z at `v × zoneCount + z`; 0 inside. */
  price: Int32Array;
}

/** One zone as the adapter hands it over: its officers' and inside visits' indices, and the price. */
export interface OutsideZoneIndices {
  officers: readonly number[];
  insideVisits: readonly number[];
  pricePerVisit: number;
}

/** The compact table for V visits and K officers; undefined when no officer pays anything. */
export function encodeOutsidePrices(V: number, K: number, zones: readonly OutsideZoneIndices[]): OutsidePrices | undefined {
  const priced = zones.filter((z) => z.pricePerVisit > 0 && z.officers.length > 0);
  if (priced.length === 0) return undefined;
  const zoneOf = new Int32Array(K).fill(-1);
  const price = new Int32Array(V * priced.length);
  priced.forEach((zone, z) => {
    for (const k of zone.officers) zoneOf[k] = z;
    for (let v = 0; v < V; v++) price[v * priced.length + z] = zone.pricePerVisit;
    for (const v of zone.insideVisits) price[v * priced.length + z] = 0;
  });
  return { zoneOf, zoneCount: priced.length, price };
}

/** What placing visit v with officer k adds to the objective for leaving k's soft territories. */
export function outsidePrice(p: Problem, v: number, k: number): number {
  const prices = p.outsidePrices;
  if (prices === undefined) return 0;
  const z = prices.zoneOf[k];
  return z < 0 ? 0 : prices.price[v * prices.zoneCount + z];
}

/** The sum of outside prices over officer k's stops. */
export function routeOutsidePrice(p: Problem, k: number, stops: Int32Array, len: number): number {
  if (p.outsidePrices === undefined || p.outsidePrices.zoneOf[k] < 0) return 0;
  let sum = 0;
  for (let i = 0; i < len; i++) sum += outsidePrice(p, stops[i], k);
  return sum;
}

/** The highest price any visit may cost (0 without soft territories). */
export function maxOutsidePrice(p: Problem): number {
  const prices = p.outsidePrices;
  if (prices === undefined) return 0;
  let highest = 0;
  for (let i = 0; i < prices.price.length; i++) if (prices.price[i] > highest) highest = prices.price[i];
  return highest;
}
