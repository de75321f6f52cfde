import { defineMessages } from '../define';

/**
 * Approvals (issue 18): why a visit whose approval expired or does not cover its kind stays out of
 * the plan. `{ref}` is the lender's approval number; `{kind}` and `{scope}` are `approval.kind.*`.
 */
export const approvalMessages = defineMessages(
  {
    'approval.kind.verification': 'verification',
    'approval.kind.collection': 'collection',
    'approval.kind.follow-up': 'follow-up',
    'approval.expired': 'Approval {ref} expired on {expires}, its last valid day: renew it to plan this visit on {date}.',
    'approval.outOfScope': 'Approval {ref} covers {scope, list} visits only, not a {kind} visit.',
  },
  {
    'approval.kind.verification': '贷前核查',
    'approval.kind.collection': '催收',
    'approval.kind.follow-up': '回访',
    'approval.expired': '审批 {ref} 的有效期至 {expires} 为止，已过期：续期后才能将此走访排入 {date} 的方案。',
    'approval.outOfScope': '审批 {ref} 仅限{scope, list}走访，不含{kind}走访。',
  },
);
