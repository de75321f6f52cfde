import { AppError } from '../../shared/api/errors';
import { APP_VERSION } from '../backend/app-version';
import { createDiagnostics, type Diagnostics } from '../backend/log/diagnostics';
import { userDataDir } from '../backend/user-data';
import type { CliContext } from './context';

/**
 * The diagnostics of a command line run from a shell: `<userData>/logs/cli.log`, or `web.log` for
 * `dispatch web` (the browser back end); entries from `debug` up with `DISPATCH_DEBUG=1`.
 */
export function cliDiagnostics(argv: readonly string[], env: NodeJS.ProcessEnv): Diagnostics {
  return createDiagnostics({
    userDataDir: userDataDir(env),
    kind: argv[0] === 'web' ? 'web' : 'cli',
    level: env.DISPATCH_DEBUG === '1' ? 'debug' : 'info',
  });
}

/**
 * Runs a command, logging its start (command, subcommand, flag names, version) and its end (exit
 * code, duration), and an unexpected error with its stack. Flag values and file names are never
 * logged: they may name customers or where their data is kept.
 */
export async function runLogged(
  ctx: Pick<CliContext, 'diagnostics' | 'nowMs'>,
  command: string,
  argv: readonly string[],
  run: () => Promise<number>,
  reportError: (error: unknown) => number,
): Promise<number> {
  const log = ctx.diagnostics?.log;
  const started = ctx.nowMs();
  log?.info('cli.start', {
    command,
    // A subcommand word (`audit verify`); after an unknown command the words may be anything.
    sub: command !== 'unknown' && /^[a-z]{2,20}$/.test(argv[0] ?? '') ? argv[0] : undefined,
    flags: flagNames(argv),
    version: APP_VERSION,
    node: process.versions.node,
    platform: process.platform,
  });
  let code: number;
  try {
    code = await run();
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'internal') log?.error('cli.unexpected', { command }, error);
    code = reportError(error);
  }
  log?.info('cli.end', { command, exitCode: code, ms: Math.round(ctx.nowMs() - started) });
  return code;
}

/** `--db,--date,--out`: which flags were given, without their values. */
export function flagNames(argv: readonly string[]): string | undefined {
  const names = argv.flatMap((arg) => /^--[a-z][a-z-]{0,30}(?==|$)/.exec(arg)?.[0] ?? []);
  return names.length === 0 ? undefined : names.join(',');
}
