import { useId, useState } from 'react';
import { UserRole, type User } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { AddProfileForm } from './AddProfileForm';
import type { ProfileDraft } from './ProfileFields';

export interface ManageProfilesProps {
  users: readonly User[];
  isBusy: boolean;
  /** Saves a profile as changed; true once stored. */
  onSave(user: User): Promise<boolean>;
  onAdd(profile: ProfileDraft): Promise<boolean>;
}

/** A supervisor's part of the dialog: every profile with its role and whether it is active, and adding one. */
export function ManageProfiles({ users, isBusy, onSave, onAdd }: ManageProfilesProps) {
  const { t } = useT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('usersScreen.manageTitle')}</h3>
      <div className="table-scroll">
        <table className="user-table" aria-label={t('usersScreen.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('usersScreen.col.name')}</th>
              <th scope="col">{t('usersScreen.col.id')}</th>
              <th scope="col">{t('usersScreen.col.role')}</th>
              <th scope="col">{t('usersScreen.col.active')}</th>
              <th scope="col">{t('usersScreen.col.save')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <ProfileRow key={user.id} user={user} isBusy={isBusy} onSave={onSave} />
            ))}
          </tbody>
        </table>
      </div>
      <AddProfileForm users={users} isBusy={isBusy} onAdd={onAdd} />
    </section>
  );
}

interface ProfileRowProps {
  user: User;
  isBusy: boolean;
  onSave(user: User): Promise<boolean>;
}

/** One profile: its role and active box change a draft, saved with the row's button. */
function ProfileRow({ user, isBusy, onSave }: ProfileRowProps) {
  const { t } = useT();
  const [draft, setDraft] = useState({ role: user.role, active: user.active });
  // A stored change (this row's or another window's) replaces the draft; a re-read alone does not.
  const [stored, setStored] = useState({ role: user.role, active: user.active });
  if (stored.role !== user.role || stored.active !== user.active) {
    setStored({ role: user.role, active: user.active });
    setDraft({ role: user.role, active: user.active });
  }
  const isChanged = draft.role !== user.role || draft.active !== user.active;
  // Not `disabled`: the button keeps the focus it had when the change is saved.
  const save = () => {
    if (isChanged && !isBusy) void onSave({ ...user, ...draft });
  };

  return (
    <tr className={user.active ? undefined : 'is-inactive'}>
      <td>
        {user.name}
        {!user.active && <span className="muted"> ({t('usersScreen.inactive')})</span>}
      </td>
      <td className="mono">{user.id}</td>
      <td>
        <select
          aria-label={t('usersScreen.roleOf', { name: user.name })}
          value={draft.role}
          onChange={(e) => setDraft((d) => ({ ...d, role: UserRole.parse(e.target.value) }))}
        >
          {UserRole.options.map((role) => (
            <option key={role} value={role}>
              {t(`users.role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('usersScreen.activeOf', { name: user.name })}
          checked={draft.active}
          onChange={(e) => setDraft((d) => ({ ...d, active: e.target.checked }))}
        />
      </td>
      <td>
        <button
          type="button"
          aria-label={t('usersScreen.saveRowOf', { name: user.name })}
          aria-disabled={!isChanged || isBusy}
          onClick={save}
        >
          {t('usersScreen.saveRow')}
        </button>
      </td>
    </tr>
  );
}
