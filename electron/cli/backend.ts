import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { createHandlers, type HandlerDeps } from '../backend/handlers';
import { createEventHub } from '../backend/events';
import { inProcessTransport } from '../backend/in-process-transport';
import { createWorkerRunPlanner } from '../backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../backend/solver-worker/worker-file';
import { logHandlerErrors, withCallLog } from '../backend/log/handler-log';
import type { CliContext } from './context';
import { line } from './language';

/**
 * The back end as a command sees it: the typed API over the same handlers and dispatch as the
 * desktop app and the browser, planning in a worker thread. Closing it closes the workspace.
 */
export function openCliBackend(db: Database, ctx: CliContext, options: Pick<HandlerDeps, 'router'> = {}): ApiClient & { close(): void } {
  const events = createEventHub();
  const log = ctx.diagnostics?.log;
  const handlers = createHandlers(db, {
    events,
    actor: 'cli',
    ...(ctx.userId !== undefined && { userId: ctx.userId }),
    clock: ctx.clock,
    nowMs: ctx.nowMs,
    runPlanner: createWorkerRunPlanner({ workerFile: sourceWorkerFile(), onCrash: ctx.diagnostics?.workerCrashed }),
    ...(options.router && { router: options.router }),
    logError: (where, error) => {
      if (log) logHandlerErrors(log)(where, error);
      ctx.stderr.write(line(ctx.language, 'cli.unexpectedError', { detail: error instanceof Error ? error.message : String(error) }));
      if (ctx.env.DISPATCH_DEBUG === '1' && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
    },
  });
  const logged = log ? withCallLog(handlers, log, ctx.nowMs) : handlers;
  return { ...createApiClient(inProcessTransport(logged, events)), close: () => db.close() };
}
