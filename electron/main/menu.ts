import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { contract, type EventPayload } from '../../shared/api/contract';
import { eventChannel } from '../../shared/api/names';
import type { Language } from '../../shared/domain';

/** A menu command the screen carries out (see the `menu.command` event). */
export type MenuCommand = EventPayload<'menu.command'>['command'];

/** What the menu can do: the screen's commands, and quitting. */
export type MenuActions = Record<MenuCommand, () => void> & { quit(): void };

// Mnemonics (&) avoid P, E and L: Alt+P, Alt+E and Alt+L are the renderer's shortcuts.
const labels = {
  en: { file: '&File', importVisits: 'Import &visits…', importOfficers: 'Import &officers…', exportDay: 'Export &day…', quit: '&Quit', edit: 'E&dit', view: '&View', window: '&Window' },
  zh: { file: '文件(&F)', importVisits: '导入走访任务(&V)…', importOfficers: '导入外勤人员(&O)…', exportDay: '导出当天(&D)…', quit: '退出(&Q)', edit: '编辑(&D)', view: '视图(&V)', window: '窗口(&W)' },
} as const;

/** The native menu: File (import, export, quit), Edit (clipboard for text fields), View, Window. */
export function menuTemplate(actions: MenuActions, language: Language, options: { isMac: boolean; isDev: boolean }): MenuItemConstructorOptions[] {
  const l = labels[language];
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
  ];
  if (options.isDev) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: l.file,
      submenu: [
        { label: l.importVisits, accelerator: 'CmdOrCtrl+I', click: () => actions.importVisits() },
        { label: l.importOfficers, accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importOfficers() },
        { type: 'separator' },
        { label: l.exportDay, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportDay() },
        { type: 'separator' },
        { label: l.quit, accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: l.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    { label: l.view, submenu: view },
    { label: l.window, submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}

/**
 * The menu's import and export as commands sent to the screen, which runs its own import dialog
 * and export on the day it shows, in its language: no second flow in the main process to drift.
 */
export function screenCommands(webContents: Pick<WebContents, 'send' | 'isDestroyed'>): Record<MenuCommand, () => void> {
  const send = (command: MenuCommand) => () => {
    if (!webContents.isDestroyed()) webContents.send(eventChannel('menu.command'), { command } satisfies EventPayload<'menu.command'>);
  };
  const commands = contract.events['menu.command'].shape.command.options;
  return Object.fromEntries(commands.map((command) => [command, send(command)])) as Record<MenuCommand, () => void>;
}
