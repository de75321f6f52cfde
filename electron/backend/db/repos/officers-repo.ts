import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { upsertById } from './upsert';
import type { Break, CoordSystem, Officer, OfficerId, OfficerSkill, TravelMode } from '../../../../shared/domain';
import { systemClock, type Clock } from './clock';

interface OfficerRow {
  id: string;
  name: string;
  team: string;
  agency: string;
  start_lat: number;
  start_lng: number;
  start_system: string;
  end_lat: number | null;
  end_lng: number | null;
  end_system: string | null;
  shift_start_sec: number;
  shift_end_sec: number;
  breaks_json: string;
  max_visits: number;
  max_working_sec: number;
  skills_json: string;
  travel_mode: string;
  is_active: number;
  start_address: string;
  end_address: string;
}

const COLUMNS = [
  'id',
  'name',
  'team',
  'agency',
  'start_lat',
  'start_lng',
  'start_system',
  'end_lat',
  'end_lng',
  'end_system',
  'shift_start_sec',
  'shift_end_sec',
  'breaks_json',
  'max_visits',
  'max_working_sec',
  'skills_json',
  'travel_mode',
  'is_active',
  'start_address',
  'end_address',
] as const;

export type OfficersRepo = ReturnType<typeof createOfficersRepo>;

/** The roster ↔ the `officers` table. */
export function createOfficersRepo(db: Db, clock: Clock = systemClock) {
  const insert = db.prepare(
    `INSERT INTO officers (${COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE officers SET ${COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = @${c}`)
      .join(', ')},
       updated_at = @now WHERE id = @id`,
  );
  const exists = db.prepare('SELECT 1 FROM officers WHERE id = ?').pluck();
  const all = db.prepare('SELECT * FROM officers ORDER BY id');
  const active = db.prepare('SELECT * FROM officers WHERE is_active = 1 ORDER BY id');
  const byId = db.prepare('SELECT * FROM officers WHERE id = ?');

  const upsertAll = upsertById<Officer>(db, { exists, insert, update }, officerToRow, clock);

  return {
    /** Inserts new officers and overwrites existing ones (by id), all or nothing. */
    upsertMany(officers: readonly Officer[]): { inserted: number; updated: number } {
      return upsertAll(officers);
    },
    /** The whole roster, ordered by id. */
    list(): Officer[] {
      return (all.all() as OfficerRow[]).map(rowToOfficer);
    },
    /** Officers marked active, ordered by id. */
    listActive(): Officer[] {
      return (active.all() as OfficerRow[]).map(rowToOfficer);
    },
    get(id: OfficerId): Officer | null {
      const row = byId.get(id) as OfficerRow | undefined;
      return row ? rowToOfficer(row) : null;
    },
  };
}

function officerToRow(o: Officer): OfficerRow {
  return {
    id: o.id,
    name: o.name,
    team: o.team,
    agency: o.agency,
    start_lat: o.start.lat,
    start_lng: o.start.lng,
    start_system: o.start.system,
    end_lat: o.end?.lat ?? null,
    end_lng: o.end?.lng ?? null,
    end_system: o.end?.system ?? null,
    shift_start_sec: o.shiftStartSec,
    shift_end_sec: o.shiftEndSec,
    breaks_json: JSON.stringify(
      o.breaks.map((b) => ({
        earliestStartSec: b.earliestStartSec,
        latestStartSec: b.latestStartSec,
        durationSec: b.durationSec,
      })),
    ),
    max_visits: o.maxVisits,
    max_working_sec: o.maxWorkingSec,
    skills_json: JSON.stringify(
      o.skills.map((s) => ({ skill: s.skill, ...(s.validFrom === undefined ? {} : { validFrom: s.validFrom }), validUntil: s.validUntil })),
    ),
    travel_mode: o.travelMode,
    is_active: o.isActive ? 1 : 0,
    start_address: o.startAddress ?? '',
    end_address: o.endAddress ?? '',
  };
}

function rowToOfficer(r: OfficerRow): Officer {
  return {
    id: r.id as OfficerId,
    name: r.name,
    team: r.team,
    agency: r.agency,
    start: { lat: r.start_lat, lng: r.start_lng, system: r.start_system as CoordSystem },
    end: r.end_system === null ? null : { lat: r.end_lat as number, lng: r.end_lng as number, system: r.end_system as CoordSystem },
    shiftStartSec: r.shift_start_sec,
    shiftEndSec: r.shift_end_sec,
    breaks: JSON.parse(r.breaks_json) as Break[],
    maxVisits: r.max_visits,
    maxWorkingSec: r.max_working_sec,
    skills: JSON.parse(r.skills_json) as OfficerSkill[],
    travelMode: r.travel_mode as TravelMode,
    isActive: r.is_active === 1,
    ...(r.start_address === '' ? {} : { startAddress: r.start_address }),
    ...(r.end_address === '' ? {} : { endAddress: r.end_address }),
  };
}
