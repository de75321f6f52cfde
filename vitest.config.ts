import { defineConfig } from 'vitest/config';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Unit and component tests: seconds, no browser. Browser tests live in vitest.e2e.config.ts, crash
// tests (child processes killed mid-write) in vitest.crash.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/crash/**', 'node_modules/**'],
    environment: 'node',
    // One user-data folder per run: the key ring of the encrypted workspaces the tests, their
    // command lines and the servers they start make, never the real one.
    env: { DISPATCH_USER_DATA: mkdtempSync(path.join(os.tmpdir(), 'dispatch-test-user-data-')) },
    testTimeout: 20_000,
  },
});
