import { useEffect, useId, useState, type RefObject } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { User } from '../../../shared/domain';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';
import { FirstProfileForm } from './FirstProfileForm';
import { ManageProfiles } from './ManageProfiles';
import type { ProfileDraft } from './ProfileFields';
import { useSession } from './SessionProvider';
import { SignInList } from './SignInList';
import { useUserProfiles } from './useUserProfiles';

export interface UserDialogProps {
  onClose(): void;
  /** Where focus goes back to when the dialog closes (the user menu's button). */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * Signing in and out, and for a supervisor managing the profiles. A workspace without profiles
 * offers its first one, a supervisor. The back end's refusals are shown in its own words.
 */
export function UserDialog({ onClose, returnFocusTo }: UserDialogProps) {
  const { t, language } = useT();
  const id = useId();
  const dialogRef = useModalDialog(returnFocusTo);
  const session = useSession();
  const profiles = useUserProfiles();
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSigningIn, setSigningIn] = useState(false);
  const isBusy = profiles.isBusy || isSigningIn;
  const role = (user: Pick<User, 'role'>) => t(`users.role.${user.role}`);

  // A part that held the focus can go away (signed out, no longer a supervisor): keep it inside.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog?.open && !dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('button, input, select')?.focus();
  });

  const start = () => {
    profiles.reset();
    setProblem(null);
    setNotice('');
  };
  const signIn = async (user: User) => {
    start();
    setSigningIn(true);
    const ok = await session.signIn(user.id);
    setSigningIn(false);
    if (ok) setNotice(t('usersScreen.signedInAs', { name: user.name, id: user.id, role: role(user) }));
    else {
      setProblem(t('usersScreen.signInFailed', { name: user.name, id: user.id }));
      await profiles.reload();
    }
  };
  const signOut = async () => {
    start();
    await session.signOut();
    setNotice(t('usersScreen.signedOut'));
  };
  const createFirst = async (profile: ProfileDraft) => {
    start();
    const saved = await profiles.save({ ...profile, role: 'supervisor', active: true });
    if (saved) await signIn(saved);
  };
  const add = async (profile: ProfileDraft) => {
    start();
    const saved = await profiles.save({ ...profile, active: true });
    if (saved) setNotice(t('usersScreen.added', { name: saved.name, id: saved.id, role: role(saved) }));
    return saved !== undefined;
  };
  const save = async (user: User) => {
    start();
    const saved = await profiles.save(user);
    if (saved) {
      const state = t(saved.active ? 'usersScreen.state.active' : 'usersScreen.state.inactive');
      setNotice(t('usersScreen.saved', { name: saved.name, id: saved.id, role: role(saved), state }));
    }
    return saved !== undefined;
  };

  const { users, error } = profiles;
  const refusal = problem ?? (error instanceof AppError ? pickMessage(error.userMessage, language) : error ? t('error.unknown') : null);
  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog user-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-note`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('usersScreen.title')}</h2>
      <p id={`${id}-note`} className="muted">
        {t('usersScreen.note')}
      </p>
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {refusal && (
        <p className="error-banner" role="alert">
          {refusal}
        </p>
      )}
      {users === undefined && !error && <p className="muted">{t('usersScreen.loading')}</p>}
      {users?.length === 0 && <FirstProfileForm isBusy={isBusy} onCreate={(p) => void createFirst(p)} />}
      {users !== undefined && users.length > 0 && (
        <SignInList
          users={users.filter((u) => u.active)}
          current={session.user}
          isBusy={isBusy}
          onSignIn={(user) => void signIn(user)}
          onSignOut={() => void signOut()}
        />
      )}
      {users !== undefined && users.length > 0 && session.isSupervisor && (
        <ManageProfiles users={users} isBusy={isBusy} onSave={save} onAdd={add} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('usersScreen.close')}
        </button>
      </div>
    </dialog>
  );
}
