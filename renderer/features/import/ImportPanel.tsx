import type { RefObject } from 'react';
import type { ImportKind, ImportReport } from '../../../shared/api/import-report';
import type { LocalDate } from '../../../shared/domain';
import { ImportDialog } from './ImportDialog';
import { useImportFile } from './useImportFile';

export interface ImportPanelProps {
  onClose(): void;
  /** Called after rows were stored, with the final report (App refreshes the day data here). */
  /** After rows were stored, with the days whose plan the import left with open problems. */
  onImported(report: ImportReport, plansNeedingAttention: readonly LocalDate[]): void | Promise<void>;
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** The kind of file chosen when the dialog opens (the menu opens it for visits or officers). */
  initialKind?: ImportKind;
}

/** The import flow as App mounts it while open: the hook's state wired to the props-only dialog. */
export function ImportPanel({ onClose, onImported, returnFocusTo, initialKind }: ImportPanelProps) {
  const flow = useImportFile(onImported, initialKind);
  return (
    <ImportDialog
      kind={flow.kind}
      onKindChange={flow.chooseKind}
      onFileChange={(file) => void flow.chooseFile(file)}
      coordSystem={flow.coordSystem}
      workspaceCoordSystem={flow.workspaceCoordSystem}
      onCoordSystemChange={flow.chooseCoordSystem}
      preview={flow.preview}
      result={flow.result}
      isChecking={flow.isChecking}
      isStoring={flow.isStoring}
      error={flow.error}
      onDismissError={flow.dismissError}
      onImportAll={() => void flow.importAll()}
      onImportValidOnly={() => void flow.importValidOnly()}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      mapping={
        flow.mapping.draft && {
          draft: flow.mapping.draft,
          problems: flow.mapping.problems,
          isSaving: flow.mapping.isSaving,
          onChoose: flow.mapping.choose,
          onRename: flow.mapping.rename,
          onSave: () => void flow.saveMapping(),
        }
      }
    />
  );
}
