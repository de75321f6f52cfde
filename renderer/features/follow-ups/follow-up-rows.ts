import type { FollowUp, FollowUpRule, FollowUpStatus } from '../../../shared/domain';

/** The order the table lists follow-ups in: what awaits a person first (to approve, then to look at), then what is decided. */
export const STATUS_ORDER: readonly FollowUpStatus[] = ['proposed', 'flagged', 'approved', 'withdrawn'];

/**
 * The follow-ups as the table lists them: those of `rule` (all when null), by state in
 * `STATUS_ORDER`, each state in the order the back end gives (oldest first).
 */
export function followUpRows(followUps: readonly FollowUp[], rule: FollowUpRule | null): FollowUp[] {
  const shown = followUps.filter((f) => rule === null || f.rule === rule);
  return STATUS_ORDER.flatMap((status) => shown.filter((f) => f.status === status));
}

/** The ids in `selected` that are still proposed among `rows`: what "Approve selected" sends. */
export function selectedProposed(rows: readonly FollowUp[], selected: ReadonlySet<number>): number[] {
  return rows.filter((f) => f.status === 'proposed' && selected.has(f.id)).map((f) => f.id);
}
