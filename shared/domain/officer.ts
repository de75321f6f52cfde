import { z } from 'zod';
import { OfficerId } from './ids';
import { DaySeconds, LocalDate } from './time';
import { GeoPoint } from './geo';
import { Skill } from './visit';

/** How an officer moves between visits; it sets the default travel speed. */
export const TravelMode = z.enum(['driving', 'scooter', 'cycling', 'walking', 'transit']);
export type TravelMode = z.infer<typeof TravelMode>;

/**
 * A qualification an officer holds, valid through `validUntil` inclusive (null: no expiry) and,
 * when `validFrom` is given, from that date on (a certification that starts later).
 */
export const OfficerSkill = z
  .object({ skill: Skill, validFrom: LocalDate.optional(), validUntil: LocalDate.nullable() })
  .refine((s) => s.validFrom === undefined || s.validUntil === null || s.validFrom <= s.validUntil, {
    message: 'skill is valid from a date after it ends',
    path: ['validFrom'],
  });
export type OfficerSkill = z.infer<typeof OfficerSkill>;

/**
 * A break (lunch) of `durationSec` that must start between `earliestStartSec` and `latestStartSec`.
 * A fixed break has both equal.
 */
export const Break = z
  .object({
    earliestStartSec: DaySeconds,
    latestStartSec: DaySeconds,
    durationSec: z
      .number()
      .int()
      .min(0)
      .max(4 * 3600),
  })
  .refine((b) => b.earliestStartSec <= b.latestStartSec, 'break window ends before it starts');
export type Break = z.infer<typeof Break>;

/** A field officer on the roster, with the shift they work on planned days. */
export const Officer = z
  .object({
    id: OfficerId,
    name: z.string().trim().min(1).max(100),
    team: z.string().trim().max(64),
    agency: z.string().trim().max(100),
    /** Where the day starts (home or office). */
    start: GeoPoint,
    /** Where the day ends; null for an open end (the route stops at the last visit). */
    end: GeoPoint.nullable(),
    /** The start and end places in words, when the roster gives them. */
    startAddress: z.string().trim().min(1).max(200).optional(),
    endAddress: z.string().trim().min(1).max(200).optional(),
    shiftStartSec: DaySeconds,
    shiftEndSec: DaySeconds,
    breaks: z.array(Break).max(3),
    /** At most this many visits a day. */
    maxVisits: z.number().int().min(0).max(200),
    /** At most this much working time (leaving start to reaching end), seconds. */
    maxWorkingSec: z.number().int().min(0).max(86_400),
    skills: z.array(OfficerSkill),
    travelMode: TravelMode,
    isActive: z.boolean(),
  })
  .refine((o) => o.shiftStartSec < o.shiftEndSec, { message: 'shift ends before it starts', path: ['shiftEndSec'] });
export type Officer = z.infer<typeof Officer>;

/** Skills an officer may use on a date: held, already valid and not expired. */
export function skillsValidOn(officer: Pick<Officer, 'skills'>, date: LocalDate): Set<string> {
  return new Set(
    officer.skills
      .filter((s) => (s.validFrom === undefined || s.validFrom <= date) && (s.validUntil === null || s.validUntil >= date))
      .map((s) => s.skill),
  );
}

/**
 * The break a plan schedules: the one that may start earliest. Routes record one break; further
 * breaks of the officer are not planned yet.
 */
export function plannedBreak(officer: Pick<Officer, 'breaks'>): Break | undefined {
  let earliest: Break | undefined;
  for (const b of officer.breaks) if (!earliest || b.earliestStartSec < earliest.earliestStartSec) earliest = b;
  return earliest;
}
