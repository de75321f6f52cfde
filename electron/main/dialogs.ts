import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { Handlers, MethodOutput } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ImportKind, ImportReport } from '../../shared/api/import-report';
import type { Message } from '../../shared/domain';

/** The languages of every user-facing `{en, zh}` message. */
export type MenuLanguage = keyof Message;

/** What the File-menu actions need; passed in so tests can use doubles. */
export interface DialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  window: Pick<BrowserWindow, 'webContents'>;
  handlers: Handlers;
  language: MenuLanguage;
}

const text = {
  importTitle: { en: 'Import {kind}', zh: '导入{kind}' },
  visits: { en: 'visits', zh: '走访任务' },
  officers: { en: 'officers', zh: '外勤人员' },
  sheets: { en: 'Spreadsheets', zh: '表格文件' },
  imported: { en: '{valid} of {rows} rows imported ({inserted} new, {updated} updated).', zh: '共 {rows} 行，已导入 {valid} 行（新增 {inserted}，更新 {updated}）。' },
  notImported: { en: 'Nothing was imported: {errors} problem(s) found. Fix the file and try again.', zh: '未导入任何数据：发现 {errors} 处问题。请修改文件后重试。' },
  firstProblems: { en: 'First problems:', zh: '前几处问题：' },
  exportTitle: { en: 'Export day', zh: '导出当天' },
  noDay: { en: 'There is no day to export yet.', zh: '目前没有可导出的日期。' },
  exported: { en: 'Saved {count} file(s) to {folder}.', zh: '已将 {count} 个文件保存到 {folder}。' },
} satisfies Record<string, Message>;

function say(message: Message, language: MenuLanguage, values: Record<string, string | number> = {}): string {
  return message[language].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

async function showError(deps: DialogDeps, title: string, message: Message): Promise<void> {
  await deps.dialog.showMessageBox(deps.window as BrowserWindow, { type: 'error', title, message: message[deps.language] });
}

function summarize(report: ImportReport, language: MenuLanguage): string {
  const values = { rows: report.rowCount, valid: report.validCount, inserted: report.inserted, updated: report.updated, errors: report.errors.length };
  const head = say(report.written ? text.imported : text.notImported, language, values);
  if (report.errors.length === 0) return head;
  const first = report.errors.slice(0, 5).map((e) => `• ${e.line > 0 ? `${e.line}: ` : ''}${e.message[language]}`);
  return [head, '', say(text.firstProblems, language), ...first].join('\n');
}

/**
 * File → Import…: pick a file, send its bytes through the same dispatch as the renderer, and
 * report the outcome. The window reloads after a write so every screen shows the new rows.
 */
export async function importViaDialog(deps: DialogDeps, kind: ImportKind): Promise<ImportReport | null> {
  const title = say(text.importTitle, deps.language, { kind: say(text[kind], deps.language) });
  const picked = await deps.dialog.showOpenDialog(deps.window as BrowserWindow, {
    title,
    properties: ['openFile'],
    filters: [{ name: say(text.sheets, deps.language), extensions: ['csv', 'xlsx', 'txt'] }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return null;
  const file = picked.filePaths[0];
  const contentBase64 = (await readFile(file)).toString('base64');
  const result = await dispatch(deps.handlers, 'import.file', { kind, fileName: path.basename(file), contentBase64 });
  if (!result.ok) {
    await showError(deps, title, result.error.message);
    return null;
  }
  const report = result.value as MethodOutput<'import.file'>;
  await deps.dialog.showMessageBox(deps.window as BrowserWindow, {
    type: report.written ? 'info' : 'warning', title, message: summarize(report, deps.language),
  });
  if (report.written) deps.window.webContents.reload();
  return report;
}

/**
 * File → Export day…: exports the workspace's current day as CSV. One file goes through a save
 * dialog; several go into a chosen folder under their own names.
 */
export async function exportViaDialog(deps: DialogDeps): Promise<string[]> {
  const title = say(text.exportTitle, deps.language);
  const status = await dispatch(deps.handlers, 'workspace.status', {});
  const date = status.ok ? (status.value as MethodOutput<'workspace.status'>).day?.date : undefined;
  if (!date) {
    await showError(deps, title, status.ok ? text.noDay : status.error.message);
    return [];
  }
  const exported = await dispatch(deps.handlers, 'exports.day', { date, format: 'csv' });
  if (!exported.ok) {
    await showError(deps, title, exported.error.message);
    return [];
  }
  const files = (exported.value as MethodOutput<'exports.day'>).files;
  const targets = await chooseTargets(deps, title, files.map((f) => f.name));
  if (!targets) return [];
  await Promise.all(files.map((f, i) => writeFile(targets[i], f.content, 'utf8')));
  await deps.dialog.showMessageBox(deps.window as BrowserWindow, {
    type: 'info', title, message: say(text.exported, deps.language, { count: files.length, folder: path.dirname(targets[0] ?? '') }),
  });
  return targets;
}

async function chooseTargets(deps: DialogDeps, title: string, names: string[]): Promise<string[] | null> {
  if (names.length === 1) {
    const saved = await deps.dialog.showSaveDialog(deps.window as BrowserWindow, { title, defaultPath: names[0] });
    return saved.canceled || !saved.filePath ? null : [saved.filePath];
  }
  const folder = await deps.dialog.showOpenDialog(deps.window as BrowserWindow, { title, properties: ['openDirectory', 'createDirectory'] });
  if (folder.canceled || folder.filePaths.length === 0) return null;
  // Export names come from the back end; basename() keeps them inside the chosen folder regardless.
  return names.map((name) => path.join(folder.filePaths[0], path.basename(name)));
}
