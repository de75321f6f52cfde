import type { DemoVisitRow } from './columns';
import type { Rng } from './rng';
import { scatter } from './shanghai-areas';
import { syntheticAddress } from './synthetic-people';

/** Ways a demo visit is made impossible to plan, so the unassigned list has something to explain. */
export const IMPOSSIBLE_KINDS = ['missing_skill', 'outside_hours', 'far_away', 'too_frequent'] as const;
/** One way of being impossible. */
export type ImpossibleKind = (typeof IMPOSSIBLE_KINDS)[number];

/** A skill no demo officer holds. */
export const UNHELD_SKILL = 'legal-notice';

/** The only window of the out-of-hours visit: after the 21:00 limit common in China. */
export const LATE_WINDOW = '22:00-23:00';

/** About 150 km west of central Shanghai (Changxing county, Zhejiang), WGS-84. */
export const FAR_CENTRE = { lat: 31.03, lng: 119.91 } as const;

/** Every note of an impossible visit starts with this, so a reader can filter for them. */
export const IMPOSSIBLE_NOTE_PREFIX = 'demo: impossible';

/** How many impossible visits a day of `visitCount` gets: none below 20, one below 50, else ~1% and at least 4. */
export function impossibleCount(visitCount: number): number {
  if (visitCount < 20) return 0;
  if (visitCount < 50) return 1;
  return Math.max(IMPOSSIBLE_KINDS.length, Math.round(visitCount / 100));
}

/**
 * Turns a regular demo visit into an impossible one of `kind`. `twin` is another regular visit
 * whose customer the too-frequent visit repeats.
 */
export function makeImpossible(rng: Rng, kind: ImpossibleKind, base: DemoVisitRow, twin: DemoVisitRow): DemoVisitRow {
  switch (kind) {
    case 'missing_skill':
      return {
        ...base,
        skills: `${base.skills};${UNHELD_SKILL}`,
        notes: `${IMPOSSIBLE_NOTE_PREFIX} — no officer has the skill ${UNHELD_SKILL}（演示：没有外访员具备 ${UNHELD_SKILL} 技能）`,
      };
    case 'outside_hours':
      return {
        ...base,
        windows: LATE_WINDOW,
        notes: `${IMPOSSIBLE_NOTE_PREFIX} — the only window ${LATE_WINDOW} is outside the permitted visiting hours（演示：唯一的预约时段在允许上门的时间之外）`,
      };
    case 'far_away': {
      const point = scatter(rng, FAR_CENTRE, 1);
      return {
        ...base,
        address: syntheticAddress(rng, '浙江省湖州市长兴县'),
        lat: point.lat.toFixed(6),
        lng: point.lng.toFixed(6),
        windows: '09:00-10:00',
        notes: `${IMPOSSIBLE_NOTE_PREFIX} — about 150 km outside the city, unreachable within its window（演示：距市区约 150 公里，预约时段内无法到达）`,
      };
    }
    case 'too_frequent':
      return {
        ...base,
        kind: 'follow-up',
        customer_id: twin.customer_id,
        customer_name: twin.customer_name,
        phone: twin.phone,
        address: twin.address,
        lat: twin.lat,
        lng: twin.lng,
        coord_system: twin.coord_system,
        skills: twin.skills,
        overdue_days: twin.overdue_days,
        overdue_amount: twin.overdue_amount,
        notes: `${IMPOSSIBLE_NOTE_PREFIX} — second visit today for customer ${twin.customer_id} (too frequent)（演示：同一客户当天第二次外访，过于频繁）`,
      };
  }
}
