import { defineMessages } from '../define';

/**
 * Logs and crash reports (issue 21): the Help menu's log folder, and the sentences that tell the
 * user a part of the app crashed and where its report was saved (on this computer only).
 */
export const diagnosticsMessages = defineMessages(
  {
    // Mnemonics avoid P, E and L, the screen's Alt+P, Alt+E and Alt+L.
    'menu.help': '&Help',
    'menu.openLogFolder': 'Open log &folder',
    'logs.openFailed': 'The log folder {folder} could not be opened: {reason}',
    'crash.windowGone':
      'The window stopped unexpectedly. A crash report was saved as {file}; it stays on this computer and nothing was sent. Work already saved is kept: reload the window to go on.',
    'crash.windowGoneUnsaved':
      'The window stopped unexpectedly (no crash report could be saved). Work already saved is kept: reload the window to go on.',
    'crash.processGone':
      'A background part of the app ({process}) stopped unexpectedly. A crash report was saved as {file}; it stays on this computer and nothing was sent. If the window misbehaves, restart the app.',
    'crash.processGoneUnsaved':
      'A background part of the app ({process}) stopped unexpectedly (no crash report could be saved). If the window misbehaves, restart the app.',
    'crash.workerGone':
      'The planner stopped unexpectedly and nothing was changed; please try again. A crash report was saved as {file}; it stays on this computer and nothing was sent.',
    'crash.workerGoneUnsaved':
      'The planner stopped unexpectedly and nothing was changed; please try again. (No crash report could be saved.)',
    'crash.reload': '&Reload window',
  },
  {
    'menu.help': '帮助(&H)',
    'menu.openLogFolder': '打开日志文件夹(&F)',
    'logs.openFailed': '无法打开日志文件夹 {folder}：{reason}',
    'crash.windowGone':
      '窗口意外停止。崩溃报告已保存为 {file}，只保存在本机，未发送到任何地方。已保存的工作不受影响：重新加载窗口即可继续。',
    'crash.windowGoneUnsaved': '窗口意外停止（无法保存崩溃报告）。已保存的工作不受影响：重新加载窗口即可继续。',
    'crash.processGone':
      '应用的后台部分（{process}）意外停止。崩溃报告已保存为 {file}，只保存在本机，未发送到任何地方。如窗口显示异常，请重新启动应用。',
    'crash.processGoneUnsaved': '应用的后台部分（{process}）意外停止（无法保存崩溃报告）。如窗口显示异常，请重新启动应用。',
    'crash.workerGone': '规划程序意外停止，未做任何更改，请重试。崩溃报告已保存为 {file}，只保存在本机，未发送到任何地方。',
    'crash.workerGoneUnsaved': '规划程序意外停止，未做任何更改，请重试。（无法保存崩溃报告。）',
    'crash.reload': '重新加载窗口(&R)',
  },
);
