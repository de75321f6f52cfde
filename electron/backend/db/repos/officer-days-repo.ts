import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Availability, CoordSystem, LocalDate, OfficerDay, OfficerId } from '../../../../shared/domain';
import { systemClock, type Clock } from './clock';

interface OfficerDayRow {
  officer_id: string;
  date: string;
  availability: string;
  shift_start_sec: number | null;
  shift_end_sec: number | null;
  start_lat: number | null;
  start_lng: number | null;
  start_system: string | null;
  start_address: string;
  note: string;
}

export type OfficerDaysRepo = ReturnType<typeof createOfficerDaysRepo>;

/** Officers' days that differ from their record ↔ `officer_days` (one row per officer and date). */
export function createOfficerDaysRepo(db: Db, clock: Clock = systemClock) {
  const upsert = db.prepare(
    `INSERT INTO officer_days (officer_id, date, availability, shift_start_sec, shift_end_sec, start_lat, start_lng, start_system,
       start_address, note, updated_at)
     VALUES (@officer_id, @date, @availability, @shift_start_sec, @shift_end_sec, @start_lat, @start_lng, @start_system,
       @start_address, @note, @now)
     ON CONFLICT (officer_id, date) DO UPDATE SET availability = excluded.availability,
       shift_start_sec = excluded.shift_start_sec, shift_end_sec = excluded.shift_end_sec, start_lat = excluded.start_lat,
       start_lng = excluded.start_lng, start_system = excluded.start_system, start_address = excluded.start_address,
       note = excluded.note, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM officer_days WHERE officer_id = ? AND date = ?');
  const exists = db.prepare<[string, string]>('SELECT 1 FROM officer_days WHERE officer_id = ? AND date = ?').pluck();
  const one = db.prepare<[string, string], OfficerDayRow>('SELECT * FROM officer_days WHERE officer_id = ? AND date = ?');
  const onDate = db.prepare<[string], OfficerDayRow>('SELECT * FROM officer_days WHERE date = ? ORDER BY officer_id');
  const inRange = db.prepare<[string, string], OfficerDayRow>(
    'SELECT * FROM officer_days WHERE date BETWEEN ? AND ? ORDER BY date, officer_id',
  );

  return {
    get(officerId: OfficerId, date: LocalDate): OfficerDay | null {
      const row = one.get(officerId, date);
      return row ? toDay(row) : null;
    },
    /** The entries of one date, by officer id. */
    on(date: LocalDate): OfficerDay[] {
      return onDate.all(date).map(toDay);
    },
    /** The entries from `from` to `to` inclusive, by date then officer id. */
    between(from: LocalDate, to: LocalDate): OfficerDay[] {
      return inRange.all(from, to).map(toDay);
    },
    /** Stores days (replacing an officer's entry for the same date), all or nothing. */
    saveMany(days: readonly OfficerDay[]): { inserted: number; updated: number } {
      return db.transaction(() => {
        let updated = 0;
        for (const day of days) {
          if (exists.get(day.officerId, day.date) !== undefined) updated += 1;
          upsert.run({ ...toRow(day), now: clock().toISOString() });
        }
        return { inserted: days.length - updated, updated };
      })();
    },
    /** Makes the day an ordinary one again; false when it had no entry. */
    clear(officerId: OfficerId, date: LocalDate): boolean {
      return remove.run(officerId, date).changes === 1;
    },
  };
}

function toRow(d: OfficerDay): OfficerDayRow {
  return {
    officer_id: d.officerId,
    date: d.date,
    availability: d.availability,
    shift_start_sec: d.shiftStartSec,
    shift_end_sec: d.shiftEndSec,
    start_lat: d.start?.lat ?? null,
    start_lng: d.start?.lng ?? null,
    start_system: d.start?.system ?? null,
    start_address: d.startAddress,
    note: d.note,
  };
}

function toDay(r: OfficerDayRow): OfficerDay {
  return {
    officerId: r.officer_id as OfficerId,
    date: r.date,
    availability: r.availability as Availability,
    shiftStartSec: r.shift_start_sec,
    shiftEndSec: r.shift_end_sec,
    start:
      r.start_system === null ? null : { lat: r.start_lat as number, lng: r.start_lng as number, system: r.start_system as CoordSystem },
    startAddress: r.start_address,
    note: r.note,
  };
}
