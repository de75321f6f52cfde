import type { Officer } from '../../../../shared/domain';
import { message, type Sentence } from '../../../../shared/i18n';

/** Who a sentence names: the officer's record, or only the id when the record is gone. */
type Named = Pick<Officer, 'id' | 'name'>;

/** "officer 王伟 (O-2)", as a sentence quotes it. */
export function officerLabel(officer: Named): Sentence {
  return message('violation.officer', { name: officer.name, id: officer.id });
}

/** "Officer 王伟 (O-2)", opening a sentence. */
export function officerAtStart(officer: Named): Sentence {
  return message('violation.officerAtStart', { name: officer.name, id: officer.id });
}

/** The label of the officer with `id` in `roster`, or of the bare id when they are not in it. */
export function officerInRoster(id: string, roster: readonly Named[], label: (officer: Named) => Sentence = officerLabel): Sentence {
  return label(roster.find((o) => o.id === id) ?? { id: id as Officer['id'], name: id });
}
