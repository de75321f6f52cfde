import type { RowError } from '../../../shared/api/import-report';
import type { OfficerChanges, OfficerEditResult } from '../../../shared/api/officer-edit';
import { AppError, badInput } from '../../../shared/api/errors';
import type { LocalDate, Officer, OfficerId } from '../../../shared/domain';
import { message, type Sentence } from '../../../shared/i18n';
import { officerRowErrors, readOfficerEdit } from '../import/officer-edit';
import type { Repos } from '../db/repos';

/** The staleness rule: re-checks the current plans that route these officers, returns the dates whose flags changed. */
export type RecheckPlans = (changed: { officerIds: readonly OfficerId[] }) => LocalDate[];

const EDIT = 'officer.edit';
const UNDO = 'officer.undoEdit';

/** What the audit log keeps of an officer change: the changed record fields before and after. */
interface EditDetail {
  name: string;
  before: Partial<Officer>;
  after: Partial<Officer>;
}

/**
 * Changes some fields of one officer, read by the import's rules; in one transaction stores the
 * record, logs before and after, and re-checks every current plan that routes the officer.
 * Refuses (nothing written) with every bad field named, the officer by name.
 */
export function updateOfficer(repos: Repos, officerId: OfficerId, changes: OfficerChanges, recheck: RecheckPlans): OfficerEditResult {
  return repos.transaction(() => {
    const officer = stored(repos, officerId);
    const read = readOfficerEdit(officer, changes);
    if ('errors' in read) throw refusal(officer, read.errors);
    return save(repos, officer, read.officer, EDIT, recheck);
  });
}

/**
 * Takes back an officer edit: the fields it changed get their earlier values, checked by the same
 * rules and re-checked against the plans. Refused when those fields changed again since.
 */
export function undoOfficerEdit(repos: Repos, editId: number, recheck: RecheckPlans): OfficerEditResult {
  return repos.transaction(() => {
    const entry = repos.audit.get(editId);
    if (!entry || entry.action !== EDIT || entry.entityId === null) {
      throw new AppError('not_found', message('officerEdit.noSuchEdit', { editId }));
    }
    const detail = entry.detail as EditDetail;
    const officer = stored(repos, entry.entityId as OfficerId);
    const fields = Object.keys(detail.after) as (keyof Officer)[];
    const now = pick(officer, fields);
    if (sameJson(now, detail.before)) throw new AppError('conflict', message('officerEdit.alreadyUndone', { officer: named(officer) }));
    if (!sameJson(now, detail.after)) {
      const moved = fields.filter((f) => !sameJson(officer[f], detail.after[f]));
      throw new AppError('conflict', message('officerEdit.changedSince', { officer: named(officer), fields: moved.map(fieldName) }));
    }
    const restored = withFields(officer, detail.before);
    const errors = officerRowErrors(restored);
    if (errors.length > 0) throw refusal(officer, errors);
    return save(repos, officer, restored, UNDO, recheck, { undoes: editId });
  });
}

function stored(repos: Repos, officerId: OfficerId): Officer {
  const officer = repos.officers.get(officerId);
  if (!officer) throw new AppError('not_found', message('officerEdit.unknownOfficer', { officerId }));
  return officer;
}

function save(
  repos: Repos,
  before: Officer,
  after: Officer,
  action: string,
  recheck: RecheckPlans,
  extra: Record<string, unknown> = {},
): OfficerEditResult {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])] as (keyof Officer)[];
  const changed = keys.filter((key) => !sameJson(before[key] ?? null, after[key] ?? null));
  if (changed.length === 0) return { officer: before, editId: null, changed: [], plans: [] };
  repos.officers.upsertMany([after]);
  const plans = recheck({ officerIds: [after.id] }).map((date) => ({ date, problems: repos.plans.current(date)?.violations.length ?? 0 }));
  const detail: EditDetail & Record<string, unknown> = {
    name: after.name,
    before: pick(before, changed),
    after: pick(after, changed),
    plans,
    ...extra,
  };
  const editId = repos.audit.append({ action, entity: 'officer', entityId: after.id, detail });
  return { officer: after, editId, changed, plans };
}

/** "Nothing was saved for officer 王伟 (O-1): …", every problem in its own words, the fields to correct named. */
function refusal(officer: Officer, errors: readonly RowError[]): AppError {
  const problems: Sentence = {
    en: errors.map((e) => e.message.en).join(' '),
    zh: errors.map((e) => e.message.zh).join(''),
  };
  const fields = [...new Set(errors.map((e) => e.field))];
  return badInput(message('officerEdit.refused', { officer: named(officer), problems, fields: fields.map(columnName) }), {
    fields: errors.map((e) => ({ field: e.field, message: e.message })),
  });
}

function named(officer: Officer): string {
  return `${officer.name} (${officer.id})`;
}

/** A cell as the officers file's column is called. */
function columnName(field: string): Sentence {
  return field === '*' ? message('importProblem.thisRow') : message(`column.${field}` as Parameters<typeof message>[0]);
}

/** A record field as the officers screen calls it. */
function fieldName(field: keyof Officer): Sentence {
  return message(`officerField.${field}` as Parameters<typeof message>[0]);
}

/** The fields as the audit log keeps them: a field the record lacks (no address) as null. */
function pick(officer: Officer, keys: readonly (keyof Officer)[]): Partial<Officer> {
  return Object.fromEntries(keys.map((k) => [k, officer[k] ?? null])) as Partial<Officer>;
}

/** Fields that may be absent from a record; the audit log writes them as null. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['startAddress', 'endAddress']);

/** The officer with fields from the audit log put back (null for an optional field: none). */
function withFields(officer: Officer, fields: Partial<Officer>): Officer {
  const out: Record<string, unknown> = { ...officer };
  for (const [key, value] of Object.entries(fields)) {
    if (value === null && OPTIONAL_FIELDS.has(key)) delete out[key];
    else out[key] = value;
  }
  return out as Officer;
}

/** Equal as JSON values, whatever order their keys were written in (stored, read back, or parsed). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
