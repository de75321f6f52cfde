import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { contract, type EventPayload } from '../../shared/api/contract';
import { eventChannel } from '../../shared/api/names';
import type { Language } from '../../shared/domain';
import { translate, type MessageKey } from '../../shared/i18n';

/** A menu command the screen carries out (see the `menu.command` event). */
export type MenuCommand = EventPayload<'menu.command'>['command'];

/** What the menu can do: the screen's commands, quitting, and opening the log folder (Help). */
export type MenuActions = Record<MenuCommand, () => void> & { quit(): void; openLogFolder(): void };

/** The native menu: File (import, export, back up now, quit), Edit (clipboard for text fields), View, Window, Help (log folder). */
export function menuTemplate(
  actions: MenuActions,
  language: Language,
  options: { isMac: boolean; isDev: boolean },
): MenuItemConstructorOptions[] {
  // The catalogue's labels carry their mnemonics (&) per language, clear of the screen's Alt+P/E/L.
  const label = (key: MessageKey) => translate(language, key);
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.isDev) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: label('menu.file'),
      submenu: [
        { label: label('menu.importVisits'), accelerator: 'CmdOrCtrl+I', click: () => actions.importVisits() },
        { label: label('menu.importOfficers'), accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importOfficers() },
        { type: 'separator' },
        { label: label('menu.exportDay'), accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportDay() },
        { type: 'separator' },
        { label: label('menu.backupNow'), click: () => actions.backupWorkspace() },
        { type: 'separator' },
        { label: label('menu.quit'), accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: label('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: label('menu.view'), submenu: view },
    { label: label('menu.window'), submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: label('menu.help'), role: 'help', submenu: [{ label: label('menu.openLogFolder'), click: () => actions.openLogFolder() }] },
  ];
}

/**
 * The menu's import, export and backup as commands sent to the screen, which runs its own import
 * dialog and export on the day it shows, in its language, and shows the backup's file or refusal as
 * its own Back up now does: no second flow in the main process to drift.
 */
export function screenCommands(webContents: Pick<WebContents, 'send' | 'isDestroyed'>): Record<MenuCommand, () => void> {
  const send = (command: MenuCommand) => () => {
    if (!webContents.isDestroyed()) webContents.send(eventChannel('menu.command'), { command } satisfies EventPayload<'menu.command'>);
  };
  const commands = contract.events['menu.command'].shape.command.options;
  return Object.fromEntries(commands.map((command) => [command, send(command)])) as Record<MenuCommand, () => void>;
}
