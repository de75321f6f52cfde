import { useCallback, useState } from 'react';
import type { Language, LocalDate } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { downloadFiles } from '../exports/download';

/**
 * The supervisor's report for `days` days from `from` (nothing asked while `from` is null), and
 * its export: the workbook is saved as the export dialog saves files; `exported` names the last.
 */
export function useSupervisorReport(from: LocalDate | null, days: number) {
  const report = useApiQuery('reports.supervisor', from === null ? null : { from, days });
  const exportCall = useApiMutation('reports.supervisorXlsx');
  const [exported, setExported] = useState<string | null>(null);
  const { run } = exportCall;
  const exportXlsx = useCallback(
    async (language: Language) => {
      if (from === null) return;
      setExported(null);
      const answer = await run({ from, days, language });
      if (!answer) return;
      downloadFiles([answer.file]);
      setExported(answer.file.name);
    },
    [run, from, days],
  );
  return {
    report: report.data,
    loadError: report.error,
    isLoading: report.isLoading,
    exportXlsx,
    exported,
    isExporting: exportCall.isBusy,
    exportError: exportCall.error,
    resetExport: exportCall.reset,
  };
}
