// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfficerId, VisitId } from '../../../../shared/domain';
import { MoveDialog } from '../../../../renderer/features/board/MoveDialog';
import { indexPlan } from '../../../../renderer/features/plans/plan-index';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';
import { sampleOfficer, samplePlan, sampleRoute, sampleVisit } from '../../sample-data';

beforeEach(stubDialog);
afterEach(cleanup);

const officers = [sampleOfficer({ id: OfficerId.parse('OF1'), name: '李伟' }), sampleOfficer({ id: OfficerId.parse('OF2'), name: '王芳' })];
const plan = samplePlan(
  [
    sampleRoute('OF1', [
      ['A', 540],
      ['X', 900],
    ]),
    sampleRoute('OF2', [
      ['B', 540],
      ['C', 660],
      ['D', 780],
    ]),
  ],
  { locks: { pinned: [], fixedOrder: [OfficerId.parse('OF2')], done: [] } },
);
// X's window opens at 11:30: in OF2's route that falls after B (09:15 middle) and C (11:15 middle).
const visit = sampleVisit({ id: VisitId.parse('X'), displayName: '周**', windows: [{ startSec: 11.5 * 3600, endSec: 13 * 3600 }] });

function open(onMove = vi.fn(), onClose = vi.fn()) {
  const index = indexPlan(plan);
  renderWithProviders(
    <MoveDialog
      visit={visit}
      officers={officers}
      routeOf={index.routeOf}
      lockedOfficers={index.lockedOfficers}
      currentOfficerId="OF1"
      displayNames={
        new Map([
          ['B', '王**'],
          ['C', '陈**'],
          ['D', '刘**'],
        ])
      }
      onMove={onMove}
      onClose={onClose}
    />,
    { language: 'en' },
  );
  return { onMove, onClose };
}

describe('MoveDialog: dragging by keyboard', () => {
  it('starts on the current officer and suggests the place by the appointment window', () => {
    open();
    expect(screen.getByRole('dialog', { name: 'Move 周** (X)' })).toBeTruthy();
    expect((screen.getByLabelText('Officer') as HTMLSelectElement).value).toBe('OF1');
    // In OF1's own route without X there is only A: the end.
    expect((screen.getByLabelText('Place in the route') as HTMLSelectElement).value).toBe('1');
  });

  it('lists the places of another route, warns about a locked order and moves there', () => {
    const { onMove } = open();
    fireEvent.change(screen.getByLabelText('Officer'), { target: { value: 'OF2' } });
    const place = screen.getByLabelText('Place in the route') as HTMLSelectElement;
    expect([...place.options].map((o) => o.textContent)).toEqual([
      'Stop 1: before 09:00 王** B',
      'Stop 2: before 11:00 陈** C',
      'Stop 3: before 13:00 刘** D',
      'At the end, after 13:30',
    ]);
    expect(place.value).toBe('2');
    expect(screen.getByText(/This route’s order is locked/)).toBeTruthy();
    fireEvent.change(place, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(onMove).toHaveBeenCalledWith('OF2', 0);
  });

  it('closes without moving on Cancel', () => {
    const { onMove, onClose } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onMove).not.toHaveBeenCalled();
  });
});
