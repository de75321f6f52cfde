import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import type { AppLog } from '../../../electron/backend/log/app-log';
import { logHandlerErrors, SLOW_CALL_MS, withCallLog } from '../../../electron/backend/log/handler-log';

type Entry = [level: string, event: string, fields: unknown, error?: unknown];

function recordingLog(): AppLog & { entries: Entry[] } {
  const entries: Entry[] = [];
  const at = (level: string) => (event: string, fields?: unknown, error?: unknown) => {
    entries.push(error === undefined ? [level, event, fields] : [level, event, fields, error]);
  };
  return { kind: 'app', folder: null, entries, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

describe('withCallLog', () => {
  it('logs each call’s method, duration and outcome, never its input or result', async () => {
    const log = recordingLog();
    let now = 0;
    const fake = {
      'visits.list': async () => {
        now += 20;
        return [{ customerName: 'Ye Xiao' }];
      },
      'plans.solve': async () => {
        now += SLOW_CALL_MS + 500;
        return { stats: { visitCount: 40, assignedCount: 38, unassignedCount: 2, travelSec: 900 }, note: 'Ye Xiao' };
      },
      'import.files': async () => {
        throw new AppError('bad_input', message('cli.fileMissing', { file: 'ye-xiao.csv' }));
      },
      'workspace.status': async () => {
        throw new TypeError('bug');
      },
    } as unknown as Handlers;
    const handlers = withCallLog(fake, log, () => now) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    await handlers['visits.list']({ planId: 'secret input' });
    await handlers['plans.solve']({});
    await expect(handlers['import.files']({})).rejects.toBeInstanceOf(AppError);
    await expect(handlers['workspace.status']({})).rejects.toBeInstanceOf(TypeError);
    expect(log.entries).toEqual([
      ['debug', 'call', { method: 'visits.list', ms: 20, result: 'ok', count: 1 }],
      [
        'info',
        'call',
        { method: 'plans.solve', ms: SLOW_CALL_MS + 500, result: 'ok', visitCount: 40, assignedCount: 38, unassignedCount: 2 },
      ],
      ['info', 'call', { method: 'import.files', ms: 0, result: 'bad_input' }],
      ['warn', 'call', { method: 'workspace.status', ms: 0, result: 'internal' }],
    ]);
  });
});

describe('logHandlerErrors', () => {
  it('writes the handlers’ unexpected errors as errors with where they happened', () => {
    const log = recordingLog();
    const error = new Error('boom');
    logHandlerErrors(log)('Unexpected error in plans.solve:', error);
    expect(log.entries).toEqual([['error', 'handler.unexpected', { where: 'Unexpected error in plans.solve:' }, error]]);
  });
});
