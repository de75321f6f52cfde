import { useCallback } from 'react';
import type { TerritorySave } from '../../../shared/api/territories';
import type { Territory } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';

const ALL = {};

/** The workspace's territories, and saving, importing and deleting them (the list reloads after each). */
export function useTerritories() {
  const list = useApiQuery('territories.list', ALL);
  const saving = useApiMutation('territories.save');
  const importing = useApiMutation('territories.import');
  const removing = useApiMutation('territories.remove');
  const { refetch } = list;
  const { run: runSave } = saving;
  const { run: runImport } = importing;
  const { run: runRemove } = removing;

  const save = useCallback(
    async (territory: TerritorySave): Promise<Territory | undefined> => {
      const saved = await runSave(territory);
      if (saved) await refetch();
      return saved;
    },
    [runSave, refetch],
  );
  const importFile = useCallback(
    async (fileName: string, content: string) => {
      const result = await runImport({ fileName, content });
      if (result) await refetch();
      return result;
    },
    [runImport, refetch],
  );
  const remove = useCallback(
    async (id: number) => {
      const result = await runRemove({ id });
      if (result) await refetch();
      return result?.removed;
    },
    [runRemove, refetch],
  );
  return {
    territories: list.data ?? [],
    save,
    importFile,
    remove,
    isBusy: saving.isBusy || importing.isBusy || removing.isBusy,
    error: saving.error ?? importing.error ?? removing.error ?? list.error,
    dismissError: () => {
      saving.reset();
      importing.reset();
      removing.reset();
    },
  };
}
