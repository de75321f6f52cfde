import { useT } from '../i18n/useT';

export type Screen = 'board' | 'officers';

/** The header's way between the board and the officers screen (Alt+O goes back and forth). */
export function ScreenSwitch({ screen, onSwitch }: { screen: Screen; onSwitch(screen: Screen): void }) {
  const { t } = useT();
  const item = (target: Screen, label: 'screen.board' | 'screen.officers', hint: 'screen.boardHint' | 'screen.officersHint') => (
    <button
      type="button"
      aria-current={screen === target ? 'page' : undefined}
      onClick={() => onSwitch(target)}
      title={t(hint)}
      aria-keyshortcuts="Alt+O"
    >
      {t(label)}
    </button>
  );
  return (
    <nav className="screen-switch" aria-label={t('screen.nav')}>
      {item('board', 'screen.board', 'screen.boardHint')}
      {item('officers', 'screen.officers', 'screen.officersHint')}
    </nav>
  );
}
