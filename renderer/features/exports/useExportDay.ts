import { useState } from 'react';
import type { VisitStatusChange } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { ExportFormat, Message, OfficerId, PlanViolation, PrivacyProfile } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useT } from '../../i18n/useT';
import { downloadFiles } from './download';

/** What the dispatcher chose in the export dialog. */
export interface ExportChoice {
  format: ExportFormat;
  /** One officer's files, or null for every officer with visits. */
  officerId: string | null;
  profile: PrivacyProfile;
}

const DEFAULT_CHOICE: ExportChoice = { format: 'bundle', officerId: null, profile: 'officer' };

/** The open problems an export was refused for, or null when it was refused for something else. */
function refusedProblems(error: unknown): Message[] | null {
  if (!(error instanceof AppError) || error.code !== 'conflict') return null;
  const problems = (error.details as { problems?: PlanViolation[] } | undefined)?.problems;
  return Array.isArray(problems) ? problems.map((p) => p.message) : null;
}

export interface ExportOutcome {
  files: number;
  dispatched: number;
}

/**
 * Exports a day as the dialog's choice says, in the screen's language, and hands the files to the
 * browser's downloads (a bundle is one file: one save dialog in the desktop app). Visits the export
 * dispatched, or the dispatcher takes back, reach the board through `onVisitStatuses`. A plan with
 * open problems is refused: `refused` lists them until the dispatcher closes the refusal or a
 * supervisor exports anyway.
 */
export function useExportDay(
  date: string | null,
  onVisitStatuses: (changes: readonly VisitStatusChange[]) => void,
  onExported: (outcome: ExportOutcome) => void,
  onTakenBack: (count: number) => void,
) {
  const { language } = useT();
  const exportDay = useApiMutation('exports.day');
  const takeBackDay = useApiMutation('dispatch.takeBack');
  const [isOpen, setOpen] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_CHOICE);

  const run = async (anyway?: { reason: string }) => {
    if (!date || exportDay.isBusy) return;
    const { format, officerId, profile } = choice;
    const result = await exportDay.run({
      date,
      format,
      profile,
      language,
      ...(officerId && { officerId: officerId as OfficerId }),
      ...(anyway && { anyway }),
    });
    if (!result) return;
    downloadFiles(result.files);
    onVisitStatuses(result.visitStatuses);
    setOpen(false);
    onExported({ files: result.files.length, dispatched: result.visitStatuses.length });
  };

  const takeBack = async () => {
    if (!date || takeBackDay.isBusy) return;
    const officerIds = choice.officerId ? [choice.officerId as OfficerId] : undefined;
    const result = await takeBackDay.run({ date, ...(officerIds && { officerIds }) });
    if (!result) return;
    onVisitStatuses(result.visitStatuses);
    onTakenBack(result.visitStatuses.length);
  };

  const refused = refusedProblems(exportDay.error);
  return {
    isOpen,
    open: () => date && setOpen(true),
    close: () => setOpen(false),
    choice,
    setChoice,
    run: () => run(),
    exportAnyway: run,
    takeBack,
    refused,
    // "Back to the plan": the refusal and the dialog behind it close together.
    closeRefusal: () => {
      exportDay.reset();
      setOpen(false);
    },
    isBusy: exportDay.isBusy || takeBackDay.isBusy,
    // A refusal for open problems shows in its dialog, not as an error banner.
    error: refused ? null : (exportDay.error ?? takeBackDay.error),
  };
}
