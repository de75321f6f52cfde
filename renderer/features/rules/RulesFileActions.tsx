import { useId, useRef } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { Message, RuleSet } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { holidaysFromCalendarCsv, rulesFromFile, rulesToFile } from '../../../shared/logic/rules-file';
import { useT } from '../../i18n/useT';
import { downloadFiles } from '../exports/download';
import { readFileBytes } from '../import/file-base64';

export interface RulesFileActionsProps {
  /** The rules the form holds now: what Export writes. */
  current(): RuleSet | null;
  version: number;
  /** A rules file read without problems: the form shows its rules, to be saved with a reason. */
  onRules(rules: RuleSet): void;
  /** A holiday calendar read without problems: the form's holidays and adjusted working days. */
  onCalendar(calendar: { holidays: string[]; workdays: string[] }): void;
  /** What a file that did not read says, every problem by field or line. */
  onProblems(problems: Message[]): void;
}

/**
 * A file's text: UTF-8 when it reads as such, else GB18030 (a calendar saved by Excel on a
 * Chinese Windows), which every GBK file also is.
 */
async function fileText(file: File): Promise<string> {
  const bytes = await readFileBytes(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * The rules as a file: written out (the form's rules, or the version in force), and read in, a
 * rules file or a holiday calendar, into the form; nothing is stored until Save, with a reason.
 */
export function RulesFileActions({ current, version, onRules, onCalendar, onProblems }: RulesFileActionsProps) {
  const { t } = useT();
  const id = useId();
  const rulesInput = useRef<HTMLInputElement>(null);
  const calendarInput = useRef<HTMLInputElement>(null);

  const exportRules = () => {
    const rules = current();
    if (rules)
      downloadFiles([
        { name: `visiting-rules-v${version}.json`, mediaType: 'application/json', content: rulesToFile(rules), encoding: 'utf8' },
      ]);
  };
  const read = async (input: HTMLInputElement | null, kind: 'rules' | 'calendar') => {
    const file = input?.files?.[0];
    if (!input || !file) return;
    let text: string;
    try {
      text = await fileText(file);
    } catch (error) {
      onProblems([error instanceof AppError ? error.userMessage : message('error.fileUnreadable', { file: file.name })]);
      return;
    } finally {
      input.value = '';
    }
    if (kind === 'rules') {
      const result = rulesFromFile(text);
      if (result.ok) onRules(result.rules);
      else onProblems(result.problems);
    } else {
      const result = holidaysFromCalendarCsv(text);
      if (result.ok) onCalendar({ holidays: result.holidays, workdays: result.workdays });
      else onProblems(result.problems);
    }
  };

  return (
    <div className="rules-files" role="group" aria-label={t('rulesScreen.files')}>
      <button type="button" onClick={exportRules}>
        {t('rulesScreen.exportFile')}
      </button>
      <label htmlFor={`${id}-rules`}>{t('rulesScreen.importFile')}</label>
      <input
        id={`${id}-rules`}
        ref={rulesInput}
        type="file"
        accept=".json,application/json"
        onChange={() => void read(rulesInput.current, 'rules')}
      />
      <label htmlFor={`${id}-calendar`}>{t('rulesScreen.importCalendar')}</label>
      <input
        id={`${id}-calendar`}
        ref={calendarInput}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={() => void read(calendarInput.current, 'calendar')}
      />
    </div>
  );
}
