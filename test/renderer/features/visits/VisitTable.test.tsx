// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisitId } from '../../../../shared/domain';
import { VisitTable, type RowProblem } from '../../../../renderer/features/visits/VisitTable';
import { UnassignedList } from '../../../../renderer/features/visits/UnassignedList';
import { filterVisits } from '../../../../renderer/features/visits/filter-visits';
import type { SortKey, VisitSort } from '../../../../renderer/features/visits/sort-visits';
import { pick, selectOnly, EMPTY_SELECTION } from '../../../../renderer/state/selection';
import { useSelection, useSelectionStore } from '../../../../renderer/state/SelectionProvider';
import { renderOnBoard } from '../../board-harness';
import { renderWithProviders } from '../../render';
import { sampleVisit } from '../../sample-data';

afterEach(cleanup);

const visits = [
  sampleVisit(),
  sampleVisit({
    id: VisitId.parse('V-2'),
    kind: 'verification',
    displayName: 'Li ***',
    status: 'planned',
    windows: [
      { startSec: 8 * 3600, endSec: 9 * 3600 },
      { startSec: 14 * 3600, endSec: 15 * 3600 },
    ],
  }),
  sampleVisit({ id: VisitId.parse('V-3'), displayName: '张*' }),
  sampleVisit({ id: VisitId.parse('V-4'), displayName: '赵**' }),
];
const problems: Record<string, RowProblem> = {
  'V-1': { kind: 'unassigned', text: 'No officer has the skill.' },
  'V-2': { kind: 'violation', text: 'Starts after its window.' },
};

/** The table wired to the shared selection, as VisitsPanel wires it. */
function Harness({
  rows = visits,
  onSort = () => undefined,
  sort = null,
}: {
  rows?: typeof visits;
  onSort?: (key: SortKey) => void;
  sort?: VisitSort | null;
}) {
  const selection = useSelection();
  const store = useSelectionStore();
  const order = rows.map((v) => v.id as string);
  return (
    <VisitTable
      visits={rows}
      officerNameOf={(id) => (id === 'V-2' ? '李伟' : null)}
      problemOf={(id) => problems[id] ?? null}
      isPinned={(id) => id === 'V-2'}
      selection={selection}
      onPick={(id, mods) => store.update((s) => pick(s, id, mods, 'table', order))}
      onSelectAll={() => store.update(() => selectOnly(order, 'table'))}
      onClearSelection={() => store.update(() => EMPTY_SELECTION)}
      sort={sort}
      onSort={onSort}
    />
  );
}

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-visit-id'));
const selectedIds = () =>
  bodyRows()
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => r.dataset.visitId);

