import { defineConfig } from 'vitest/config';

// Crash tests (issue 21): writes run in child processes and killed at many moments. One file in
// one fork, in the order written (the count of kills is checked last); `npm run test:crash`.
export default defineConfig({
  test: {
    include: ['test/crash/**/*.crash.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
