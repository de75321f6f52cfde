import { useEffect, useState, type FormEvent } from 'react';
import type { BackupSettings } from '../../../shared/api/backups';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';

const NO_INPUT = {};

/**
 * The backups section's state: the folder, settings and backups the back end lists; a draft of the
 * daily-backup settings saved through `settings.setBackups`; and Back up now, after which the list
 * is read again so the new backup shows.
 */
export function useBackups() {
  const list = useApiQuery('workspace.backups', NO_INPUT);
  const saving = useApiMutation('settings.setBackups');
  const backingUp = useApiMutation('workspace.backup');
  const [draft, setDraft] = useState<BackupSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);

  useEffect(() => {
    if (list.data) setDraft((current) => current ?? list.data!.settings);
  }, [list.data]);

  const change = (next: BackupSettings) => {
    setDraft(next);
    setSaved(false);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const stored = await saving.run(draft);
    if (!stored) return;
    list.patch((current) => ({ ...current, settings: stored }));
    setDraft(stored);
    setSaved(true);
  };
  const backUpNow = async () => {
    setTaken(null);
    const result = await backingUp.run({});
    if (!result) return;
    setTaken(result.file);
    await list.refetch();
  };
  return { list, draft, change, save, saved, saving, backUpNow, taken, backingUp };
}
