import type { MessageKey } from '../../i18n/language';
import type { SortKey } from './sort-visits';

/** One column of the visits table. */
export interface VisitColumn {
  key: SortKey;
  label: MessageKey;
  /** Width with the cell's padding; for the flexible column, the least it needs. */
  widthPx: number;
  /** Takes the room the other columns leave (at least `widthPx`). */
  isFlexible?: true;
  /** Narrow panels drop columns in this order, 1 first; null for columns that always stay. */
  dropOrder: number | null;
}

/**
 * The visits table's columns, left to right. When the panel is too narrow for all of them, the
 * table drops the priority first, then the kind, the status, the time windows and the officer;
 * the problem flag, the ID and the customer always stay. The time windows take the room left
 * over, so a second window shows on wide screens. (At 1280 px wide the board keeps the windows
 * and the officer; at 1440 px the status too; at 1920 px every column.)
 */
export const VISIT_COLUMNS: readonly VisitColumn[] = [
  { key: 'problem', label: 'visits.col.problem', widthPx: 28, dropOrder: null },
  { key: 'id', label: 'visits.col.id', widthPx: 128, dropOrder: null },
  { key: 'name', label: 'visits.col.name', widthPx: 92, dropOrder: null },
  { key: 'kind', label: 'visits.col.kind', widthPx: 92, dropOrder: 2 },
  { key: 'windows', label: 'visits.col.windows', widthPx: 100, isFlexible: true, dropOrder: 4 },
  { key: 'priority', label: 'visits.col.priority', widthPx: 72, dropOrder: 1 },
  { key: 'status', label: 'visits.col.status', widthPx: 80, dropOrder: 3 },
  { key: 'officer', label: 'visits.col.officer', widthPx: 110, dropOrder: 5 },
];

/** Every column, then one column fewer at a time in drop order (the same arrays each time). */
const COLUMN_SETS: readonly (readonly VisitColumn[])[] = (() => {
  const dropping = VISIT_COLUMNS.filter((c) => c.dropOrder !== null).sort((a, b) => a.dropOrder! - b.dropOrder!);
  return dropping.reduce<VisitColumn[][]>(
    (sets, column) => [...sets, sets[sets.length - 1].filter((c) => c !== column)],
    [[...VISIT_COLUMNS]],
  );
})();

const widthOf = (columns: readonly VisitColumn[]) => columns.reduce((sum, c) => sum + c.widthPx, 0);

/**
 * The columns shown in a table `widthPx` wide: as many as fit, dropping in drop order. Unknown
 * width (0, before layout) shows them all; narrower than the columns that always stay shows those.
 */
export function columnsThatFit(widthPx: number): readonly VisitColumn[] {
  if (widthPx <= 0) return COLUMN_SETS[0];
  return COLUMN_SETS.find((set) => widthOf(set) <= widthPx) ?? COLUMN_SETS[COLUMN_SETS.length - 1];
}
