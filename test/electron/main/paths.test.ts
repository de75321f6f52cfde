import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../electron/main/native-binding';
import { resolveDatabasePath } from '../../../electron/main/paths';

const base = { userDataDir: '/home/u/.config/Field Dispatch', env: {}, argv: ['electron', '.'], cwd: '/opt/dispatch-here' };

describe('resolveDatabasePath', () => {
  it('defaults to workspaces/default.sqlite in userData', () => {
    expect(resolveDatabasePath(base)).toBe(path.join(base.userDataDir, 'workspaces', 'default.sqlite'));
  });

  it('takes DISPATCH_DB, and --db over it, resolving relative paths from the working directory', () => {
    expect(resolveDatabasePath({ ...base, env: { DISPATCH_DB: 'env.sqlite' } })).toBe(path.resolve('/opt/dispatch-here', 'env.sqlite'));
    expect(resolveDatabasePath({ ...base, env: { DISPATCH_DB: 'env.sqlite' }, argv: ['electron', '.', '--db', '/data/a.sqlite'] })).toBe(
      '/data/a.sqlite',
    );
    expect(resolveDatabasePath({ ...base, argv: ['electron', '.', '--db=b.sqlite'] })).toBe(path.resolve('/opt/dispatch-here', 'b.sqlite'));
    expect(resolveDatabasePath({ ...base, env: { DISPATCH_DB: '' } })).toContain('default.sqlite');
  });
});

describe('nativeBindingPath', () => {
  it('uses the Electron build folder in development and resources/native when packaged', () => {
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/r', appPath: '/repo' })).toBe(
      path.join('/repo', 'build', 'electron-native', 'better_sqlite3.node'),
    );
    expect(nativeBindingPath({ isPackaged: true, resourcesPath: '/opt/app/resources', appPath: '/opt/app/resources/app.asar' })).toBe(
      path.join('/opt/app/resources', 'native', 'better_sqlite3.node'),
    );
  });
});
