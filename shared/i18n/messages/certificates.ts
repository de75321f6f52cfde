import { defineMessages } from '../define';

/**
 * Certificates (issue 18): officers' skills with validity dates, some required per visit kind by
 * the visiting rules, and the warning list of those ending soon (`dispatch certificates expiring`).
 */
export const certificateMessages = defineMessages(
  {
    'certificates.daysLeft_one': '{count} day left',
    'certificates.daysLeft_other': '{count} days left',
    'certificates.lastDay': 'valid today for the last time',
    'certificates.expired_one': 'ended {count} day ago',
    'certificates.expired_other': 'ended {count} days ago',

    'certificates.cli.heading_one': 'Certificates ending within {count} day of {date} (by {until}), or ended:',
    'certificates.cli.heading_other': 'Certificates ending within {count} days of {date} (by {until}), or ended:',
    'certificates.cli.none_one': 'No certificate ends within {count} day of {date}, and none has ended.',
    'certificates.cli.none_other': 'No certificate ends within {count} days of {date}, and none has ended.',
    'certificates.cli.required': 'Required by the visiting rules:',
    'certificates.cli.other': 'Other skills with an end date:',
    'certificates.cli.requiredEntry': '  {validUntil}  {certificate} ({kinds, list})  {officerName} ({officerId}): {left}',
    'certificates.cli.otherEntry': '  {validUntil}  {certificate}  {officerName} ({officerId}): {left}',
  },
  {
    'certificates.daysLeft_other': '还剩 {count} 天',
    'certificates.lastDay': '今天是最后有效日',
    'certificates.expired_other': '已过期 {count} 天',

    'certificates.cli.heading_other': '{date} 起 {count} 天内（{until} 前）到期或已过期的资质证书：',
    'certificates.cli.none_other': '{date} 起 {count} 天内没有到期的资质证书，也没有已过期的。',
    'certificates.cli.required': '走访规则要求的资质证书：',
    'certificates.cli.other': '其他有有效期的技能：',
    'certificates.cli.requiredEntry': '  {validUntil}  {certificate}（{kinds, list}）  {officerName}（{officerId}）：{left}',
    'certificates.cli.otherEntry': '  {validUntil}  {certificate}  {officerName}（{officerId}）：{left}',
  },
);
