import { z } from 'zod';
import { LocalDate, OfficerId, VisitKind } from '../domain';

/**
 * One officer's certificate that runs out soon (or has run out but is still on the record), as the
 * warning list shows it. `required`: a certificate the visiting rules require, with the visit kinds
 * needing it; `other`: any other skill held with an end date.
 */
export const ExpiringCertificate = z.object({
  group: z.enum(['required', 'other']),
  kinds: z.array(VisitKind),
  officerId: OfficerId,
  officerName: z.string(),
  certificate: z.string(),
  /** The last day it is valid. */
  validUntil: LocalDate,
  /** Days from the day asked about to `validUntil`: 0 on the last valid day, negative once expired. */
  daysLeft: z.number().int(),
});
export type ExpiringCertificate = z.infer<typeof ExpiringCertificate>;
