import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLanguage } from './dialogs';

/** What the menu can do; index.ts wires these to dialogs.ts and app.quit(). */
export interface MenuActions {
  importVisits(): void;
  importOfficers(): void;
  exportDay(): void;
  quit(): void;
}

// Mnemonics (&) avoid P, E and L: Alt+P, Alt+E and Alt+L are the renderer's shortcuts.
const labels = {
  en: { file: '&File', importVisits: 'Import &visits…', importOfficers: 'Import &officers…', exportDay: 'Export &day…', quit: '&Quit', edit: 'E&dit', view: '&View', window: '&Window' },
  zh: { file: '文件(&F)', importVisits: '导入走访任务(&V)…', importOfficers: '导入外勤人员(&O)…', exportDay: '导出当天(&D)…', quit: '退出(&Q)', edit: '编辑(&D)', view: '视图(&V)', window: '窗口(&W)' },
} as const;

/** The native menu: File (import, export, quit), Edit (clipboard for text fields), View, Window. */
export function menuTemplate(actions: MenuActions, language: MenuLanguage, options: { isMac: boolean; isDev: boolean }): MenuItemConstructorOptions[] {
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
