import { defineMessages } from '../define';

/** A customer's case file (`audit export --customer`): every visit, where the plan put it, and its history. */
export const caseFileMessages = defineMessages(
  {
    'caseFile.title': 'Case file of customer {customerId}',
    'caseFile.made_one': 'Made {at} from the workspace: {count} visit, with its audit history.',
    'caseFile.made_other': 'Made {at} from the workspace: {count} visits, each with its audit history.',
    'caseFile.approval': 'Approval',
    'caseFile.placement': 'In the plan',
    'caseFile.routed': 'with {officerName} ({officerId}), arrive {arrival}, visit {start}–{end}',
    'caseFile.unassigned': 'unassigned: {message}',
    'caseFile.notPlanned': 'no plan for the day yet',
    'caseFile.history': 'History',
    'caseFile.holds': 'Holds',
    'caseFile.holdActive': 'in force',
    'caseFile.holdReleased': 'released by {by} at {at}: {reason}',
    'caseFile.unknownCustomer': 'There is no visit for customer {customerId} in this workspace; check the customer ID.',
  },
  {
    'caseFile.title': '客户 {customerId} 的案卷',
    'caseFile.made_other': '{at} 由工作区生成：共 {count} 个走访，各附审计记录。',
    'caseFile.approval': '审批',
    'caseFile.placement': '方案中',
    'caseFile.routed': '由 {officerName}（{officerId}）执行，{arrival} 到达，{start}–{end} 走访',
    'caseFile.unassigned': '未分配：{message}',
    'caseFile.notPlanned': '当天尚无方案',
    'caseFile.history': '记录',
    'caseFile.holds': '冻结',
    'caseFile.holdActive': '生效中',
    'caseFile.holdReleased': '已由 {by} 于 {at} 解除：{reason}',
    'caseFile.unknownCustomer': '工作区中没有客户 {customerId} 的走访，请检查客户编号。',
  },
);
