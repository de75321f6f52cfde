import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { migrationHash } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('migrations inside the Electron main bundle', () => {
  // The desktop app (esbuild bundle) and the CLI (tsx) open the same workspace files; a migration
  // whose printed source differs between them would make one refuse the other's database.
  it('hash the same as the source the CLI and tests run', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/backend/db/migrations/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      write: false,
      logLevel: 'silent',
    });
    const module = { exports: {} as { migrations: Migration[] } };
    new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, () => ({}));
    const bundled = module.exports.migrations.map(migrationHash);
    expect(bundled).toEqual(migrations.map(migrationHash));
  });
});
