import { useState } from 'react';
import { useApiMutation } from '../../api/useApiMutation';
import { useT } from '../../i18n/useT';
import { downloadFiles } from './download';
import type { ExportFormat } from './ExportButton';

/** Exports a day in the chosen format and the screen's language, and hands the files to the browser's downloads. */
export function useExportDay(date: string | null, onExported: (fileCount: number) => void) {
  const { language } = useT();
  const exportDay = useApiMutation('exports.day');
  const [format, setFormat] = useState<ExportFormat>('csv');

  const run = async () => {
    if (!date || exportDay.isBusy) return;
    const result = await exportDay.run({ date, format, language });
    if (!result) return;
    downloadFiles(result.files);
    onExported(result.files.length);
  };

  return { run, format, setFormat, isBusy: exportDay.isBusy, error: exportDay.error };
}
