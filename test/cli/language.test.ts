import { describe, expect, it } from 'vitest';
import { cliLanguage, systemLanguage } from '../../electron/cli/language';
import { runCliCaptured } from '../support/cli-harness';

describe('the command line speaks one language', () => {
  it('takes it from a valid --lang, else from the locale variables, else from the runtime', () => {
    expect(cliLanguage(['--date', '2026-11-23', '--lang', 'zh'], { LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(cliLanguage(['--lang=en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLanguage(['--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(cliLanguage([], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(systemLanguage({}, 'zh-CN')).toBe('zh');
    expect(systemLanguage({}, 'en-GB')).toBe('en');
  });

  it('prints an error only in Chinese on a Chinese system', async () => {
    const unknown = await runCliCaptured(['frobnicate'], { LANG: 'zh_CN.UTF-8' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('错误：未知命令“frobnicate”，使用 --help 查看可用命令。\n');
  });

  it('prints an error only in English on an English system', async () => {
    const unknown = await runCliCaptured(['frobnicate']);
    expect(unknown.stderr).toBe('Error: Unknown command "frobnicate". Run with --help to see the commands.\n');
  });

  it("follows --lang where the command has it, and refuses a bad --lang in the system's language", async () => {
    const missingDate = await runCliCaptured(['export', '--lang', 'zh', '--format', 'csv', '--out', 'x']);
    expect(missingDate.stderr).toBe('错误：缺少必需的参数 --date。\n');
    const badLang = await runCliCaptured(['export', '--date', '2026-11-23', '--format', 'csv', '--out', 'x', '--lang', 'fr'], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toBe('错误：--lang 必须是 en 或 zh（收到“fr”）。\n');
  });
});
