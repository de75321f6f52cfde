import type { Officer } from '../../../../shared/domain';
import { message, type Sentence } from '../../../../shared/i18n';

/** "officer 王伟 (O-2)", as a sentence quotes it. */
export function officerLabel(officer: Officer): Sentence {
  return message('violation.officer', { name: officer.name, id: officer.id });
}

/** "Officer 王伟 (O-2)", opening a sentence. */
export function officerAtStart(officer: Officer): Sentence {
  return message('violation.officerAtStart', { name: officer.name, id: officer.id });
}
