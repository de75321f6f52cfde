import { useState } from 'react';
import type { ImportKind } from '../../../shared/api/import-report';
import { useApiMutation } from '../../api/useApiMutation';
import { useT } from '../../i18n/useT';
import { chooseField, draftProblems, mappingToSave, needsMapping, startDraft, type MappingDraft } from './column-mapping-view';

/** A file as the import dialog holds it. */
export interface LoadedFile {
  name: string;
  contentBase64: string;
}

/**
 * The column-mapping step of the import dialog: offered when a file's headers leave a required
 * field unread (or read one twice); the dispatcher picks a field per column and saves the mapping
 * under a name, and the check runs again with it.
 */
export function useColumnMapping() {
  const { t } = useT();
  const inspect = useApiMutation('import.inspect');
  const save = useApiMutation('import.saveMapping');
  const [draft, setDraft] = useState<MappingDraft | null>(null);

  /** Looks at the file and shows the step when it needs one (and `isCurrent()` still holds once looked at). */
  const offer = async (kind: ImportKind, file: LoadedFile, isCurrent: () => boolean): Promise<void> => {
    const inspection = await inspect.run({ kind, fileName: file.name, contentBase64: file.contentBase64 });
    // A file that cannot be read at all: the check's own error says why.
    inspect.reset();
    if (!inspection || !needsMapping(inspection) || !isCurrent()) return;
    setDraft(startDraft(inspection, t('import.mapping.defaultName', { file: file.name })));
  };

  /** Saves the draft; answers the saved mapping's name, or undefined when refused (the error says why). */
  const saveDraft = async (): Promise<string | undefined> => {
    if (!draft || save.isBusy) return undefined;
    const saved = await save.run(mappingToSave(draft));
    if (saved) setDraft(null);
    return saved?.name;
  };

  return {
    draft,
    problems: draft ? draftProblems(draft) : [],
    offer,
    choose: (index: number, field: string) => setDraft((d) => d && chooseField(d, index, field)),
    rename: (name: string) => setDraft((d) => d && { ...d, name }),
    save: saveDraft,
    isBusy: inspect.isBusy || save.isBusy,
    isSaving: save.isBusy,
    error: save.error,
    dismissError: save.reset,
    close: () => {
      setDraft(null);
      save.reset();
    },
  };
}
