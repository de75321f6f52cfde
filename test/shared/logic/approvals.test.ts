import { describe, expect, it } from 'vitest';
import { approvalProblem, type ApprovedVisit } from '../../../shared/logic/approvals';

const DAY = '2026-11-23';
const visit = (over: Partial<ApprovedVisit> = {}): ApprovedVisit => ({
  kind: 'collection',
  approvalRef: 'AP-7',
  approvalExpires: null,
  approvalScope: null,
  ...over,
});

describe('approvalProblem', () => {
  it('lets an approval without an expiry or a scope through, any day and any kind', () => {
    expect(approvalProblem(visit(), DAY)).toBeNull();
    expect(approvalProblem(visit({ kind: 'follow-up' }), '2030-01-01')).toBeNull();
  });

  it('holds through the last valid day and refuses the day after, naming the approval and the day', () => {
    expect(approvalProblem(visit({ approvalExpires: DAY }), DAY)).toBeNull();
    expect(approvalProblem(visit({ approvalExpires: '2026-11-20' }), DAY)).toEqual({
      en: 'Approval AP-7 expired on 2026-11-20, its last valid day: renew it to plan this visit on 2026-11-23.',
      zh: '审批 AP-7 的有效期至 2026-11-20 为止，已过期：续期后才能将此走访排入 2026-11-23 的方案。',
    });
  });

  it('refuses a kind the scope leaves out, listing the kinds it covers', () => {
    expect(approvalProblem(visit({ approvalScope: ['collection', 'follow-up'] }), DAY)).toBeNull();
    expect(approvalProblem(visit({ approvalScope: ['verification'] }), DAY)).toEqual({
      en: 'Approval AP-7 covers verification visits only, not a collection visit.',
      zh: '审批 AP-7 仅限贷前核查走访，不含催收走访。',
    });
    expect(approvalProblem(visit({ kind: 'verification', approvalScope: ['collection', 'follow-up'] }), DAY)).toEqual({
      en: 'Approval AP-7 covers collection and follow-up visits only, not a verification visit.',
      zh: '审批 AP-7 仅限催收和回访走访，不含贷前核查走访。',
    });
  });

  it('names the expiry first when the approval both expired and leaves the kind out', () => {
    const problem = approvalProblem(visit({ approvalExpires: '2026-11-01', approvalScope: ['verification'] }), DAY);
    expect(problem?.en).toMatch(/^Approval AP-7 expired on 2026-11-01/);
  });
});
