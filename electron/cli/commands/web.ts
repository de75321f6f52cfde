import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../backend/handlers';
import { createWorkerRunPlanner } from '../../backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../../backend/solver-worker/worker-file';
import { createEventHub } from '../../backend/events';
import { startHttpServer } from '../../backend/http-server';
import { intFlag, parseFlags } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { usageError } from '../errors';
import { message } from '../../../shared/i18n';
import { line } from '../language';

/** The built renderer, relative to this file (electron/cli/commands → dist/renderer). */
const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/renderer');

/**
 * `web [--db FILE] [--port P]`: serves the desktop UI to a browser on this machine, backed by the
 * same handlers as the desktop app, until stopped with Ctrl+C.
 */
export async function webCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, workspace: { type: 'string' }, port: { type: 'string' } });
  const port = intFlag(values.port, 'port', 5178, 0, 65_535);
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw usageError('cli.uiNotBuilt');
  }
  const db = openWorkspace(values.db, values.workspace, ctx.env);
  const events = createEventHub();
  const server = await startHttpServer({
    handlers: createHandlers(db, { events, clock: ctx.clock, runPlanner: createWorkerRunPlanner({ workerFile: sourceWorkerFile() }) }),
    events,
    port,
    staticDir: RENDERER_DIR,
  });
  ctx.stdout.write(line(ctx.language, 'cli.serving', { app: message('app.title'), url: server.url }));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  db.close();
  return 0;
}
