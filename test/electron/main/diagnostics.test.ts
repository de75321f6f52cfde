import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startMainDiagnostics } from '../../../electron/main/diagnostics';
import { crashReportFolder } from '../../../electron/backend/log/crash-report';
import { logFile } from '../../../electron/backend/log/app-log';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/** Electron's app, dialog, shell and a window's contents, as far as the diagnostics use them. */
function fakes(options: { response?: number; openPathFailure?: string } = {}) {
  const userData = tempDir();
  const app = Object.assign(new EventEmitter(), { getPath: () => userData, getVersion: () => '0.1.0', quit: vi.fn() });
  const dialog = {
    showMessageBox: vi.fn(async () => ({ response: options.response ?? 0, checkboxChecked: false })),
    showErrorBox: vi.fn(),
  };
  const shell = { openPath: vi.fn(async () => options.openPathFailure ?? '') };
  const contents = { reload: vi.fn(), isDestroyed: () => false };
  const started = startMainDiagnostics({ app: app as never, dialog: dialog as never, shell: shell as never, language: () => 'en' });
  const reports = () => (fs.existsSync(crashReportFolder(userData)) ? fs.readdirSync(crashReportFolder(userData)) : []);
  const shown = () => dialog.showMessageBox.mock.calls.map((call) => (call as unknown as [{ message: string; buttons?: string[] }])[0]);
  return { userData, app, dialog, shell, contents, started, reports, shown };
}

describe('startMainDiagnostics', () => {
  it('logs the start and the quit of the app in <userData>/logs/app.log', () => {
    const { userData, app } = fakes();
    app.emit('will-quit');
    const text = fs.readFileSync(logFile(userData, 'app'), 'utf8');
    expect(text).toMatch(/\[info\] \[app\] app\.start version=0\.1\.0 .*platform=/);
    expect(text).toMatch(/\[info\] \[app\] app\.quit/);
  });

  it('saves a crash report when the window’s renderer crashes, says where, and reloads on request', async () => {
    const { app, contents, reports, shown, userData } = fakes({ response: 0 });
    app.emit('render-process-gone', {}, contents, { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalledTimes(1));
    expect(reports()).toHaveLength(1);
    const file = path.join(crashReportFolder(userData), reports()[0]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      kind: 'renderer',
      reason: 'crashed',
      exitCode: 11,
      appVersion: '0.1.0',
    });
    expect(shown()[0].message).toContain(`A crash report was saved as ${file}; it stays on this computer and nothing was sent.`);
    expect(shown()[0].buttons).toEqual(['&Reload window', '&Quit']);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('quits when the user does not reload the crashed window', async () => {
    const { app, contents } = fakes({ response: 1 });
    app.emit('render-process-gone', {}, contents, { reason: 'oom', exitCode: 0 });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('ignores processes that end cleanly or because the app quits', () => {
    const { app, contents, reports, dialog } = fakes();
    app.emit('render-process-gone', {}, contents, { reason: 'clean-exit', exitCode: 0 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'clean-exit', exitCode: 0 });
    app.emit('before-quit');
    app.emit('render-process-gone', {}, contents, { reason: 'killed', exitCode: 9 });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'killed', exitCode: 9 });
    expect(reports()).toEqual([]);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('reports every other process crash and tells the user once per launch', () => {
    const { app, reports, shown } = fakes();
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    expect(reports()).toHaveLength(2);
    expect(shown()).toHaveLength(1);
    expect(shown()[0].message).toMatch(
      /^A background part of the app \(GPU\) stopped unexpectedly\. A crash report was saved as .*crash-reports/,
    );
  });

  it('opens the log folder from Help, and explains when the system cannot', async () => {
    const ok = fakes();
    await ok.started.openLogFolder();
    expect(ok.shell.openPath).toHaveBeenCalledWith(path.join(ok.userData, 'logs'));
    expect(ok.dialog.showErrorBox).not.toHaveBeenCalled();
    const refused = fakes({ openPathFailure: 'No application is registered' });
    await refused.started.openLogFolder();
    expect(refused.dialog.showErrorBox).toHaveBeenCalledWith(
      'Field Dispatch',
      `The log folder ${path.join(refused.userData, 'logs')} could not be opened: No application is registered`,
    );
  });
});
