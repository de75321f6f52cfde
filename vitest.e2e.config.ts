import { defineConfig } from 'vitest/config';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Browser tests: the built renderer (npm run build:web) behind the real HTTP server, driven in
// headless Chromium. One file at a time in one fork, with room for a slow browser start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // One user-data folder per run: the key ring of the encrypted workspaces the tests, their
    // command lines and the servers they start make, never the real one.
    env: { DISPATCH_USER_DATA: mkdtempSync(path.join(os.tmpdir(), 'dispatch-test-user-data-')) },
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
