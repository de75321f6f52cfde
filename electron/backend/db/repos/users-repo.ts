import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { User, UserRole } from '../../../../shared/domain';
import { systemClock, type Clock } from './clock';

interface UserRow {
  id: string;
  name: string;
  role: UserRole;
  active: number;
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;

/** Local user profiles ↔ `users`: added and changed, never deleted (the audit trail names them). */
export function createUsersRepo(db: Db, clock: Clock = systemClock) {
  const upsert = db.prepare(
    `INSERT INTO users (id, name, role, active, created_at) VALUES (@id, @name, @role, @active, @createdAt)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active`,
  );
  const byId = db.prepare<[string], UserRow>('SELECT id, name, role, active FROM users WHERE id = ?');
  const all = db.prepare<[], UserRow>(`SELECT id, name, role, active FROM users ORDER BY active DESC, role = 'supervisor' DESC, name, id`);
  const activeSupervisors = db.prepare<[], number>(`SELECT count(*) FROM users WHERE role = 'supervisor' AND active = 1`).pluck();
  const count = db.prepare<[], number>('SELECT count(*) FROM users').pluck();

  return {
    get(id: string): User | null {
      const row = byId.get(id);
      return row ? toUser(row) : null;
    },
    /** Active profiles first, supervisors first among them, then by name. */
    list(): User[] {
      return all.all().map(toUser);
    },
    save(user: User): User {
      upsert.run({ ...user, active: user.active ? 1 : 0, createdAt: clock().toISOString() });
      return this.get(user.id)!;
    },
    activeSupervisorCount(): number {
      return activeSupervisors.get()!;
    },
    count(): number {
      return count.get()!;
    },
  };
}

function toUser(r: UserRow): User {
  return { id: r.id, name: r.name, role: r.role, active: r.active === 1 };
}
