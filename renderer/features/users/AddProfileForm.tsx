import { useId, useState, type FormEvent } from 'react';
import type { User } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { completeDraft, ProfileFields, type ProfileDraft } from './ProfileFields';

export interface AddProfileFormProps {
  /** The profiles so far: adding one with a taken ID would overwrite it, so that is said instead. */
  users: readonly User[];
  isBusy: boolean;
  /** Adds the profile; true once saved (the fields then empty). */
  onAdd(profile: ProfileDraft): Promise<boolean>;
}

const EMPTY: ProfileDraft = { id: '', name: '', role: 'dispatcher' };

/** A supervisor adds a profile: ID, name and role. */
export function AddProfileForm({ users, isBusy, onAdd }: AddProfileFormProps) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const profile = completeDraft(draft);
    const taken = profile && users.find((u) => u.id === profile.id);
    if (!profile) setProblem(t('usersScreen.needIdAndName'));
    else if (taken) setProblem(t('usersScreen.idTaken', { id: taken.id, name: taken.name }));
    else setProblem(null);
    if (profile && !taken && (await onAdd(profile))) setDraft(EMPTY);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('usersScreen.addTitle')}</h3>
      <ProfileFields draft={draft} onChange={setDraft} canChooseRole problem={problem} />
      <div className="dialog-actions">
        <button type="submit" disabled={isBusy}>
          {t('usersScreen.add')}
        </button>
      </div>
    </form>
  );
}
