import type { CustomerHold, HoldKind, LocalDate, OfficerId } from '../../../shared/domain';
import { AppError, badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';

export interface HoldRequest {
  customerId: string;
  kind: HoldKind;
  officerId?: OfficerId;
  until?: LocalDate;
  note?: string;
  placedBy: string;
}

/** Places a hold on a customer, audited; a complaint may name the officer complained about (who must exist). */
export function placeHold(repos: Repos, request: HoldRequest): CustomerHold {
  if (request.officerId && !repos.officers.get(request.officerId)) {
    throw badInput(message('hold.unknownOfficer', { officerId: request.officerId }));
  }
  return repos.transaction(() => {
    const hold = repos.holds.place({
      customerId: request.customerId,
      kind: request.kind,
      officerId: request.officerId ?? null,
      until: request.until ?? null,
      note: request.note ?? '',
      placedBy: request.placedBy,
    });
    repos.audit.append({ action: 'hold.place', entity: 'customer', entityId: hold.customerId, detail: hold });
    return hold;
  });
}

/** Releases a hold, naming who and why, audited; refused for an unknown or already released hold. */
export function releaseHold(repos: Repos, id: number, releasedBy: string, reason: string): CustomerHold {
  return repos.transaction(() => {
    const hold = repos.holds.get(id);
    if (!hold) throw new AppError('not_found', message('hold.unknown', { id }));
    if (!repos.holds.release(id, releasedBy, reason)) {
      throw new AppError('conflict', message('hold.alreadyReleased', { id, by: hold.releasedBy ?? '', at: hold.releasedAt ?? '' }));
    }
    const released = repos.holds.get(id)!;
    repos.audit.append({ action: 'hold.release', entity: 'customer', entityId: hold.customerId, detail: released });
    return released;
  });
}
