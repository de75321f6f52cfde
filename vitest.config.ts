import { defineConfig } from 'vitest/config';

// Unit and component tests: seconds, no browser. Browser tests live in vitest.e2e.config.ts, crash
// tests (child processes killed mid-write) in vitest.crash.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/crash/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
