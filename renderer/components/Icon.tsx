/** Small line icons drawn inline (no image assets, no icon font); always decorative, the text says it. */
export type IconName = 'pin' | 'lock' | 'unlock' | 'warning' | 'undo' | 'redo';

const PATHS: Record<IconName, string> = {
  pin: 'M8 1.5l6.5 6.5-2 .5-3 3 .5 3-1.5 1.5-3-3L2 16.5 1.5 16l3.5-3.5-3-3L3.5 8l3 .5 3-3z',
  lock: 'M4 7V5a4 4 0 018 0v2h1v8H3V7zm2 0h4V5a2 2 0 00-4 0z',
  unlock: 'M4 7V5a4 4 0 017.7-1.5l-1.8.8A2 2 0 006 5v2h7v8H3V7z',
  warning: 'M8 1l7.5 14h-15zm-1 5v4h2V6zm0 5v2h2v-2z',
  undo: 'M5 3L1 7l4 4V8h5a3 3 0 010 6H7v2h3a5 5 0 000-10H5z',
  redo: 'M11 3l4 4-4 4V8H6a3 3 0 000 6h3v2H6A5 5 0 016 6h5z',
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon ${className ?? ''}`} viewBox="0 0 16 17" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
