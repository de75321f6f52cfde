import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningWebServer {
  /** Address to open, with the access token in the fragment. */
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/**
 * Runs `dispatch web` exactly as `npm run web` does, in its own process: the planner then runs in
 * worker threads, so progress events stream and a cancel reaches a running solve. Port 0 picks a
 * free port; the address is read from the command's output.
 */
export function startWebServer(dbPath: string, timeoutMs = 60_000): Promise<RunningWebServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'electron/cli/main.ts'), 'web', '--db', dbPath, '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`dispatch web did not print its address in time:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=\S+/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[0], origin: match[1], stop: () => stopChild(child) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`dispatch web exited with ${code}:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
