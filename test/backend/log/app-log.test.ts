import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { logFile, openAppLog } from '../../../electron/backend/log/app-log';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const AT = new Date(2026, 10, 22, 15, 4, 5, 6);

describe('openAppLog', () => {
  it('appends one line per entry to <userData>/logs/<kind>.log: time, level, kind, event, fields', () => {
    const userData = tempDir();
    const log = openAppLog({ userDataDir: userData, kind: 'cli', clock: () => AT });
    log.info('cli.end', { command: 'plan', exitCode: 0, ms: 812, skipped: undefined, isDryRun: false });
    log.debug('call', { method: 'visits.list' });
    log.warn('call', { method: 'plans.solve', result: 'internal' });
    const lines = fs.readFileSync(logFile(userData, 'cli'), 'utf8').trim().split(/\r?\n/);
    expect(log.folder).toBe(path.join(userData, 'logs'));
    expect(lines).toHaveLength(2); // debug is below the default level
    expect(lines[0]).toMatch(
      /^2026-11-22 15:04:05\.006 [+-]\d\d:\d\d \[info\] \[cli\] cli\.end command=plan exitCode=0 ms=812 isDryRun=false$/,
    );
    expect(lines[1]).toMatch(/\[warn\] \[cli\] call method=plans\.solve result=internal$/);
  });

  it('keeps debug entries when asked to, in a file of its own kind', () => {
    const userData = tempDir();
    openAppLog({ userDataDir: userData, kind: 'web', level: 'debug' }).debug('call', { method: 'visits.list', ms: 3 });
    expect(fs.readFileSync(logFile(userData, 'web'), 'utf8')).toContain('[debug] [web] call method=visits.list ms=3');
    expect(fs.existsSync(logFile(userData, 'cli'))).toBe(false);
  });

  it('rotates past the size limit and keeps the newest old files', () => {
    const userData = tempDir();
    const log = openAppLog({ userDataDir: userData, kind: 'app', maxBytes: 2_000, keep: 2 });
    for (let n = 1; n <= 120; n++) log.info('tick', { n, pad: 'x'.repeat(40) });
    const folder = path.join(userData, 'logs');
    expect(fs.readdirSync(folder).sort()).toEqual(['app.1.log', 'app.2.log', 'app.log']);
    const numbers = (name: string) => [...fs.readFileSync(path.join(folder, name), 'utf8').matchAll(/ n=(\d+) /g)].map((m) => Number(m[1]));
    const [current, previous, oldest] = [numbers('app.log'), numbers('app.1.log'), numbers('app.2.log')];
    // Each file holds consecutive entries; the numbered ones are older, and the newest entry is in app.log.
    expect(Math.max(...oldest) + 1).toBe(Math.min(...previous));
    expect(Math.max(...previous) + 1).toBe(Math.min(...current));
    expect(current.at(-1)).toBe(120);
    for (const name of ['app.log', 'app.1.log', 'app.2.log']) expect(fs.statSync(path.join(folder, name)).size).toBeLessThan(2_200);
    // The entries rotated out beyond the kept files are gone.
    expect(Math.min(...oldest)).toBeGreaterThan(1);
  });

  it('keeps an AppError’s code, never its sentence, and scrubs other errors and text fields', () => {
    const userData = tempDir();
    const log = openAppLog({ userDataDir: userData, kind: 'cli' });
    const sentence = message('cli.fileMissing', { file: 'visits 叶晓 13812345678.csv' });
    log.error('handler.unexpected', { where: 'import.files' }, new AppError('bad_input', sentence));
    log.error(
      'handler.unexpected',
      { where: 'plans.solve' },
      new TypeError('no officer for customer 13912345678 at 上海市浦东新区云桥路46弄'),
    );
    log.info('note', { text: '叶晓 called from 021-61234567' });
    const text = fs.readFileSync(logFile(userData, 'cli'), 'utf8');
    expect(text).toContain('error=AppError code=bad_input');
    expect(text).toContain('error=TypeError message="no officer for customer [phone] at [text]"');
    expect(text).toMatch(/\n {4}at .*app-log\.test\.ts/); // our stack frames, for finding the bug
    expect(text).toContain('text="[text] called from [phone]"');
    for (const leaked of ['叶晓', '13812345678', '13912345678', '61234567', '云桥路', 'visits ']) expect(text).not.toContain(leaked);
  });

  it('never throws and prints nothing when the folder cannot be written', () => {
    const userData = path.join(tempDir(), 'a-file');
    fs.writeFileSync(userData, 'not a folder');
    const printed = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log'), vi.spyOn(console, 'info')];
    const log = openAppLog({ userDataDir: userData, kind: 'cli' });
    expect(() => {
      log.info('cli.start', { command: 'plan' });
      log.error('cli.unexpected', {}, new Error('boom'));
    }).not.toThrow();
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
    printed.forEach((spy) => spy.mockRestore());
  });
});
