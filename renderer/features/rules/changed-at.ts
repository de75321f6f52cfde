import type { Language } from '../../i18n/language';

/** When a version was saved, in the screen's language and the machine's time zone (the stored text if it is not a time). */
export function formatChangedAt(iso: string, language: Language): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
}
