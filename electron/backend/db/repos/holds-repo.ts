import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { CustomerHold, HoldKind, LocalDate, OfficerId } from '../../../../shared/domain';
import { systemClock, type Clock } from './clock';

interface HoldRow {
  id: number;
  customer_id: string;
  kind: HoldKind;
  officer_id: string | null;
  until_date: string | null;
  note: string;
  placed_by: string;
  placed_at: string;
  released_by: string | null;
  released_at: string | null;
  release_reason: string | null;
}

export interface NewHold {
  customerId: string;
  kind: HoldKind;
  officerId: OfficerId | null;
  until: LocalDate | null;
  note: string;
  placedBy: string;
}

export type HoldsRepo = ReturnType<typeof createHoldsRepo>;

/** Holds on customers ↔ `customer_holds`: placed, then released (never changed or removed otherwise). */
export function createHoldsRepo(db: Db, clock: Clock = systemClock) {
  const insert = db.prepare(
    `INSERT INTO customer_holds (customer_id, kind, officer_id, until_date, note, placed_by, placed_at)
       VALUES (@customerId, @kind, @officerId, @until, @note, @placedBy, @placedAt)`,
  );
  const release = db.prepare(
    `UPDATE customer_holds SET released_by = @by, released_at = @at, release_reason = @reason WHERE id = @id AND released_at IS NULL`,
  );
  const byId = db.prepare<[number], HoldRow>('SELECT * FROM customer_holds WHERE id = ?');
  const all = db.prepare<[], HoldRow>('SELECT * FROM customer_holds ORDER BY id');
  const ofCustomer = db.prepare<[string], HoldRow>('SELECT * FROM customer_holds WHERE customer_id = ? ORDER BY id');
  const unreleasedOf = db.prepare<[string], HoldRow>(
    `SELECT * FROM customer_holds WHERE released_at IS NULL AND customer_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );

  return {
    place(hold: NewHold): CustomerHold {
      const { lastInsertRowid } = insert.run({ ...hold, placedAt: clock().toISOString() });
      return toHold(byId.get(Number(lastInsertRowid))!);
    },
    /** Releases an active hold; false when there is none with that id to release. */
    release(id: number, by: string, reason: string): boolean {
      return release.run({ id, by, reason, at: clock().toISOString() }).changes === 1;
    },
    get(id: number): CustomerHold | null {
      const row = byId.get(id);
      return row ? toHold(row) : null;
    },
    /** Every hold, or one customer's, oldest first (released ones too: the history). */
    list(customerId?: string): CustomerHold[] {
      return (customerId === undefined ? all.all() : ofCustomer.all(customerId)).map(toHold);
    },
    /** The holds not yet released on these customers (whether they bind on a day is `activeHolds`'s rule). */
    unreleased(customerIds: readonly string[]): CustomerHold[] {
      return unreleasedOf.all(JSON.stringify(customerIds)).map(toHold);
    },
  };
}

function toHold(r: HoldRow): CustomerHold {
  return {
    id: r.id,
    customerId: r.customer_id,
    kind: r.kind,
    officerId: r.officer_id as OfficerId | null,
    until: r.until_date,
    note: r.note,
    placedBy: r.placed_by,
    placedAt: r.placed_at,
    releasedBy: r.released_by,
    releasedAt: r.released_at,
    releaseReason: r.release_reason,
  };
}
