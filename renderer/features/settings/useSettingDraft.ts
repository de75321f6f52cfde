import { useEffect, useState, type FormEvent } from 'react';
import type { MethodName, MethodOutput } from '../../../shared/api/contract';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * A settings section's form over one stored setting: the draft starts from what is stored, `change`
 * edits it, `submit` saves it through `setMethod` and shows what the back end stored.
 */
export function useSettingDraft<G extends MethodName, S extends MethodName>(getMethod: G, setMethod: S) {
  type Settings = MethodOutput<G>;
  const stored = useApiQuery(getMethod, {} as never);
  const save = useApiMutation(setMethod);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (stored.data) setDraft((current) => current ?? stored.data!);
  }, [stored.data]);

  const change = (next: Settings) => {
    setDraft(next);
    setSaved(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const result = (await save.run(draft as never)) as Settings | undefined;
    if (!result) return;
    stored.patch(() => result);
    setDraft(result);
    setSaved(true);
  };
  return { draft, change, submit, saved, save };
}
