import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, screenCommands, type MenuActions } from '../../../electron/main/menu';

const actions = (): MenuActions => ({
  importVisits: vi.fn(),
  importOfficers: vi.fn(),
  exportDay: vi.fn(),
  backupWorkspace: vi.fn(),
  quit: vi.fn(),
  openLogFolder: vi.fn(),
});
const fileMenu = (template: MenuItemConstructorOptions[]) =>
  template.find((m) => /File|文件/.test(String(m.label)))!.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('menuTemplate', () => {
  it('has File → Import visits, Import officers, Export day, Back up now, Quit wired to the actions', () => {
    const a = actions();
    const items = fileMenu(menuTemplate(a, 'en', { isMac: false, isDev: false })).filter((i) => i.type !== 'separator');
    expect(items.map((i) => i.label)).toEqual(['Import &visits…', 'Import &officers…', 'Export &day…', 'Back &up now', '&Quit']);
    items.forEach(click);
    expect(a.importVisits).toHaveBeenCalledTimes(1);
    expect(a.importOfficers).toHaveBeenCalledTimes(1);
    expect(a.exportDay).toHaveBeenCalledTimes(1);
    expect(a.backupWorkspace).toHaveBeenCalledTimes(1);
    expect(a.quit).toHaveBeenCalledTimes(1);
    const mnemonics = items.map((i) => /&(\w)/.exec(String(i.label))?.[1]?.toUpperCase());
    expect(new Set(mnemonics).size).toBe(items.length);
  });

  it('speaks Chinese and keeps Alt+P/E/L free for the renderer', () => {
    const template = menuTemplate(actions(), 'zh', { isMac: false, isDev: false });
    expect(
      fileMenu(template)
        .map((i) => i.label)
        .filter(Boolean),
    ).toEqual(['导入走访任务(&V)…', '导入外访员(&O)…', '导出当天(&D)…', '立即备份(&U)', '退出(&Q)']);
    const mnemonics = template.map((m) => /&(\w)/.exec(String(m.label))?.[1]?.toUpperCase());
    expect(mnemonics).not.toContain('P');
    expect(mnemonics).not.toContain('E');
    expect(mnemonics).not.toContain('L');
  });

  it('has Help → Open log folder wired to its action, in both languages', () => {
    const a = actions();
    const help = menuTemplate(a, 'en', { isMac: false, isDev: false }).at(-1)!;
    expect(help.label).toBe('&Help');
    expect(help.role).toBe('help');
    const items = help.submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => i.label)).toEqual(['Open log &folder']);
    click(items[0]);
    expect(a.openLogFolder).toHaveBeenCalledTimes(1);
    const zh = menuTemplate(a, 'zh', { isMac: false, isDev: false }).at(-1)!;
    expect([zh.label, (zh.submenu as MenuItemConstructorOptions[])[0].label]).toEqual(['帮助(&H)', '打开日志文件夹(&F)']);
  });

  it('offers dev tools only in development and the app menu only on macOS', () => {
    const roles = (t: MenuItemConstructorOptions[]) => JSON.stringify(t);
    expect(roles(menuTemplate(actions(), 'en', { isMac: false, isDev: false }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(actions(), 'en', { isMac: false, isDev: true }))).toContain('toggleDevTools');
    expect(menuTemplate(actions(), 'en', { isMac: true, isDev: false })[0]).toEqual({ role: 'appMenu' });
  });
});

describe('screenCommands', () => {
  it('sends each import, export and backup command to the screen, which acts on the day it shows', () => {
    const send = vi.fn();
    const commands = screenCommands({ send, isDestroyed: () => false });
    commands.importOfficers();
    commands.exportDay();
    commands.backupWorkspace();
    expect(send.mock.calls).toEqual([
      ['evt:menu.command', { command: 'importOfficers' }],
      ['evt:menu.command', { command: 'exportDay' }],
      ['evt:menu.command', { command: 'backupWorkspace' }],
    ]);
  });

  it('sends nothing to a closed window', () => {
    const send = vi.fn();
    screenCommands({ send, isDestroyed: () => true }).importVisits();
    expect(send).not.toHaveBeenCalled();
  });
});
