import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { completeDraft, ProfileFields, type ProfileDraft } from './ProfileFields';

export interface FirstProfileFormProps {
  isBusy: boolean;
  /** Creates the profile (a supervisor) and signs in as it. */
  onCreate(profile: ProfileDraft): void;
}

/** A workspace without profiles: its first one, a supervisor, who then adds the others. */
export function FirstProfileForm({ isBusy, onCreate }: FirstProfileFormProps) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState<ProfileDraft>({ id: '', name: '', role: 'supervisor' });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const profile = completeDraft(draft);
    setProblem(profile ? null : t('usersScreen.needIdAndName'));
    if (profile && !isBusy) onCreate(profile);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('usersScreen.firstTitle')}</h3>
      <p className="muted">{t('users.firstIsSupervisor')}</p>
      <ProfileFields draft={draft} onChange={setDraft} canChooseRole={false} problem={problem} />
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {t('usersScreen.createFirst')}
        </button>
      </div>
    </form>
  );
}
