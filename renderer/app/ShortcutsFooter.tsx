import type { MessageKey } from '../i18n/language';
import { useT } from '../i18n/useT';

const SHORTCUTS: readonly [keys: string, what: MessageKey][] = [
  ['Alt+I', 'keys.import'],
  ['Alt+P', 'keys.plan'],
  ['Alt+R', 'keys.reoptimise'],
  ['Alt+E', 'keys.export'],
  ['Alt+L', 'keys.language'],
  ['Alt+O', 'keys.officers'],
  ['Alt+U', 'keys.rules'],
  ['Alt+H', 'keys.holds'],
  ['Alt+W', 'keys.followUps'],
  ['Alt+S', 'keys.supervisor'],
  ['Alt+K', 'keys.week'],
  ['Alt+T', 'keys.settings'],
  ['Ctrl+Z', 'keys.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'keys.redo'],
  ['M', 'keys.move'],
  ['K', 'keys.pin'],
  ['O', 'keys.lock'],
  ['U', 'keys.unassign'],
  ['F', 'keys.insert'],
  ['A', 'keys.area'],
  ['/', 'keys.search'],
  ['↑ ↓ ← →', 'keys.arrows'],
  ['Space', 'keys.space'],
  ['Shift+↑↓', 'keys.range'],
  ['Ctrl+A', 'keys.all'],
  ['Esc', 'keys.clear'],
];

/** Every keyboard shortcut, always in sight at the foot of the screen. */
export function ShortcutsFooter() {
  const { t } = useT();
  return (
    <footer className="muted shortcuts">
      <h2 className="visually-hidden">{t('keys.title')}</h2>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </footer>
  );
}
