import { useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { Message, PlanViolation } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useT } from '../../i18n/useT';
import { downloadFiles } from './download';
import type { ExportFormat } from './ExportButton';

/** The open problems an export was refused for, or null when it was refused for something else. */
function refusedProblems(error: unknown): Message[] | null {
  if (!(error instanceof AppError) || error.code !== 'conflict') return null;
  const problems = (error.details as { problems?: PlanViolation[] } | undefined)?.problems;
  return Array.isArray(problems) ? problems.map((p) => p.message) : null;
}

/**
 * Exports a day in the chosen format and the screen's language, and hands the files to the
 * browser's downloads. A plan with open problems is refused: `refused` lists them until the
 * dispatcher closes the refusal or a supervisor exports anyway.
 */
export function useExportDay(date: string | null, onExported: (fileCount: number) => void) {
  const { language } = useT();
  const exportDay = useApiMutation('exports.day');
  const [format, setFormat] = useState<ExportFormat>('csv');

  const run = async (anyway?: { supervisor: string; reason: string }) => {
    if (!date || exportDay.isBusy) return;
    const result = await exportDay.run({ date, format, language, ...(anyway && { anyway }) });
    if (!result) return;
    downloadFiles(result.files);
    onExported(result.files.length);
  };

  const refused = refusedProblems(exportDay.error);
  return {
    run: () => run(),
    exportAnyway: run,
    refused,
    closeRefusal: exportDay.reset,
    format,
    setFormat,
    isBusy: exportDay.isBusy,
    // A refusal for open problems shows in its dialog, not as an error banner.
    error: refused ? null : exportDay.error,
  };
}
