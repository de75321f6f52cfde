import { useId } from 'react';
import { UserRole } from '../../../shared/domain';
import { useT } from '../../i18n/useT';

/** What a new profile's form holds. */
export interface ProfileDraft {
  id: string;
  name: string;
  role: UserRole;
}

export interface ProfileFieldsProps {
  draft: ProfileDraft;
  onChange(draft: ProfileDraft): void;
  /** Show the role as a choice; otherwise it is said in words (the first profile's is fixed). */
  canChooseRole: boolean;
  /** The sentence saying what is missing, shown under the fields and describing them. */
  problem: string | null;
}

/** The ID, name and role fields of a new profile. */
export function ProfileFields({ draft, onChange, canChooseRole, problem }: ProfileFieldsProps) {
  const { t } = useT();
  const id = useId();
  const describedBy = problem ? `${id}-problem` : undefined;
  const set = (part: Partial<ProfileDraft>) => onChange({ ...draft, ...part });
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${id}-id`}>{t('usersScreen.id')}</label>
        <input
          id={`${id}-id`}
          value={draft.id}
          onChange={(e) => set({ id: e.target.value })}
          aria-required
          aria-describedby={describedBy}
          autoComplete="off"
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-name`}>{t('usersScreen.name')}</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          aria-required
          aria-describedby={describedBy}
          autoComplete="off"
        />
      </div>
      {canChooseRole ? (
        <div className="form-field">
          <label htmlFor={`${id}-role`}>{t('usersScreen.role')}</label>
          <select id={`${id}-role`} value={draft.role} onChange={(e) => set({ role: UserRole.parse(e.target.value) })}>
            {UserRole.options.map((role) => (
              <option key={role} value={role}>
                {t(`users.role.${role}`)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p>{t('usersScreen.firstRole', { role: t(`users.role.${draft.role}`) })}</p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="form-field__problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** The draft with its ID and name trimmed, or null when either is empty. */
export function completeDraft(draft: ProfileDraft): ProfileDraft | null {
  const trimmed = { ...draft, id: draft.id.trim(), name: draft.name.trim() };
  return trimmed.id === '' || trimmed.name === '' ? null : trimmed;
}
