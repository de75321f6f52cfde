import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

export type BoardTab = 'timeline' | 'workload';
const TABS: readonly BoardTab[] = ['timeline', 'workload'];

/** The timeline and the workload panel share the lower half of the board; only the shown one renders. */
export function BoardTabs({ render }: { render(tab: BoardTab): ReactNode }) {
  const { t } = useT();
  const [tab, setTab] = useState<BoardTab>('timeline');
  const id = useId();
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <section className="board-tabs">
      <div role="tablist" aria-label={t('board.views')} onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              buttons.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`board.tab.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${tab}-panel`}
        aria-labelledby={`${id}-${tab}`}
        className={`board-tabs__panel board-tabs__panel--${tab}`}
      >
        {render(tab)}
      </div>
    </section>
  );
}
