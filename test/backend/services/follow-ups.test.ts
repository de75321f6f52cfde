import { reported } from '../../support/outcomes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type Plan, type VisitId } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, signInSupervisor, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// Follow-ups (issue 19): the outcomes of a day propose the next visits, which a person approves.
let ws: TestWorkspace;
let routed: VisitId[];

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 16, officers: 3 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  const plan: Plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
  routed = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
  expect(routed.length).toBeGreaterThanOrEqual(4);
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const customerOf = async (id: string) => (await ws.handlers['visits.get']({ id: id as VisitId })).visit.customerId;

describe('follow-ups from the outcomes', () => {
  it('proposes, flags, holds and withdraws as the default rules say; approving makes a plannable visit', async () => {
    const [notHome, promised, moved, complained] = routed;
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [
        reported(notHome, { outcome: 'failed', result: 'not_at_home', arrivedSec: 10 * 3600 }),
        reported(promised, { result: 'promise_to_pay', promiseAmount: 500, promiseDate: addDays(TEST_DAY, 3) }),
        reported(moved, { outcome: 'failed', result: 'moved' }),
        reported(complained, { result: 'complaint' }),
      ],
    });
    const list = await ws.handlers['followUps.list']({});
    expect(list.map((f) => [f.fromVisitId, f.rule, f.kind, f.earliestDate, f.latestDate, f.status])).toEqual([
      [notHome, 'not_at_home', 'follow-up', addDays(TEST_DAY, 2), addDays(TEST_DAY, 5), 'proposed'],
      [promised, 'promise_to_pay', 'collection', addDays(TEST_DAY, 4), addDays(TEST_DAY, 4), 'proposed'],
      [moved, 'moved', null, null, null, 'flagged'],
    ]);
    // Not at home in the morning: another part of the day.
    expect(list[0].windows).toEqual([{ startSec: 14 * 3600, endSec: 18 * 3600 }]);
    // The complaint freezes the customer until a supervisor releases the hold.
    const holds = await ws.handlers['holds.list']({ customerId: await customerOf(complained) });
    expect(holds).toEqual([expect.objectContaining({ kind: 'complaint', officerId: null, releasedAt: null })]);
    // Reported again, the same outcomes propose nothing twice.
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [reported(notHome, { outcome: 'failed', result: 'not_at_home', arrivedSec: 10 * 3600 })],
    });
    expect(await ws.handlers['followUps.list']({})).toHaveLength(3);

    // A payment withdraws the promise's collection visit.
    await ws.handlers['visits.recordOutcomes']({ outcomes: [reported(promised, { result: 'paid' })] });
    expect((await ws.handlers['followUps.list']({})).find((f) => f.rule === 'promise_to_pay')?.status).toBe('withdrawn');

    // Approving all of a rule makes visits on their earliest day, linked, approved through the latest.
    const approved = await ws.handlers['followUps.approve']({ rule: 'not_at_home' });
    expect(approved).toEqual([expect.objectContaining({ status: 'approved', visitId: `${notHome}-F${list[0].id}` })]);
    const day = addDays(TEST_DAY, 2);
    const made = (await ws.handlers['visits.list']({ date: day })).find((v) => v.id === approved[0].visitId)!;
    expect(made).toMatchObject({
      kind: 'follow-up',
      status: 'approved',
      approvalExpires: addDays(TEST_DAY, 5),
      approvalScope: ['follow-up'],
    });
    expect(made.customerId).toBe(await customerOf(notHome));
    await expect(ws.handlers['followUps.approve']({ ids: [list[0].id] })).rejects.toMatchObject({ code: 'bad_input' });

    // Day 2 plans it: the failed attempt counts as a contact, but two in 7 days are allowed, 48 h apart.
    await ws.handlers['plans.solve']({ date: day, seconds: 0.3, seed: 1 });
    const plan2 = (await ws.handlers['plans.current']({ date: day }))!.plan;
    expect(plan2.routes.some((r) => r.stops.some((s) => s.visitId === made.id))).toBe(true);
  });

  it('follows the rule set’s follow-up rules: the officer asked for, the priority, and a move against them refused', async () => {
    await signInSupervisor(ws.handlers);
    const plan1 = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    const officerOf = (plan: Plan, id: string) => plan.routes.find((r) => r.stops.some((s) => s.visitId === id))?.officerId;
    const setRule = async (officer: 'same' | 'other') => {
      const { rules } = await ws.handlers['rules.current']({});
      const notAtHome = {
        then: 'visit',
        kind: 'follow-up',
        from: 'visit',
        earliestDays: 3,
        latestDays: 3,
        window: 'any',
        officer,
        priority: 5,
      } as const;
      await ws.handlers['rules.change']({
        rules: { ...rules, followUps: { ...rules.followUps, not_at_home: notAtHome } },
        reason: `officer ${officer}`,
      });
    };
    const [a1, a2, s1, s2] = routed;
    await setRule('other');
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [a1, a2].map((id) => reported(id, { outcome: 'failed', result: 'not_at_home' })),
    });
    await setRule('same');
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [s1, s2].map((id) => reported(id, { outcome: 'failed', result: 'not_at_home' })),
    });
    const proposed = await ws.handlers['followUps.list']({});
    expect(proposed.map((f) => [f.fromVisitId, f.officer, f.fromOfficerId, f.priority])).toEqual(
      [a1, a2, s1, s2].map((id, i) => [id, i < 2 ? 'other' : 'same', officerOf(plan1, id), 5]),
    );
    const made = await ws.handlers['followUps.approve']({});
    const day = addDays(TEST_DAY, 3);
    expect((await ws.handlers['visits.list']({ date: day })).map((v) => v.priority)).toEqual([5, 5, 5, 5]);

    await ws.handlers['plans.solve']({ date: day, seconds: 0.3, seed: 1 });
    const plan2 = (await ws.handlers['plans.current']({ date: day }))!.plan;
    made.forEach((f, i) => {
      const officer = officerOf(plan2, f.visitId!);
      expect(officer, JSON.stringify(plan2.unassigned)).toBeDefined();
      if (i < 2) expect(officer).not.toBe(f.fromOfficerId);
      else expect(officer).toBe(f.fromOfficerId);
    });
    // A move back to the officer who found nobody in breaks the rule: refused, naming it.
    const move = { type: 'move', visitId: made[0].visitId!, toOfficerId: made[0].fromOfficerId!, position: 0 } as const;
    await ws.handlers['session.signOut']({});
    await expect(ws.handlers['plans.edit']({ date: day, basePlanId: plan2.id, edit: move })).rejects.toMatchObject({
      code: 'forbidden',
      details: { problems: [expect.objectContaining({ rule: 'follow_up_officer', visitId: made[0].visitId })] },
    });
  });
});
