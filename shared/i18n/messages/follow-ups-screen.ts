import { defineMessages } from '../define';

/**
 * The follow-ups screen (issue 19): the visits recorded outcomes call for, listed and approved
 * here, and the addresses flagged for a dispatcher. Visit kinds are `kind.*`.
 */
export const followUpsScreenMessages = defineMessages(
  {
    'followUpsScreen.tab': 'Follow-ups',
    'followUpsScreen.tabHint': 'Follow-up visits the outcomes called for, to approve (Alt+W)',
    'keys.followUps': 'follow-ups screen, or back to the board',

    'followUpsScreen.title': 'Follow-ups',
    'followUpsScreen.intro':
      'Recorded outcomes propose the next visits under the follow-up rules of the Rules screen (by default: nobody at home, another try 2 to 5 days later in another part of the day; a promise to pay, a collection visit the day after the promised date; a wrong address or a customer who moved, flagged with no visit). Approving one makes an approved visit on its first day.',
    'followUpsScreen.loading': 'Loading the follow-ups…',
    'followUpsScreen.none': 'No follow-ups yet: recording outcomes proposes them.',
    'followUpsScreen.noneOfRule': 'No follow-up for “{rule}”.',
    'followUpsScreen.ruleFilter': 'Show',
    'followUpsScreen.allRules': 'All reasons',
    'followUpsScreen.tableLabel': 'Follow-ups, those awaiting approval first',
    'followUpsScreen.col.select': 'Select',
    'followUpsScreen.col.from': 'From visit',
    'followUpsScreen.col.customer': 'Customer ID',
    'followUpsScreen.col.rule': 'Why',
    'followUpsScreen.col.kind': 'Visit kind',
    'followUpsScreen.col.days': 'Days',
    'followUpsScreen.col.windows': 'Window',
    'followUpsScreen.col.state': 'State',
    'followUpsScreen.col.visit': 'Visit made',
    'followUpsScreen.state.proposed': 'Awaiting approval',
    'followUpsScreen.state.flagged': 'Flagged',
    'followUpsScreen.state.approved': 'Approved',
    'followUpsScreen.state.withdrawn': 'Withdrawn: paid',
    'followUpsScreen.days': '{from} – {to}',
    'followUpsScreen.checkAddress': 'None: flagged for a dispatcher to look at.',
    'followUpsScreen.selectLabel': 'Select follow-up {id} of visit {visitId}',

    'followUpsScreen.approveSelected': 'Approve selected ({count})',
    'followUpsScreen.approveAll': 'Approve all proposed',
    'followUpsScreen.approveRule': 'Approve all proposed: {rule}',
    'followUpsScreen.approving': 'Approving…',
    'followUpsScreen.approveHint':
      'Each approved follow-up becomes an approved visit on its first day, in the name of whoever is signed in.',
    'followUpsScreen.approved_one': 'Approved {count} follow-up: {visits}.',
    'followUpsScreen.approved_other': 'Approved {count} follow-ups: {visits}.',
    'followUpsScreen.approvedNone': 'No follow-up was awaiting approval.',
  },
  {
    'followUpsScreen.tab': '后续走访',
    'followUpsScreen.tabHint': '走访结果所需的后续走访，待审批（Alt+W）',
    'keys.followUps': '后续走访页面，或返回调度看板',

    'followUpsScreen.title': '后续走访',
    'followUpsScreen.intro':
      '记录的走访结果会按“规则”页面的后续走访规则提出下一次走访（默认：客户不在家，2 至 5 天后在另一时段再次走访；承诺还款，在承诺日期的次日安排催收走访；地址错误或客户已搬离的只做标记，不安排走访）。审批后，会在最早日期生成一个已审批的走访。',
    'followUpsScreen.loading': '正在载入后续走访…',
    'followUpsScreen.none': '暂无后续走访：记录走访结果后会自动提出。',
    'followUpsScreen.noneOfRule': '没有“{rule}”的后续走访。',
    'followUpsScreen.ruleFilter': '显示',
    'followUpsScreen.allRules': '全部原因',
    'followUpsScreen.tableLabel': '后续走访，待审批的在前',
    'followUpsScreen.col.select': '选择',
    'followUpsScreen.col.from': '来源走访',
    'followUpsScreen.col.customer': '客户编号',
    'followUpsScreen.col.rule': '原因',
    'followUpsScreen.col.kind': '走访类型',
    'followUpsScreen.col.days': '日期',
    'followUpsScreen.col.windows': '时段',
    'followUpsScreen.col.state': '状态',
    'followUpsScreen.col.visit': '生成的走访',
    'followUpsScreen.state.proposed': '待审批',
    'followUpsScreen.state.flagged': '已标记',
    'followUpsScreen.state.approved': '已审批',
    'followUpsScreen.state.withdrawn': '已撤回：已还款',
    'followUpsScreen.days': '{from} 至 {to}',
    'followUpsScreen.checkAddress': '无：已标记，须由调度员查看。',
    'followUpsScreen.selectLabel': '选择走访 {visitId} 的后续走访 {id}',

    'followUpsScreen.approveSelected': '审批所选（{count}）',
    'followUpsScreen.approveAll': '审批全部待审批',
    'followUpsScreen.approveRule': '审批全部待审批：{rule}',
    'followUpsScreen.approving': '正在审批…',
    'followUpsScreen.approveHint': '每个审批通过的后续走访会在最早日期生成一个已审批的走访，审批人为当前登录用户。',
    'followUpsScreen.approved_other': '已审批 {count} 个后续走访：{visits}。',
    'followUpsScreen.approvedNone': '没有待审批的后续走访。',
  },
);
