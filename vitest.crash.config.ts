import { defineConfig } from 'vitest/config';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Crash tests (issue 21): writes run in child processes and killed at many moments. One file in
// one fork, in the order written (the count of kills is checked last); `npm run test:crash`.
export default defineConfig({
  test: {
    include: ['test/crash/**/*.crash.test.ts'],
    environment: 'node',
    // One user-data folder per run: the key ring of the encrypted workspaces the tests, their
    // command lines and the servers they start make, never the real one.
    env: { DISPATCH_USER_DATA: mkdtempSync(path.join(os.tmpdir(), 'dispatch-test-user-data-')) },
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
