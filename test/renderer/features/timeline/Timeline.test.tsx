// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficerId, VisitId } from '../../../../shared/domain';
import { indexPlan } from '../../../../renderer/features/plans/plan-index';
import { Timeline } from '../../../../renderer/features/timeline/Timeline';
import { pick } from '../../../../renderer/state/selection';
import { renderOnBoard } from '../../board-harness';
import { sampleOfficer, samplePlan, sampleRoute, sampleVisit } from '../../sample-data';

afterEach(cleanup);

const H = 3600;
const officers = [
  sampleOfficer({ id: OfficerId.parse('OF1'), name: '李伟' }),
  sampleOfficer({ id: OfficerId.parse('OF2'), name: '王芳' }),
  sampleOfficer({ id: OfficerId.parse('OF3'), name: '张敏', isActive: false }),
];
const visitsById = new Map(
  ['A', 'B', 'C'].map((id) => [
    id,
    sampleVisit({ id: VisitId.parse(id), displayName: `${id}**`, windows: [{ startSec: 9 * H, endSec: 11 * H }] }),
  ]),
);
// C starts at 12:00, after its 09:00–11:00 window: late.
const plan = samplePlan(
  [
    sampleRoute('OF1', [
      ['A', 540],
      ['B', 600],
    ]),
    sampleRoute('OF2', [['C', 720]]),
  ],
  {
    violations: [
      {
        officerId: OfficerId.parse('OF2'),
        visitId: VisitId.parse('C'),
        rule: 'window',
        message: { en: 'C starts after its window.', zh: 'C 晚于时段。' },
      },
    ],
    locks: { pinned: [{ visitId: VisitId.parse('B'), officerId: OfficerId.parse('OF1') }], fixedOrder: [OfficerId.parse('OF2')], done: [] },
  },
);

function show(onToggleLock = vi.fn()) {
  const result = renderOnBoard(
    <Timeline officers={officers} plan={plan} index={indexPlan(plan)} visitsById={visitsById} onToggleLock={onToggleLock} />,
    { language: 'en' },
  );
  return { ...result, onToggleLock };
}
const row = (officerId: string) => document.querySelector<HTMLElement>(`.timeline-row[data-officer-id="${officerId}"]`)!;
const block = (visitId: string) => document.querySelector<HTMLElement>(`.stop-block[data-visit-id="${visitId}"]`)!;

describe('Timeline', () => {
  it('draws one row per officer on shift with their stops at the planned times', () => {
    show();
    expect([...document.querySelectorAll('.timeline-row')].map((r) => r.getAttribute('data-officer-id'))).toEqual(['OF1', 'OF2']);
    expect(row('OF1').dataset.stops).toBe('A@09:00 B@10:00');
    expect(within(row('OF1')).getByText('2 visits, 09:00–10:40')).toBeTruthy();
    // The scale runs 09:00–18:00 (the shifts), so 10:00 is one ninth across.
    expect(parseFloat(block('B').style.left)).toBeCloseTo(100 / 9, 3);
    expect(block('A').getAttribute('aria-label')).toBe('Stop 1: A** A, 09:00–09:30, window 09:00-11:00.');
    expect(row('OF1').querySelectorAll('.segment--travel')).toHaveLength(2);
    expect(row('OF1').querySelectorAll('.off-shift')).toHaveLength(2);
  });

  it('shows broken rules and late starts in red, pins and locked routes', () => {
    show();
    expect(block('C').className).toContain('is-violation');
    expect(block('C').getAttribute('aria-label')).toContain('Starts outside its appointment window. C starts after its window.');
    expect(block('A').className).not.toContain('is-violation');
    expect(within(row('OF2')).getByRole('img', { name: 'C starts after its window.' })).toBeTruthy();
    expect(block('B').getAttribute('aria-label')).toContain('Pinned to this officer.');
    expect(screen.getByRole('button', { name: 'Lock the order of 王芳’s route' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Lock the order of 李伟’s route' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('locks and unlocks a route from its row', () => {
    const { onToggleLock } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Lock the order of 李伟’s route' }));
    expect(onToggleLock).toHaveBeenCalledWith('OF1', true);
    fireEvent.click(screen.getByRole('button', { name: 'Lock the order of 王芳’s route' }));
    expect(onToggleLock).toHaveBeenCalledWith('OF2', false);
  });

  it('selects by click and follows selections made in other views', () => {
    const { selection } = show();
    fireEvent.click(block('B'));
    expect([...selection.get().ids]).toEqual(['B']);
    expect(block('B').getAttribute('aria-pressed')).toBe('true');
    act(() => selection.update((s) => pick(s, 'C', {}, 'table')));
    expect(block('C').getAttribute('aria-pressed')).toBe('true');
    expect(block('B').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group', { name: 'Timeline: one row per officer' }).getAttribute('aria-activedescendant')).toBe(block('C').id);
  });

  it('moves between visits with the arrow keys', () => {
    const { selection } = show();
    const timeline = screen.getByRole('group', { name: 'Timeline: one row per officer' });
    fireEvent.keyDown(timeline, { key: 'ArrowDown' });
    expect([...selection.get().ids]).toEqual(['A']);
    fireEvent.keyDown(timeline, { key: 'ArrowRight' });
    expect([...selection.get().ids]).toEqual(['B']);
    fireEvent.keyDown(timeline, { key: 'ArrowDown' });
    expect([...selection.get().ids]).toEqual(['C']);
    fireEvent.keyDown(timeline, { key: 'ArrowUp', shiftKey: true });
    expect([...selection.get().ids].sort()).toEqual(['B', 'C']);
  });

  it('takes a drop on a row at the place under the pointer', () => {
    const onDrop = vi.fn();
    renderOnBoard(
      <Timeline officers={officers} plan={plan} index={indexPlan(plan)} visitsById={visitsById} onToggleLock={() => undefined} />,
      { language: 'en', onDrop },
    );
    const track = row('OF1').querySelector<HTMLElement>('.timeline-row__track')!;
    // jsdom has no layout: give the track a box and say what lies under the pointer.
    track.getBoundingClientRect = () => ({
      left: 100,
      top: 50,
      width: 900,
      height: 40,
      right: 1000,
      bottom: 90,
      x: 100,
      y: 50,
      toJSON: () => ({}),
    });
    document.elementFromPoint = () => track;
    // jsdom has no PointerEvent; a MouseEvent of that type carries the coordinates.
    block('C').dispatchEvent(new MouseEvent('pointerdown', { clientX: 10, clientY: 10, button: 0, bubbles: true }));
    // 09:40 is past A's middle (09:15) and before B's (10:15): between A and B.
    const x = 100 + ((9 * H + 40 * 60 - 9 * H) / (9 * H)) * 900;
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: 70 }));
    window.dispatchEvent(new MouseEvent('pointerup', { clientX: x, clientY: 70 }));
    expect(onDrop).toHaveBeenCalledWith('C', expect.objectContaining({ kind: 'route', officerId: 'OF1', position: 1 }));
  });
});
