import { type Problem } from './problem';

/** Visit may be planned. */
export const PLANNABLE = 0;
/** Status is not approved/planned. */
export const NOT_APPROVED = 1;
/** Over the visits-per-customer limit for the day. */
export const TOO_FREQUENT = 2;

/**
 * Rules that keep visits out before any routing: status, then the per-customer limit. Per customer
 * the highest priorities are kept (ties: earliest window, then id order), the rest are too frequent.
 * Returns one of PLANNABLE / NOT_APPROVED / TOO_FREQUENT per visit.
 */
export function preselect(p: Problem): Uint8Array {
  const verdict = new Uint8Array(p.visitCount);
  const byCustomer = new Map<number, number[]>();
  for (let v = 0; v < p.visitCount; v++) {
    if (p.isApproved[v] === 0) {
      verdict[v] = NOT_APPROVED;
      continue;
    }
    const list = byCustomer.get(p.customer[v]);
    if (list) list.push(v);
    else byCustomer.set(p.customer[v], [v]);
  }
  for (const list of byCustomer.values()) {
    if (list.length <= p.maxPerCustomer) continue;
    list.sort((a, b) => p.priority[b] - p.priority[a] || p.firstWindowSec[a] - p.firstWindowSec[b] || p.idRank[a] - p.idRank[b]);
    for (let i = p.maxPerCustomer; i < list.length; i++) verdict[list[i]] = TOO_FREQUENT;
  }
  return verdict;
}
