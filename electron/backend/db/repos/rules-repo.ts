import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { badInput } from '../../../../shared/api/errors';
import { DEFAULT_RULE_SET, NO_CERTIFICATES, RuleSet, type RuleSetVersion } from '../../../../shared/domain';
import { message } from '../../../../shared/i18n';
import { fieldPath, normaliseRules, validRules } from '../../../../shared/logic/rule-set';
import { systemClock, type Clock } from './clock';

interface RuleSetRow {
  version: number;
  rules_json: string;
  changed_by: string;
  changed_at: string;
  reason: string;
}

/** Who version 1 names when the workspace's rules were never changed. */
export const DEFAULTS_CHANGED_BY = 'system';
export const DEFAULTS_REASON = 'defaults';

/** A rule set as stored: versions saved before certificates existed require none. */
const StoredRuleSet = RuleSet.extend({ certificates: RuleSet.shape.certificates.default(() => ({ ...NO_CERTIFICATES })) });

const Author = z.object({ changedBy: z.string().trim().min(1).max(100), reason: z.string().trim().min(1).max(500) });

export type RulesRepo = ReturnType<typeof createRulesRepo>;

/**
 * The visiting rules, versioned ↔ `rule_sets` (append-only): every change is a new version naming
 * who, when (ISO 8601 UTC, the repo's clock) and why; the newest version is the rules in force.
 * A workspace whose rules never changed has the defaults as version 1: the first read (or save)
 * stores them, by `system` for `defaults`, so a plan made under version 1 keeps pointing at the
 * same rules even if a later app ships other defaults (a read-only connection reports them unstored).
 */
export function createRulesRepo(db: Db, clock: Clock = systemClock) {
  const newest = db.prepare<[], RuleSetRow>('SELECT * FROM rule_sets ORDER BY version DESC LIMIT 1');
  const byVersion = db.prepare<[number], RuleSetRow>('SELECT * FROM rule_sets WHERE version = ?');
  const all = db.prepare<[], RuleSetRow>('SELECT * FROM rule_sets ORDER BY version DESC');
  const insert = db.prepare(
    `INSERT INTO rule_sets (version, rules_json, changed_by, changed_at, reason)
       VALUES (@version, @rules_json, @changed_by, @changed_at, @reason)`,
  );
  // OR IGNORE: another window or the command line may store the defaults at the same moment.
  const insertDefaults = db.prepare(
    `INSERT OR IGNORE INTO rule_sets (version, rules_json, changed_by, changed_at, reason) VALUES (1, ?, ?, ?, ?)`,
  );

  const storeDefaults = db.transaction((row: RuleSetRow) => {
    insertDefaults.run(row.rules_json, row.changed_by, row.changed_at, row.reason);
  });
  /**
   * The newest row. A workspace without one gets the defaults stored as version 1 (a write only
   * then, taking the write lock at once); a read-only connection reports them without storing.
   */
  const newestRow = (): RuleSetRow => {
    const row = newest.get();
    if (row) return row;
    const defaults: RuleSetRow = {
      version: 1,
      rules_json: JSON.stringify(normaliseRules(DEFAULT_RULE_SET)),
      changed_by: DEFAULTS_CHANGED_BY,
      changed_at: clock().toISOString(),
      reason: DEFAULTS_REASON,
    };
    if (db.readonly) return defaults;
    storeDefaults.immediate(defaults);
    return newest.get()!;
  };

  const append = db.transaction((rules: RuleSet, changedBy: string, reason: string): RuleSetVersion => {
    const row: RuleSetRow = {
      version: newestRow().version + 1,
      rules_json: JSON.stringify(rules),
      changed_by: changedBy,
      changed_at: clock().toISOString(),
      reason,
    };
    insert.run(row);
    return toVersion(row);
  });

  return {
    /** The rules in force: the newest version. */
    current(): RuleSetVersion {
      return toVersion(newestRow());
    },
    /** One version, or null when the workspace has none by that number. */
    get(version: number): RuleSetVersion | null {
      const top = newestRow();
      const row = version === top.version ? top : byVersion.get(version);
      return row ? toVersion(row) : null;
    },
    /** Every version, newest first (the history a supervisor reads). */
    list(): RuleSetVersion[] {
      const top = newestRow();
      const rows = all.all();
      return (rows.length > 0 ? rows : [top]).map(toVersion);
    },
    /**
     * Stores `rules` as the next version and returns it. The rules are checked (schema, overlapping
     * blocks of one weekday, adjusted working days that are holidays) and normalised: blocks in
     * time order, dates sorted without repeats. Refuses with a bad-input error naming the fields.
     */
    save(rules: RuleSet, changedBy: string, reason: string): RuleSetVersion {
      const author = Author.safeParse({ changedBy, reason });
      if (!author.success) {
        const fields = [...new Set(author.error.issues.map((issue) => fieldPath(issue.path)))];
        throw badInput(message('rules.invalid', { fields }), { fields });
      }
      return append.immediate(validRules(rules), author.data.changedBy, author.data.reason);
    },
  };
}

function toVersion(row: RuleSetRow): RuleSetVersion {
  return {
    version: row.version,
    rules: StoredRuleSet.parse(JSON.parse(row.rules_json)),
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    reason: row.reason,
  };
}
