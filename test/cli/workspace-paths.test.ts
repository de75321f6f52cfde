import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-harness';

const DATE = '2026-11-23';
const run = (...args: string[]) => runCliCaptured(args);
const runInChinese = (...args: string[]) => runCliCaptured(args, { LANG: 'zh_CN.UTF-8' });

describe('a mistyped --db path', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-paths-'));
    expect((await run('demo', '--out', dir, '--visits', '6', '--officers', '2', '--seed', '3', '--date', DATE)).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is refused by every command that reads or changes a workspace, which creates neither the file nor its folders', async () => {
    const missing = path.join(dir, 'typo', 'deeper', 'day.sqlite');
    const commands = [
      ['plan', '--date', DATE, '--db', missing, '--out', path.join(dir, 'plan.json')],
      ['export', '--db', missing, '--date', DATE, '--format', 'csv', '--out', path.join(dir, 'out')],
      ['check', '--db', missing, '--date', DATE],
      ['verify', '--db', missing, '--code', 'ABC123'],
      ['audit', 'verify', '--db', missing],
      ['followups', 'list', '--db', missing],
      ['officer', 'absent', '--db', missing, '--id', 'OF-1', '--date', DATE, '--from', '11:00'],
      ['backup', '--db', missing, '--out', path.join(dir, 'b.sqlite')],
    ];
    for (const argv of commands) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toContain(`There is no workspace at ${missing}; check the path (nothing was created).`);
    }
    const zh = await run('check', '--db', missing, '--date', DATE, '--lang', 'zh');
    expect(zh.stderr).toContain(`${missing} 处没有工作区，请检查路径（未创建任何文件）。`);
    expect(fs.existsSync(path.join(dir, 'typo'))).toBe(false);

    // A file in a folder that exists is refused just the same, and not created.
    const beside = path.join(dir, 'nope.sqlite');
    expect((await run('audit', 'verify', '--db', beside)).code).toBe(2);
    expect(fs.existsSync(beside)).toBe(false);
  });

  it('makes import create a new workspace when its folder exists, and say so', async () => {
    const db = path.join(dir, 'new.sqlite');
    const files = ['--visits', path.join(dir, 'visits.csv'), '--officers', path.join(dir, 'officers.csv')];
    const created = await run('import', '--db', db, ...files);
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`Created a new workspace at ${db}.`);
    expect(fs.existsSync(db)).toBe(true);
    // Now it exists: no second note, and reading commands open it.
    expect((await run('import', '--db', db, ...files)).stderr).not.toContain('Created a new workspace');
    expect((await run('audit', 'verify', '--db', db)).code).toBe(0);
    const zh = await runInChinese('import', '--db', path.join(dir, 'new-zh.sqlite'), ...files);
    expect(zh.stderr).toContain(`已在 ${path.join(dir, 'new-zh.sqlite')} 创建新工作区。`);
  });

  it('makes import refuse a path whose folder does not exist, creating nothing', async () => {
    const db = path.join(dir, 'missing-folder', 'day.sqlite');
    const result = await run('import', '--db', db, '--visits', path.join(dir, 'visits.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`The folder ${path.dirname(db)} does not exist, so no workspace was created at ${db}`);
    expect(fs.existsSync(path.dirname(db))).toBe(false);
    const zh = await runInChinese('import', '--db', db, '--visits', path.join(dir, 'visits.csv'));
    expect(zh.stderr).toContain(`文件夹 ${path.dirname(db)} 不存在`);
  });
});
