import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceFile } from '../support/workspace-keys';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

describe('dispatch users and --user', () => {
  const tempDir = useTempDir();

  it('adds the first profile as a supervisor, then only with a supervisor’s --user, and names the user in the audit trail', async () => {
    const db = path.join(tempDir(), 'workspace.sqlite');
    const run = (...args: string[]) => runCliCaptured(args);
    expect((await run('users', 'list', '--db', db)).stdout).toMatch(/^No user profiles yet/);
    const first = await run('users', 'add', '--db', db, '--id', 'zhou', '--name', '周敏', '--role', 'supervisor');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('Saved user zhou (周敏, supervisor).\n');

    const anonymous = await run('users', 'add', '--db', db, '--id', 'li', '--name', '李娜', '--role', 'dispatcher');
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('Only a supervisor may add or change user profiles, and nobody is signed in');
    const added = await run('users', 'add', '--db', db, '--id', 'li', '--name', '李娜', '--role', 'dispatcher', '--user', 'zhou');
    expect(added.code, added.stderr).toBe(0);
    const zh = await run('users', 'set', '--db', db, '--id', 'li', '--role', 'supervisor', '--user', 'li', '--lang', 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('只有主管可以添加或修改用户；当前登录的 李娜（li）是调度员。');
    const unknown = await run('users', 'list', '--db', db, '--user', 'wang');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no user wang in this workspace');
    expect((await run('users', 'set', '--db', db, '--id', 'li', '--active', 'no', '--user=zhou')).code).toBe(0);
    expect(JSON.parse((await run('users', 'list', '--db', db, '--json')).stdout)).toEqual([
      { id: 'zhou', name: '周敏', role: 'supervisor', active: true },
      { id: 'li', name: '李娜', role: 'dispatcher', active: false },
    ]);
    expect((await run('users', 'add', '--db', db, '--id', 'x', '--name', 'X', '--role', 'boss')).stderr).toContain(
      '--role must be dispatcher or supervisor.',
    );

    const store = openWorkspaceFile(db);
    const entries = store.prepare("SELECT actor, entity_id AS profile FROM audit_log WHERE action = 'users.save' ORDER BY id").all();
    store.close();
    expect(entries).toEqual([
      { actor: 'cli', profile: 'zhou' },
      { actor: 'zhou', profile: 'li' },
      { actor: 'zhou', profile: 'li' },
    ]);
  });
});
