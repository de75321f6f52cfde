import { describe, expect, it } from 'vitest';
import type { VisitId } from '../../../../shared/domain';
import { indexPlan } from '../../../../renderer/features/plans/plan-index';
import { withPlanStatus } from '../../../../renderer/features/visits/VisitsPanel';
import { samplePlan, sampleRoute, sampleVisit } from '../../sample-data';

describe('withPlanStatus', () => {
  const routed = sampleVisit({ id: 'V-1' as VisitId, status: 'approved' });
  const dropped = sampleVisit({ id: 'V-2' as VisitId, status: 'planned' });
  const steady = sampleVisit({ id: 'V-3' as VisitId, status: 'planned' });
  const done = sampleVisit({ id: 'V-4' as VisitId, status: 'done' });
  const index = indexPlan(
    samplePlan([
      sampleRoute('O-1', [
        ['V-1', 540],
        ['V-3', 600],
        ['V-4', 660],
      ]),
    ]),
  );

  it('shows approved and planned as the plan on the board has them, leaving other statuses alone', () => {
    const shown = withPlanStatus([routed, dropped, steady, done], index);
    expect(shown.map((v) => v.status)).toEqual(['planned', 'approved', 'planned', 'done']);
    // Unchanged visits keep their object, so their table rows do not redraw.
    expect(shown[2]).toBe(steady);
    expect(shown[3]).toBe(done);
  });

  it('returns the same list when nothing differs', () => {
    const list = [sampleVisit({ id: 'V-3' as VisitId, status: 'planned' })];
    expect(withPlanStatus(list, index)).toBe(list);
  });
});
