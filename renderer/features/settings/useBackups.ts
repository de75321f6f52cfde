import { useState } from 'react';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { useSettingDraft } from './useSettingDraft';

const NO_INPUT = {};

/**
 * The backups section's state: the folder and backups the back end lists; a draft of the
 * daily-backup settings saved through `settings.setBackups`; and Back up now, after which the list
 * is read again so the new backup shows.
 */
export function useBackups() {
  const list = useApiQuery('workspace.backups', NO_INPUT);
  const { draft, change, submit, saved, save: saving } = useSettingDraft('settings.backups', 'settings.setBackups');
  const backingUp = useApiMutation('workspace.backup');
  const [taken, setTaken] = useState<string | null>(null);

  const backUpNow = async () => {
    setTaken(null);
    const result = await backingUp.run({});
    if (!result) return;
    setTaken(result.file);
    await list.refetch();
  };
  return { list, draft, change, save: submit, saved, saving, backUpNow, taken, backingUp };
}
