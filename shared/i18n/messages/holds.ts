import { defineMessages } from '../define';

/** Holds on customers: what they are, what they block, and the answers of placing and releasing them. */
export const holdMessages = defineMessages(
  {
    'hold.kind.complaint': 'an open complaint',
    'hold.kind.dispute': 'a dispute',
    'hold.kind.legal': 'a legal hold',
    'hold.kind.vulnerable': 'a vulnerable customer',
    'hold.kind.do_not_visit': 'do not visit',
    'hold.blocks': 'The customer is under a hold ({kind}, hold {id}, since {since}): no visits until a supervisor releases it.',
    'hold.blocksUntil': 'The customer is under a hold ({kind}, hold {id}, since {since}) through {until}: no visits until then.',
    'hold.complaintClearance': 'an officer other than the one complained about',
    'hold.unknown': 'There is no hold {id} in this workspace.',
    'hold.alreadyReleased': 'Hold {id} was released already, by {by} on {at}.',
    'hold.placed': 'Hold {id} placed on customer {customerId} ({kind}).',
    'hold.released': 'Hold {id} on customer {customerId} released.',
    'hold.none': 'No holds.',
    'hold.unknownOfficer': 'There is no officer {officerId} in this workspace; check the officer ID.',
  },
  {
    'hold.kind.complaint': '投诉未结',
    'hold.kind.dispute': '争议',
    'hold.kind.legal': '法律冻结',
    'hold.kind.vulnerable': '弱势客户',
    'hold.kind.do_not_visit': '暂停走访',
    'hold.blocks': '客户处于冻结状态（{kind}，冻结 {id}，自 {since} 起）：主管解除前不安排走访。',
    'hold.blocksUntil': '客户处于冻结状态（{kind}，冻结 {id}，自 {since} 起）至 {until}：此前不安排走访。',
    'hold.complaintClearance': '被投诉外访员以外的外访员',
    'hold.unknown': '工作区中没有冻结 {id}。',
    'hold.alreadyReleased': '冻结 {id} 已由 {by} 于 {at} 解除。',
    'hold.placed': '已对客户 {customerId} 设置冻结 {id}（{kind}）。',
    'hold.released': '已解除客户 {customerId} 的冻结 {id}。',
    'hold.none': '没有冻结。',
    'hold.unknownOfficer': '工作区中没有外访员 {officerId}，请检查外访员编号。',
  },
);
