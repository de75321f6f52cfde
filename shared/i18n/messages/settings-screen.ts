import { defineMessages } from '../define';

/**
 * The settings screen (issue 20): where travel times come from, the basemap and the geocoding
 * service, kept in the workspace. Each section's own sentences live with the section.
 */
export const settingsScreenMessages = defineMessages(
  {
    'settingsScreen.tab': 'Settings',
    'settingsScreen.tabHint': 'Travel times, basemap and geocoding of this workspace (Alt+T)',
    'keys.settings': 'settings screen, or back to the board',
    'settingsScreen.title': 'Settings',
    'settingsScreen.intro': 'These settings belong to the workspace: every window and the command line use them.',
  },
  {
    'settingsScreen.tab': '设置',
    'settingsScreen.tabHint': '本工作区的行程时间、底图和地理编码（Alt+T）',
    'keys.settings': '设置页面，或返回调度看板',
    'settingsScreen.title': '设置',
    'settingsScreen.intro': '这些设置属于工作区：所有窗口和命令行都使用它们。',
  },
);
