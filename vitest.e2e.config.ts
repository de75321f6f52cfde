import { defineConfig } from 'vitest/config';

// Browser tests: the built renderer (npm run build:web) behind the real HTTP server, driven in
// headless Chromium. One file at a time in one fork, with room for a slow browser start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
