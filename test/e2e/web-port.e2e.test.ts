// Runs with the browser tests: `web` serves the built UI (npm run build:web), which they build first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-harness';
import { DEFAULT_WEB_PORT } from '../../electron/cli/web-port';

/** Listens on `port` (0: any) so `web` finds it taken; resolves even if someone else holds it already. */
function occupy(port: number): Promise<net.Server> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(server));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('web on a port that is taken', () => {
  let dir: string;
  let busy: net.Server;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-web-'));
    busy = await occupy(0);
  });
  afterAll(() => {
    busy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an asked-for --port that is taken, suggesting another', async () => {
    const port = (busy.address() as net.AddressInfo).port;
    const result = await runCliCaptured(['web', '--db', path.join(dir, 'web.sqlite'), '--port', String(port)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`Port ${port} is already in use .*choose another with --port, for example --port \\d+\\.`));
    const zh = await runCliCaptured(['web', '--db', path.join(dir, 'web.sqlite'), '--port', String(port)], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain(`端口 ${port} 已被占用`);
  });

  it('moves to a free port, and says so, when the default one is taken and none was asked for', async () => {
    const held = await occupy(DEFAULT_WEB_PORT);
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'web', '--db', path.join(dir, 'web.sqlite')], {
      env: { ...process.env, LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          stdout += String(chunk);
          if (stdout.includes('Press Ctrl+C')) resolve();
        });
        child.once('exit', () => reject(new Error(`web exited: ${stderr}`)));
      });
      const picked = Number(new RegExp(`Port ${DEFAULT_WEB_PORT} is already in use, so port (\\d+) is used instead\\.`).exec(stderr)?.[1]);
      expect(picked).toBeGreaterThan(0);
      expect(picked).not.toBe(DEFAULT_WEB_PORT);
      expect(stdout).toContain(`http://127.0.0.1:${picked}/`);
    } finally {
      child.kill('SIGTERM');
      held.close();
    }
  }, 30_000);
});