describe('VisitTable', () => {
  it('shows masked names, translated kind and status, windows, the officer, problem flags and pins', () => {
    renderOnBoard(<Harness />, { language: 'en' });
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('gridcell')
        .map((c) => c.textContent);
    expect(cells(bodyRows()[0])).toEqual(['', 'V-1', '王**', 'Collection', '09:00-11:30', '4', 'Approved', 'Not assigned']);
    expect(cells(bodyRows()[1])).toEqual([
      '',
      'V-2',
      'Li ***',
      'Verification',
      '08:00-09:00, 14:00-15:00',
      '4',
      'Planned',
      '李伟Pinned to this officer.',
    ]);
    expect(within(bodyRows()[0]).getByRole('img', { name: 'No officer has the skill.' })).toBeTruthy();
    expect(bodyRows()[1].className).toContain('has-violation');
    expect(within(bodyRows()[1]).getByRole('img', { name: 'Starts after its window.' })).toBeTruthy();
  });

  it('selects with click, Ctrl+click and Shift+click, shared through the selection store', () => {
    const { selection } = renderOnBoard(<Harness />, { language: 'en' });
    fireEvent.click(bodyRows()[1]);
    expect(selectedIds()).toEqual(['V-2']);
    fireEvent.click(bodyRows()[3], { shiftKey: true });
    expect(selectedIds()).toEqual(['V-2', 'V-3', 'V-4']);
    fireEvent.click(bodyRows()[2], { ctrlKey: true });
    expect(selectedIds()).toEqual(['V-2', 'V-4']);
    expect([...selection.get().ids].sort()).toEqual(['V-2', 'V-4']);
    // A pick made on the map shows here too.
    act(() => selection.update((s) => pick(s, 'V-1', {}, 'map')));
    expect(selectedIds()).toEqual(['V-1']);
  });

  it('works from the keyboard: arrows move, Shift extends, Space toggles, Ctrl+A and Escape', () => {
    renderOnBoard(<Harness />, { language: 'en' });
    const grid = screen.getByRole('grid', { name: 'Visits' });
    expect(grid.getAttribute('aria-multiselectable')).toBe('true');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(selectedIds()).toEqual(['V-1']);
    expect(grid.getAttribute('aria-activedescendant')).toBe(bodyRows()[0].id);
    fireEvent.keyDown(grid, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(grid, { key: 'ArrowDown', shiftKey: true });
    expect(selectedIds()).toEqual(['V-1', 'V-2', 'V-3']);
    fireEvent.keyDown(grid, { key: ' ' });
    expect(selectedIds()).toEqual(['V-1', 'V-2']);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(selectedIds()).toEqual(['V-4']);
    fireEvent.keyDown(grid, { key: 'a', ctrlKey: true });
    expect(selectedIds()).toEqual(['V-1', 'V-2', 'V-3', 'V-4']);
    fireEvent.keyDown(grid, { key: 'Escape' });
    expect(selectedIds()).toEqual([]);
  });

  it('sorts from the column headers and marks the sorted column', () => {
    const onSort = vi.fn();
    renderOnBoard(<Harness onSort={onSort} sort={{ key: 'priority', descending: true }} />, { language: 'en' });
    fireEvent.click(screen.getByRole('button', { name: /Customer/ }));
    expect(onSort).toHaveBeenCalledWith('name');
    expect(screen.getByRole('columnheader', { name: /Priority/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Customer/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('renders only the rows in sight of 5,000 visits and follows the scroll', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => sampleVisit({ id: VisitId.parse(`V-${String(i).padStart(4, '0')}`) }));
    renderOnBoard(<Harness rows={many} />, { language: 'en' });
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('5001');
    expect(bodyRows().length).toBeLessThan(60);
    expect(bodyRows()[0].dataset.visitId).toBe('V-0000');
    const scroller = screen.getByRole('grid').parentElement!;
    scroller.scrollTop = 28 * 3000;
    fireEvent.scroll(scroller);
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const shown = bodyRows().map((r) => r.dataset.visitId);
    expect(shown).toContain('V-3000');
    expect(shown).not.toContain('V-0000');
    expect(Number(bodyRows()[0].getAttribute('aria-rowindex'))).toBeGreaterThan(2900);
  });

  it('drops the columns a narrow panel has no room for, from the header and the rows alike', () => {
    // The table's width on a 1280 px wide board.
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(479);
    try {
      renderOnBoard(<Harness />, { language: 'en' });
      expect(screen.getAllByRole('columnheader').map((h) => h.className)).toEqual([
        'col-problem',
        'col-id',
        'col-name',
        'col-windows',
        'col-officer',
      ]);
      expect(
        within(bodyRows()[1])
          .getAllByRole('gridcell')
          .map((c) => c.textContent),
      ).toEqual(['', 'V-2', 'Li ***', '08:00-09:00, 14:00-15:00', '李伟Pinned to this officer.']);
    } finally {
      width.mockRestore();
    }
  });

  it('speaks Chinese', () => {
    renderOnBoard(<Harness />, { language: 'zh' });
    expect(screen.getByRole('columnheader', { name: /客户/ })).toBeTruthy();
    expect(screen.getAllByText('催收').length).toBe(3);
    expect(screen.getAllByText('未分配', { selector: 'span' })).toHaveLength(3);
  });
});

describe('filterVisits', () => {
  it('matches every word against id, name, address and shown labels', () => {
    const two = visits.slice(0, 2);
    const labels = (v: (typeof visits)[number]) => [v.kind === 'collection' ? '催收' : '贷前核查', v.id === 'V-2' ? '李伟' : ''];
    expect(filterVisits(two, '', labels)).toHaveLength(2);
    expect(filterVisits(two, 'v-2', labels).map((v) => v.id)).toEqual(['V-2']);
    expect(filterVisits(two, '催收', labels).map((v) => v.id)).toEqual(['V-1']);
    expect(filterVisits(two, '李伟 v-2', labels).map((v) => v.id)).toEqual(['V-2']);
    expect(filterVisits(two, '李伟 v-1', labels)).toEqual([]);
    expect(filterVisits(two, '长寿路', labels)).toHaveLength(2);
  });
});

describe('UnassignedList', () => {
  const unassigned = [
    {
      visitId: VisitId.parse('V-1'),
      reasons: ['no_skilled_officer' as const, 'capacity' as const],
      message: { en: 'No officer has the skill.', zh: '没有外访员具备所需技能。' },
    },
    { visitId: VisitId.parse('V-3'), reasons: ['window_unreachable' as const], message: { en: 'Too far.', zh: '太远。' } },
  ];

  it('shows each sentence and each reason in the current language', () => {
    renderWithProviders(<UnassignedList unassigned={unassigned} displayNames={new Map([['V-1', '王**']])} />, { language: 'zh' });
    expect(screen.getByRole('heading').textContent).toBe('未分配的走访（2）');
    expect(screen.getByText('没有外访员具备所需技能。')).toBeTruthy();
    expect(screen.getByText('没有具备技能的外访员')).toBeTruthy();
    expect(screen.getByText('所有路线都已排满')).toBeTruthy();
    expect(screen.getByText('王**')).toBeTruthy();
  });

  it('selects with the keyboard and fits the selected visits into the plan', () => {
    const onInsert = vi.fn();
    function Picking() {
      const selection = useSelection();
      const store = useSelectionStore();
      return (
        <UnassignedList
          unassigned={unassigned}
          displayNames={new Map()}
          selection={selection}
          onInsert={onInsert}
          onPick={(id, mods, order) => store.update((s) => pick(s, id, mods, 'unassigned', order))}
        />
      );
    }
    renderOnBoard(<Picking />, { language: 'en' });
    const list = screen.getByRole('listbox', { name: /Unassigned visits/ });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown', shiftKey: true });
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Fit into the plan (2)' }));
    expect(onInsert).toHaveBeenCalledWith(['V-1', 'V-3']);
  });

  it('distinguishes "no plan yet" from "everything assigned"', () => {
    renderWithProviders(<UnassignedList unassigned={null} displayNames={new Map()} />, { language: 'en' });
    expect(screen.getByText(/Plan the day to see/)).toBeTruthy();
    cleanup();
    renderWithProviders(<UnassignedList unassigned={[]} displayNames={new Map()} />, { language: 'en' });
    expect(screen.getByText('Every visit has an officer.')).toBeTruthy();
  });
});
