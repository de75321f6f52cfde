import type { MessageKey } from '../i18n/language';
import { useT } from '../i18n/useT';

export type Screen = 'board' | 'officers' | 'rules' | 'holds' | 'followUps' | 'supervisor' | 'week' | 'settings';

/** Each screen's name, hint and shortcut (Alt+O, Alt+U, Alt+H and Alt+W go to their screen and back to the board). */
const SCREENS: readonly { screen: Screen; label: MessageKey; hint: MessageKey; keys: string }[] = [
  { screen: 'board', label: 'screen.board', hint: 'screen.boardHint', keys: 'Alt+O' },
  { screen: 'officers', label: 'screen.officers', hint: 'screen.officersHint', keys: 'Alt+O' },
  { screen: 'rules', label: 'screen.rules', hint: 'screen.rulesHint', keys: 'Alt+U' },
  { screen: 'holds', label: 'holdsScreen.tab', hint: 'holdsScreen.tabHint', keys: 'Alt+H' },
  { screen: 'followUps', label: 'followUpsScreen.tab', hint: 'followUpsScreen.tabHint', keys: 'Alt+W' },
  { screen: 'supervisor', label: 'supervisorReport.tab', hint: 'supervisorReport.tabHint', keys: 'Alt+S' },
  { screen: 'week', label: 'weekScreen.tab', hint: 'weekScreen.tabHint', keys: 'Alt+K' },
  { screen: 'settings', label: 'settingsScreen.tab', hint: 'settingsScreen.tabHint', keys: 'Alt+T' },
];

/** The header's way between the board and the officers, rules, holds and follow-ups screens. */
export function ScreenSwitch({ screen, onSwitch }: { screen: Screen; onSwitch(screen: Screen): void }) {
  const { t } = useT();
  return (
    <nav className="screen-switch" aria-label={t('screen.nav')}>
      {SCREENS.map((item) => (
        <button
          key={item.screen}
          type="button"
          aria-current={screen === item.screen ? 'page' : undefined}
          onClick={() => onSwitch(item.screen)}
          title={t(item.hint)}
          aria-keyshortcuts={item.keys}
        >
          {t(item.label)}
        </button>
      ))}
    </nav>
  );
}
