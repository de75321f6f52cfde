import type { CustomerHold, LocalDate, Message, OfficerId } from '../domain';
import { message } from '../i18n';

/** Whether a hold binds on a date: placed and not released, and for "do not visit until", through its date. */
export function holdBinds(hold: CustomerHold, date: LocalDate): boolean {
  if (hold.releasedAt !== null) return false;
  return hold.kind !== 'do_not_visit' || hold.until === null || date <= hold.until;
}

/** What a customer's holds mean for a visit on a date. */
export interface HoldEffect {
  /** The hold that blocks planning, as a sentence; null when none does. */
  blockedBy: Message | null;
  /** Officers a complaint keeps away from the customer. */
  excludedOfficers: OfficerId[];
}

/**
 * The effect of a customer's holds on a day: any binding hold blocks planning, except a complaint
 * against one officer, which only keeps that officer away.
 */
export function holdEffect(holds: readonly CustomerHold[], date: LocalDate): HoldEffect {
  const binding = holds.filter((h) => holdBinds(h, date));
  const blocking = binding.find((h) => !(h.kind === 'complaint' && h.officerId !== null));
  const excludedOfficers = binding.filter((h) => h.kind === 'complaint' && h.officerId !== null).map((h) => h.officerId!);
  if (!blocking) return { blockedBy: null, excludedOfficers };
  const values = {
    kind: message(`hold.kind.${blocking.kind}`),
    since: blocking.placedAt.slice(0, 10),
    until: blocking.until ?? '',
    id: blocking.id,
  };
  const sentence = blocking.until ? message('hold.blocksUntil', values) : message('hold.blocks', values);
  return { blockedBy: sentence, excludedOfficers };
}
