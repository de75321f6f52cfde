import { memo, useEffect, useId, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import { formatWindow } from '../../../shared/domain';
import { Icon } from '../../components/Icon';
import { nextIndex } from '../../components/list-keys';
import { useWindowedRows } from '../../components/useWindowedRows';
import type { I18n } from '../../i18n/I18nProvider';
import { useT } from '../../i18n/useT';
import { isPickedElsewhere, type PickModifiers, type Selection } from '../../state/selection';
import type { SortKey, VisitSort } from './sort-visits';
import { columnsThatFit, type VisitColumn } from './visit-columns';

/** A flag on a row: red for a broken rule, amber for a visit the plan could not place. */
export interface RowProblem {
  kind: 'violation' | 'unassigned';
  text: string;
}

export interface VisitTableProps {
  /** Rows as shown: already filtered and sorted. */
  visits: readonly VisitSummary[];
  officerNameOf(visitId: string): string | null;
  problemOf(visitId: string): RowProblem | null;
  isPinned(visitId: string): boolean;
  selection: Selection;
  onPick(visitId: string, modifiers: PickModifiers): void;
  onSelectAll(): void;
  onClearSelection(): void;
  sort: VisitSort | null;
  onSort(key: SortKey): void;
  /** A press that may become a drag of the visit onto the timeline. */
  onDragPress?(event: PointerEvent, visit: VisitSummary): void;
}

// Both heights are set in the stylesheet too: the windowing counts on them.
const ROW_PX = 28;
const HEAD_PX = 30;

/**
 * The day's visits as a keyboard-operable grid: only the rows in sight are rendered, so 5,000
 * visits scroll smoothly, and only the columns that fit the panel (see VISIT_COLUMNS). Arrow keys
 * move, Shift extends, Space or Ctrl+click adds, Ctrl+A all.
 */
export function VisitTable(props: VisitTableProps) {
  const { visits, selection, sort } = props;
  const { t } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useWindowedRows(scroller, visits.length, ROW_PX, { headerPx: HEAD_PX });
  const rowIdPrefix = useId();
  const activeIndex = selection.focusId === null ? -1 : visits.findIndex((v) => v.id === selection.focusId);
  const { scrollToIndex } = rows;
  const columns = columnsThatFit(rows.widthPx);

  // A visit picked on the map or the timeline scrolls into sight here too.
  useEffect(() => {
    if (isPickedElsewhere(selection, 'table') && activeIndex >= 0) scrollToIndex(activeIndex);
  }, [selection.focusId, selection.source, activeIndex, scrollToIndex]);

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      props.onSelectAll();
      return;
    }
    if (event.key === 'Escape' && selection.ids.size > 0) {
      event.preventDefault();
      props.onClearSelection();
      return;
    }
    if (event.key === ' ' && activeIndex >= 0) {
      event.preventDefault();
      props.onPick(visits[activeIndex].id, { toggle: true });
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight || 600) / ROW_PX) - 1);
    const next = nextIndex(event.key, activeIndex, visits.length, page);
    if (next === null) return;
    event.preventDefault();
    scrollToIndex(next);
    props.onPick(visits[next].id, { range: event.shiftKey });
  };

  if (visits.length === 0) return <p className="muted">{t('visits.none')}</p>;
  const shown = visits.slice(rows.start, rows.end);
  return (
    <div className="table-scroll" ref={scroller}>
      <table
        className="visit-table"
        role="grid"
        aria-label={t('visits.title')}
        aria-multiselectable="true"
        aria-rowcount={visits.length + 1}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-activedescendant={activeIndex >= rows.start && activeIndex < rows.end ? `${rowIdPrefix}-${activeIndex}` : undefined}
      >
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`col-${column.key}`}
                style={column.isFlexible ? undefined : { width: column.widthPx }}
                aria-sort={sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => props.onSort(column.key)}
                  tabIndex={-1}
                  title={t('visits.sortBy', { column: t(column.label) })}
                >
                  {column.key === 'problem' ? <Icon name="warning" /> : <span className="sort-label">{t(column.label)}</span>}
                  {column.key === 'problem' && <span className="visually-hidden">{t(column.label)}</span>}
                  <span aria-hidden="true" className="sort-arrow">
                    {sort?.key === column.key ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.padTop > 0 && <tr className="spacer" aria-hidden="true" style={{ height: rows.padTop }} />}
          {shown.map((visit, i) => {
            const index = rows.start + i;
            return (
              <VisitRow
                key={visit.id}
                visit={visit}
                columns={columns}
                rowId={`${rowIdPrefix}-${index}`}
                rowIndex={index + 2}
                officerName={props.officerNameOf(visit.id)}
                problem={props.problemOf(visit.id)}
                isPinned={props.isPinned(visit.id)}
                isSelected={selection.ids.has(visit.id)}
                isActive={index === activeIndex}
                onPick={props.onPick}
                onDragPress={props.onDragPress}
              />
            );
          })}
          {rows.padBottom > 0 && <tr className="spacer" aria-hidden="true" style={{ height: rows.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

interface VisitRowProps {
  visit: VisitSummary;
  columns: readonly VisitColumn[];
  rowId: string;
  rowIndex: number;
  officerName: string | null;
  problem: RowProblem | null;
  isPinned: boolean;
  isSelected: boolean;
  isActive: boolean;
  onPick: VisitTableProps['onPick'];
  onDragPress: VisitTableProps['onDragPress'];
}

const VisitRow = memo(function VisitRow(props: VisitRowProps) {
  const { visit, columns, rowId, rowIndex, problem, isSelected, isActive, onPick, onDragPress } = props;
  const { t } = useT();
  const classes = ['visit-row', isSelected && 'is-selected', isActive && 'is-active', problem && `has-${problem.kind}`]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      id={rowId}
      aria-rowindex={rowIndex}
      aria-selected={isSelected}
      className={classes}
      data-visit-id={visit.id}
      onClick={(e) => onPick(visit.id, { toggle: e.ctrlKey || e.metaKey, range: e.shiftKey })}
      onPointerDown={onDragPress ? (e) => onDragPress(e, visit) : undefined}
    >
      {columns.map(({ key }) => (
        <td key={key} role="gridcell" className={key === 'id' || key === 'windows' ? `col-${key} mono` : `col-${key}`}>
          {cellOf(key, props, t)}
        </td>
      ))}
    </tr>
  );
});

/** What the cell of column `key` shows in a row. */
function cellOf(key: SortKey, { visit, problem, officerName, isPinned }: VisitRowProps, t: I18n['t']): ReactNode {
  switch (key) {
    case 'problem':
      return (
        problem && (
          <span className={`problem-flag problem-flag--${problem.kind}`} role="img" aria-label={problem.text} title={problem.text}>
            <Icon name="warning" />
          </span>
        )
      );
    case 'id':
      return visit.id;
    case 'name':
      return visit.displayName;
    case 'kind':
      return t(`kind.${visit.kind}`);
    case 'windows':
      return visit.windows.map(formatWindow).join(', ');
    case 'priority':
      return visit.priority;
    case 'status':
      return t(`status.${visit.status}`);
    case 'officer':
      return (
        <>
          {officerName ?? <span className="muted">{t('visits.noOfficer')}</span>}
          {isPinned && (
            <span className="pin-flag" title={t('visits.pinned')}>
              <Icon name="pin" />
              <span className="visually-hidden">{t('visits.pinned')}</span>
            </span>
          )}
        </>
      );
  }
}
