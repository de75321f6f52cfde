import type { OfficerEditResult } from '../../../shared/api/officer-edit';
import type { MessageKey } from '../../i18n/language';
import type { I18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/language';
import { joinList } from './officer-view';

/**
 * What an officer change did, in sentences: which fields changed (or none), then the planned days
 * that now need attention and those whose problems went away.
 */
export function editNotice(result: OfficerEditResult, kind: 'saved' | 'undone', t: I18n['t'], language: Language): string {
  const name = result.officer.name;
  if (result.changed.length === 0) return t('officers.unchanged', { name });
  const fields = joinList(
    language,
    result.changed.map((field) => t(`officerField.${field}` as MessageKey)),
  );
  const sentences = [t(kind === 'saved' ? 'officers.saved' : 'officers.undone', { name, fields })];
  const flagged = result.plans.filter((p) => p.problems > 0).map((p) => p.date);
  const cleared = result.plans.filter((p) => p.problems === 0).map((p) => p.date);
  if (flagged.length > 0) sentences.push(t('officers.plansFlagged', { count: flagged.length, dates: joinList(language, flagged) }));
  if (cleared.length > 0) sentences.push(t('officers.plansCleared', { count: cleared.length, dates: joinList(language, cleared) }));
  return sentences.join(language === 'zh' ? '' : ' ');
}
