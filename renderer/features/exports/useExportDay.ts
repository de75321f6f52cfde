import { useState } from 'react';
import { useApiMutation } from '../../api/useApiMutation';
import { downloadFiles } from './download';
import type { ExportFormat } from './ExportButton';

/** Exports a day in the chosen format and hands the files to the browser's downloads. */
export function useExportDay(date: string | null, onExported: (fileCount: number) => void) {
  const exportDay = useApiMutation('exports.day');
  const [format, setFormat] = useState<ExportFormat>('csv');

  const run = async () => {
    if (!date || exportDay.isBusy) return;
    const result = await exportDay.run({ date, format });
    if (!result) return;
    downloadFiles(result.files);
    onExported(result.files.length);
  };

  return { run, format, setFormat, isBusy: exportDay.isBusy, error: exportDay.error };
}
