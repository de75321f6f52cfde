import { formatWindow, type TimeWindow } from '../domain';
import type { Rng } from './rng';

const HOUR = 3600;

/** The broad slots customers are offered, seconds since midnight. */
export const SLOTS = {
  morning: { startSec: 9 * HOUR, endSec: 12 * HOUR },
  afternoon: { startSec: 13.5 * HOUR, endSec: 17.5 * HOUR },
  evening: { startSec: 18 * HOUR, endSec: 20.5 * HOUR },
} as const satisfies Record<string, TimeWindow>;

/**
 * Appointment windows as a visits-file cell: one broad slot (most), a 2-hour slot agreed on the
 * phone, or two broad slots the customer is home in. Evenings are rarer, as few officers work late.
 */
export function demoWindows(rng: Rng): string {
  const roll = rng.next();
  let windows: TimeWindow[];
  if (roll < 0.45) {
    windows = [rng.weighted([SLOTS.morning, SLOTS.afternoon, SLOTS.evening], (w) => (w === SLOTS.evening ? 1 : 4.5))];
  } else if (roll < 0.75) {
    // Agreed 2-hour slots start on the half hour between 09:00 and 18:30, so they end by 20:30.
    const startSec = 9 * HOUR + rng.int(0, 19) * 1800;
    windows = [{ startSec, endSec: startSec + 2 * HOUR }];
  } else {
    windows = rng.chance(0.7) ? [SLOTS.morning, SLOTS.afternoon] : [SLOTS.afternoon, SLOTS.evening];
  }
  return windows.map(formatWindow).join(';');
}
