import { Writable } from 'node:stream';
import { runCli } from '../../electron/cli/main';

/** Runs the CLI in-process and captures what it prints. */
export async function runCliCaptured(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runCli(argv, {
    stdout: sink((t) => {
      stdout += t;
    }),
    stderr: sink((t) => {
      stderr += t;
    }),
    env: { DISPATCH_USER_DATA: env.DISPATCH_USER_DATA ?? '/nonexistent-user-data', LANG: 'en_US.UTF-8', ...env },
    clock: () => new Date('2026-11-22T07:00:00Z'),
    nowMs: () => performance.now(),
  });
  return { code, stdout, stderr };
}
