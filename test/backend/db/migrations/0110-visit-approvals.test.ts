import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';
import { createVisitsRepo } from '../../../../electron/backend/db/repos/visits-repo';
import type { VisitId } from '../../../../shared/domain';

// A synthetic visit (no real person), as 0010 stores it.
const insertVisit = (db: Db, id: string) =>
  db.exec(
    `INSERT INTO visits (id, date, kind, customer_id, customer_name, phone, address, lat, lng, coord_system, windows_json,
       service_sec, priority, risk_score, overdue_days, overdue_amount, required_skills_json, approval_ref, status, notes,
       created_at, updated_at)
     VALUES ('${id}', '2026-11-23', 'collection', 'C-1', '测试', '', '示例路 1 号', 31.2, 121.4, 'gcj02',
       '[{"startSec":32400,"endSec":43200}]', 1800, 3, NULL, NULL, NULL, '[]', 'AP-1', 'approved', '', 0, 0)`,
  );
const approvalOf = (db: Db, id: string) =>
  db.prepare('SELECT approved_by, approval_expires, approval_scope_json FROM visits WHERE id = ?').get(id);

describe('migration 0110 visit approvals', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('gives existing visits no approver, no expiry and no scope, and they read as approved for any kind, for good', () => {
    migrate(db, { to: 100 });
    insertVisit(db, 'V-old');
    migrate(db, { to: 110 });
    expect(dbVersion(db)).toBe(110);
    expect(approvalOf(db, 'V-old')).toEqual({ approved_by: null, approval_expires: null, approval_scope_json: null });
    // Read as today's app reads it, after the later migrations.
    migrate(db);
    expect(createVisitsRepo(db).get('V-old' as VisitId)).toMatchObject({
      approvalRef: 'AP-1',
      approvedBy: null,
      approvalExpires: null,
      approvalScope: null,
    });
  });

  it('stores an approver, an expiry and a scope, and refuses a malformed date or scope', () => {
    migrate(db, { to: 110 });
    insertVisit(db, 'V-1');
    const set = db.prepare('UPDATE visits SET approved_by = ?, approval_expires = ?, approval_scope_json = ? WHERE id = ?');
    set.run('审批人 王', '2026-11-30', '["verification","follow-up"]', 'V-1');
    migrate(db);
    expect(createVisitsRepo(db).get('V-1' as VisitId)).toMatchObject({
      approvedBy: '审批人 王',
      approvalExpires: '2026-11-30',
      approvalScope: ['verification', 'follow-up'],
    });
    expect(() => set.run('', null, null, 'V-1')).toThrow(/CHECK/);
    expect(() => set.run(null, '30/11/2026', null, 'V-1')).toThrow(/CHECK/);
    expect(() => set.run(null, null, 'verification', 'V-1')).toThrow(/CHECK/);
    expect(() => set.run(null, null, '{"kind":"verification"}', 'V-1')).toThrow(/CHECK/);
  });
});
