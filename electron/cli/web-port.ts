import { createServer } from 'node:net';
import type { CliContext } from './context';
import { usageError } from './errors';
import { line } from './language';

/** The port `web` serves on when none is asked for. */
export const DEFAULT_WEB_PORT = 5178;

const isPortTaken = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/**
 * Starts a server on the asked port, or on the default one. A taken port that was asked for is
 * refused with a free one to suggest; a taken default moves to any free port and says so.
 */
export async function listenOnWebPort<T>(
  start: (port: number) => Promise<T>,
  asked: number | undefined,
  ctx: Pick<CliContext, 'stderr' | 'language'>,
  portOf: (server: T) => number,
): Promise<T> {
  const port = asked ?? DEFAULT_WEB_PORT;
  try {
    return await start(port);
  } catch (error) {
    if (!isPortTaken(error)) throw error;
    if (asked !== undefined) throw usageError('cli.portTaken', { port, other: await freePort() });
    const server = await start(0);
    ctx.stderr.write(line(ctx.language, 'cli.portMoved', { port, picked: portOf(server) }));
    return server;
  }
}

/** A port nobody listens on right now, for the suggestion. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
