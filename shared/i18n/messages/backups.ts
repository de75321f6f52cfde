import { defineMessages } from '../define';

/**
 * The backups section of Settings (issue 21): the backup folder, the daily backups and how many are
 * kept, Back up now, and the backups taken. The command line's backup sentences are in workspace-files.
 */
export const backupMessages = defineMessages(
  {
    'backups.title': 'Backups',
    'backups.hint':
      'A backup is a whole copy of the workspace, encrypted as the workspace is. While the app runs it takes one daily backup each day and deletes the oldest beyond the number kept; backups taken with Back up now stay until someone deletes them.',
    'backups.folder': 'Backup folder',
    'backups.daily': 'Take a backup every day',
    'backups.keep': 'Daily backups kept (1–365)',
    'backups.save': 'Save backup settings',
    'backups.saved': 'Backup settings saved.',
    'backups.backUpNow': 'Back up now',
    'backups.busy': 'Backing up…',
    'backups.taken': 'Backed up the workspace to {file}.',
    'backups.none': 'No backups yet.',
    'backups.tableLabel': 'Backups, newest first',
    'backups.col.takenAt': 'Taken',
    'backups.col.by': 'Taken by',
    'backups.col.size': 'Size',
    'backups.col.file': 'File',
    'backups.byDaily': 'The daily backup',
    'backups.byPerson': 'A person (Back up now)',
    'backups.sizeKb': '{size} KB',
    'backups.sizeMb': '{size} MB',
  },
  {
    'backups.title': '备份',
    'backups.hint':
      '备份是工作区的完整副本，与工作区一样加密。应用运行期间每天做一次每日备份，并删除超出保留份数的最旧每日备份；用“立即备份”做的备份会一直保留，直到有人删除。',
    'backups.folder': '备份文件夹',
    'backups.daily': '每天自动备份',
    'backups.keep': '保留的每日备份份数（1–365）',
    'backups.save': '保存备份设置',
    'backups.saved': '备份设置已保存。',
    'backups.backUpNow': '立即备份',
    'backups.busy': '正在备份…',
    'backups.taken': '已将工作区备份到 {file}。',
    'backups.none': '还没有备份。',
    'backups.tableLabel': '备份（最新的在前）',
    'backups.col.takenAt': '备份时间',
    'backups.col.by': '备份方式',
    'backups.col.size': '大小',
    'backups.col.file': '文件',
    'backups.byDaily': '每日备份',
    'backups.byPerson': '手动（立即备份）',
    'backups.sizeKb': '{size} KB',
    'backups.sizeMb': '{size} MB',
  },
);
