import { z } from 'zod';
import { GeoPoint } from './geo';
import { OfficerId } from './ids';
import { DaySeconds, LocalDate } from './time';

/** Whether an officer works on a given day: on leave (`off`), or working (perhaps differently). */
export const Availability = z.enum(['working', 'off']);
export type Availability = z.infer<typeof Availability>;

/**
 * One officer's day when it differs from their record (issue 19): on leave, or working with a
 * shift of that day (a half day is a shorter shift) and/or a start place of that day. What is not
 * given is as the officer's record says. A day without an entry is an ordinary day.
 */
export const OfficerDay = z
  .object({
    officerId: OfficerId,
    date: LocalDate,
    availability: Availability,
    /** The day's shift, both ends or neither; seconds after midnight. Only for a working day. */
    shiftStartSec: DaySeconds.nullable(),
    shiftEndSec: DaySeconds.nullable(),
    /** Where the day starts, when not where the record says. Only for a working day. */
    start: GeoPoint.nullable(),
    startAddress: z.string().trim().max(200),
    note: z.string().trim().max(500),
  })
  .refine((d) => (d.shiftStartSec === null) === (d.shiftEndSec === null), {
    message: 'a shift of the day needs both a start and an end',
    path: ['shiftEndSec'],
  })
  .refine((d) => d.shiftStartSec === null || d.shiftEndSec === null || d.shiftStartSec < d.shiftEndSec, {
    message: 'shift ends before it starts',
    path: ['shiftEndSec'],
  })
  .refine((d) => d.availability === 'working' || (d.shiftStartSec === null && d.start === null), {
    message: 'a day off has no shift or start place',
    path: ['availability'],
  });
export type OfficerDay = z.infer<typeof OfficerDay>;
