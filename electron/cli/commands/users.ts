import { UserRole } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { parseFlags, required } from '../args';
import { openCliBackend } from '../backend';
import { openOrCreateWorkspace, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';

const ACTIONS = ['list', 'add', 'set'] as const;

/**
 * `users list [--json]`, `users add --id ID --name NAME --role dispatcher|supervisor`, `users set
 * --id ID [--name NAME] [--role ROLE] [--active yes|no]`: the workspace's user profiles. The first
 * profile is a supervisor anyone may add; after that adding and changing profiles is a supervisor's
 * (`--user`).
 */
export async function usersCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (!ACTIONS.includes(action as (typeof ACTIONS)[number]))
    throw usageError('cli.unknownCommand', { name: `users ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    active: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const role = values.role === undefined ? undefined : UserRole.safeParse(values.role);
  if (role && !role.success) throw usageError('cli.badRole');
  if (values.active !== undefined && values.active !== 'yes' && values.active !== 'no') throw usageError('cli.badActive');
  const backend = openCliBackend(openOrCreateWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (action === 'list') {
      const users = await backend.api['users.list']({});
      if (values.json) ctx.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
      else if (users.length === 0) ctx.stdout.write(line(ctx.language, 'cli.noUsers'));
      else
        for (const u of users)
          ctx.stdout.write(`${u.id}\t${u.name}\t${message(`users.role.${u.role}`)[ctx.language]}\t${u.active ? '' : '-'}\n`);
      return 0;
    }
    const id = required(values.id, 'id');
    const before = action === 'set' ? (await backend.api['users.list']({})).find((u) => u.id === id) : undefined;
    if (action === 'set' && !before) throw usageError('users.unknown', { id });
    const user = {
      id,
      name: values.name ?? before?.name ?? required(values.name, 'name'),
      role: role?.data ?? before?.role ?? UserRole.parse(required(values.role, 'role')),
      active: values.active === undefined ? (before?.active ?? true) : values.active === 'yes',
    };
    const saved = await backend.api['users.save'](user);
    ctx.stdout.write(line(ctx.language, 'cli.userSaved', { id: saved.id, name: saved.name, role: message(`users.role.${saved.role}`) }));
    return 0;
  } finally {
    backend.close();
  }
}
