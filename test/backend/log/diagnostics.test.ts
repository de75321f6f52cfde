import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { logFile } from '../../../electron/backend/log/app-log';
import { CRASH_REPORTS_KEPT, crashReportFolder, type CrashReport } from '../../../electron/backend/log/crash-report';
import { createDiagnostics } from '../../../electron/backend/log/diagnostics';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const AT = new Date('2026-11-22T07:00:00.250Z');

const readReport = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as CrashReport;

describe('crash reports', () => {
  it('saves a JSON report in <userData>/crash-reports: when, kind, reason, exit code, version, platform', () => {
    const userData = tempDir();
    const diagnostics = createDiagnostics({ userDataDir: userData, kind: 'app', appVersion: '9.8.7', clock: () => AT });
    const file = diagnostics.saveCrash({ kind: 'renderer', reason: 'oom', exitCode: 133 })!;
    expect(path.dirname(file)).toBe(crashReportFolder(userData));
    expect(path.basename(file)).toMatch(/^crash-20261122T070000Z-renderer-[0-9a-f]{6}\.json$/);
    expect(readReport(file)).toEqual({
      format: 'field-dispatch-crash-report',
      version: 1,
      when: '2026-11-22T07:00:00.250Z',
      kind: 'renderer',
      reason: 'oom',
      exitCode: 133,
      processKind: 'app',
      appVersion: '9.8.7',
      platform: process.platform,
      arch: process.arch,
      versions: { node: process.versions.node },
    });
    expect(fs.readFileSync(logFile(userData, 'app'), 'utf8')).toMatch(/\[error\] \[app\] crash kind=renderer reason=oom exitCode=133/);
  });

  it('keeps a worker error’s name and frames, scrubbed, and refuses odd reasons', () => {
    const userData = tempDir();
    const diagnostics = createDiagnostics({ userDataDir: userData, kind: 'cli', clock: () => AT });
    const error = new RangeError('bad index for 13812345678 叶晓');
    const report = readReport(diagnostics.saveCrash({ kind: 'solver-worker', reason: 'name 叶晓', exitCode: null, error })!);
    expect(report.reason).toBe('unknown');
    expect(report.error).toMatchObject({ name: 'RangeError', message: 'bad index for [phone] [text]' });
    expect(report.error!.frames[0]).toMatch(/^at .*diagnostics\.test\.ts/);
    expect(JSON.stringify(report)).not.toMatch(/13812345678|叶晓/);
  });

  it('fails a planning call whose worker crashed with a sentence naming the report, in both languages', () => {
    const userData = tempDir();
    const error = createDiagnostics({ userDataDir: userData, kind: 'web' }).workerCrashed({ reason: 'exit', exitCode: 7 });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('internal');
    const [file] = fs.readdirSync(crashReportFolder(userData)).map((name) => path.join(crashReportFolder(userData), name));
    expect(error.userMessage.en).toContain(`A crash report was saved as ${file}`);
    expect(error.userMessage.zh).toContain(`崩溃报告已保存为 ${file}`);
    expect(readReport(file)).toMatchObject({ kind: 'solver-worker', reason: 'exit', exitCode: 7, processKind: 'web' });
  });

  it('still fails the call, with a sentence saying no report could be saved, when the folder is unwritable', () => {
    const userData = path.join(tempDir(), 'a-file');
    fs.writeFileSync(userData, '');
    const diagnostics = createDiagnostics({ userDataDir: userData, kind: 'cli' });
    expect(diagnostics.saveCrash({ kind: 'renderer', reason: 'crashed', exitCode: 1 })).toBeNull();
    expect(diagnostics.workerCrashed({ reason: 'error', exitCode: null, error: new Error('x') }).userMessage.en).toContain(
      'No crash report could be saved',
    );
  });

  it(`keeps the newest ${CRASH_REPORTS_KEPT} reports`, () => {
    const userData = tempDir();
    let at = AT.getTime();
    const diagnostics = createDiagnostics({ userDataDir: userData, kind: 'app', clock: () => new Date((at += 1000)) });
    const files = Array.from({ length: CRASH_REPORTS_KEPT + 3 }, () =>
      diagnostics.saveCrash({ kind: 'child-process', reason: 'crashed', exitCode: 1 }),
    );
    const kept = fs.readdirSync(crashReportFolder(userData)).sort();
    expect(kept).toHaveLength(CRASH_REPORTS_KEPT);
    expect(kept).toEqual(files.slice(3).map((file) => path.basename(file!)));
  });
});
