import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../backend/handlers';
import { backupFolderOf, scheduleDailyBackups } from '../../backend/services/backup-service';
import { userDataDir } from '../../backend/user-data';
import { createWorkerRunPlanner } from '../../backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../../backend/solver-worker/worker-file';
import { createEventHub } from '../../backend/events';
import { startHttpServer } from '../../backend/http-server';
import { quietLog } from '../../backend/log/app-log';
import { logHandlerErrors, withCallLog } from '../../backend/log/handler-log';
import { intFlag, parseFlags } from '../args';
import { openOrCreateWorkspace, type CliContext } from '../context';
import { usageError } from '../errors';
import { message } from '../../../shared/i18n';
import { line } from '../language';
import { DEFAULT_WEB_PORT, listenOnWebPort } from '../web-port';

/** The built renderer, relative to this file (electron/cli/commands → dist/renderer). */
const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/renderer');

/**
 * `web [--db FILE] [--port P]`: serves the desktop UI to a browser on this machine, backed by the
 * same handlers as the desktop app, until stopped with Ctrl+C.
 */
export async function webCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, workspace: { type: 'string' }, port: { type: 'string' } });
  const port = values.port === undefined ? undefined : intFlag(values.port, 'port', DEFAULT_WEB_PORT, 0, 65_535);
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw usageError('cli.uiNotBuilt');
  }
  const db = openOrCreateWorkspace(values.db, values.workspace, ctx);
  const events = createEventHub();
  const log = ctx.diagnostics?.log ?? quietLog('web');
  const backups = path.join(userDataDir(ctx.env), 'backups');
  const handlers = withCallLog(
    createHandlers(db, {
      events,
      clock: ctx.clock,
      backupsFolder: backups,
      runPlanner: createWorkerRunPlanner({ workerFile: sourceWorkerFile(), onCrash: ctx.diagnostics?.workerCrashed }),
      // Without diagnostics (tests) unexpected errors go to the console, as createHandlers does by default.
      ...(ctx.diagnostics && { logError: logHandlerErrors(log) }),
    }),
    log,
    ctx.nowMs,
  );
  const server = await listenOnWebPort(
    (at) => startHttpServer({ handlers, events, port: at, staticDir: RENDERER_DIR }),
    port,
    ctx,
    (started) => started.port,
  ).catch((error: unknown) => {
    db.close();
    throw error;
  });
  log.info('web.start', { port: server.port });
  ctx.stdout.write(line(ctx.language, 'cli.serving', { app: message('app.title'), url: server.url }));
  // The daily backup once the address is out, then each hour while the app is served.
  const stopBackups = scheduleDailyBackups(db, backupFolderOf(backups, db), { actor: 'web', clock: ctx.clock }, (error) =>
    log.error('backup.daily', {}, error),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopBackups();
  await server.close();
  db.close();
  log.info('web.stop', { port: server.port });
  return 0;
}
