import { defineMessages } from '../define';

/**
 * Retention (issue 21): how long customers' personal data of finished visits is kept, the purge
 * that erases it after that, its dry run, and the exports past the retention.
 */
export const retentionMessages = defineMessages(
  {
    'retention.erased': '(erased)',
    'users.action.changeRetention': 'change how long personal data is kept',
    'users.action.purgeSooner': 'erase personal data sooner than the workspace keeps it',
    'retention.keptFor': 'Customers’ personal data of finished visits is kept for {days} days.',
    'retention.keptAlways': 'Customers’ personal data is kept: no retention is set.',
    'retention.noneSet': 'No retention is set, so nothing was erased. A supervisor sets one in Settings (or use --days).',
    'retention.purged_one':
      'Erased the name, phone, address and remarks of {count} finished visit dated before {before} (kept {days} days). The audit trail is unchanged.',
    'retention.purged_other':
      'Erased the names, phones, addresses and remarks of {count} finished visits dated before {before} (kept {days} days). The audit trail is unchanged.',
    'retention.wouldPurge_one':
      'Dry run: {count} finished visit dated before {before} would be erased (kept {days} days); nothing was changed.',
    'retention.wouldPurge_other':
      'Dry run: {count} finished visits dated before {before} would be erased (kept {days} days); nothing was changed.',
    'retention.day_one': '{date}: {count} visit',
    'retention.day_other': '{date}: {count} visits',
    'retention.oldExports_one': '{count} export of a day before {before} is past the retention; delete its files where they were saved:',
    'retention.oldExports_other':
      '{count} exports of days before {before} are past the retention; delete their files where they were saved:',
    'retention.title': 'Personal data retention',
    'retention.keepDays': 'Keep customers’ names, phones and addresses of finished visits for (days)',
    'retention.keepAlways': 'Keep them (no retention)',
    'retention.save': 'Save retention',
    'retention.saved': 'Retention saved.',
    'retention.hint': 'After that, a purge erases them; outcomes keep their facts and the audit trail stays as it is.',
  },
  {
    'retention.erased': '（已删除）',
    'users.action.changeRetention': '修改个人信息保存期限',
    'users.action.purgeSooner': '在保存期限之前删除个人信息',
    'retention.keptFor': '已结束走访的客户个人信息保存 {days} 天。',
    'retention.keptAlways': '客户个人信息一直保存：未设置保存期限。',
    'retention.noneSet': '未设置保存期限，未删除任何数据。主管可在“设置”中设置（或使用 --days）。',
    'retention.purged_other': '已删除 {before} 之前 {count} 次已结束走访的客户姓名、电话、地址和备注（保存 {days} 天）。审计记录未改动。',
    'retention.wouldPurge_other': '试运行：{before} 之前 {count} 次已结束走访的个人信息将被删除（保存 {days} 天）；未做任何改动。',
    'retention.day_other': '{date}：{count} 次走访',
    'retention.oldExports_other': '{before} 之前的 {count} 次导出已超过保存期限；请在保存位置删除这些文件：',
    'retention.title': '个人信息保存期限',
    'retention.keepDays': '已结束走访的客户姓名、电话和地址保存（天）',
    'retention.keepAlways': '一直保存（不设期限）',
    'retention.save': '保存期限',
    'retention.saved': '保存期限已保存。',
    'retention.hint': '到期后，清除会删除这些信息；走访结果保留事实，审计记录保持不变。',
  },
);
