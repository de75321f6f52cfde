import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain';
import { affectedStops } from '../../../shared/logic/affected-stops';
import { makePlan } from '../../backend/db/builders';

// makePlan: O-2 [V-3], O-1 [V-1, V-2, V-4].
const flag = (officerId: string, visitId: string | null) =>
  ({ officerId, visitId, rule: 'window', message: { en: 'x', zh: 'x' } }) as Plan['violations'][number];

describe('the stops a plan problem concerns', () => {
  it('are the named stops, or the whole route of an officer named alone, in route order', () => {
    const plan = makePlan('P-1');
    expect(affectedStops({ ...plan, violations: [] })).toEqual([]);
    expect(affectedStops({ ...plan, violations: [flag('O-1', 'V-4'), flag('O-1', 'V-2')] })).toEqual(['V-2', 'V-4']);
    expect(affectedStops({ ...plan, violations: [flag('O-2', null), flag('O-1', 'V-1')] })).toEqual(expect.arrayContaining(['V-3', 'V-1']));
    // A visit no longer in any route (already unassigned) is not a stop.
    expect(affectedStops({ ...plan, violations: [flag('O-1', 'V-9')] })).toEqual([]);
  });
});
