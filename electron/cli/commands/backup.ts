import { backupWorkspace, restoreWorkspace } from '../../backend/db/backup';
import { encryptWorkspace } from '../../backend/db/encrypt-workspace';
import { workspaceKeysFrom } from '../../backend/db/key-ring';
import { createRepos } from '../../backend/db/repos';
import { workspaceKeyOf } from '../../backend/db/workspace-file';
import { workspaceFileKind } from '../../backend/db/workspace-key';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { parseFlags, required } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { line } from '../language';

/** Who the audit trail names for a backup or restore from the command line. */
const actorOf = (ctx: CliContext) => ({ actor: ctx.userId ?? 'cli', clock: ctx.clock });

/**
 * `backup --db FILE --out FILE`: an online, consistent copy of the workspace (encrypted with the
 * workspace's key when it is), safe while the app or another command is writing to it; audited.
 */
export function backupCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  });
  const out = required(values.out, 'out');
  const db = openWorkspace(values.db, values.workspace, ctx);
  try {
    const { entries } = backupWorkspace(db, out, actorOf(ctx));
    ctx.stdout.write(line(ctx.language, 'backup.done', { file: db.name, out, entries }));
    return 0;
  } finally {
    db.close();
  }
}

/**
 * `restore --db FILE --from BACKUP`: replaces the workspace with a backup once the backup passes
 * its integrity check, schema version and audit chain; the replaced file is kept beside it.
 */
export function restoreCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseFlags(argv, { db: { type: 'string' }, from: { type: 'string' }, lang: { type: 'string' } });
  const file = required(values.db, 'db');
  const from = required(values.from, 'from');
  const { kept } = restoreWorkspace(file, from, actorOf(ctx), workspaceKeysFrom(ctx.env, ctx));
  ctx.stdout.write(line(ctx.language, 'restore.done', { file, from }));
  if (kept) ctx.stdout.write(line(ctx.language, 'restore.kept', { kept }));
  return 0;
}

/**
 * `encrypt --db FILE [--keep-plain]`: encrypts an unencrypted workspace in one step (a crash leaves
 * it as it was or wholly encrypted), with a new key kept in the key ring or the one given.
 */
export function encryptCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseFlags(argv, { db: { type: 'string' }, 'keep-plain': { type: 'boolean' }, lang: { type: 'string' } });
  const file = required(values.db, 'db');
  const { copy } = encryptWorkspace(file, workspaceKeysFrom(ctx.env, ctx), actorOf(ctx), { keepPlain: values['keep-plain'] ?? false });
  ctx.stdout.write(line(ctx.language, 'encrypt.done', { file }));
  if (copy) ctx.stdout.write(line(ctx.language, 'encrypt.keptPlain', { copy }));
  return 0;
}

/**
 * `key --db FILE`: prints the key that opens the encrypted workspace (from the key ring, or the
 * one given), to move the workspace to another computer; a warning goes to stderr, and showing it
 * is audited.
 */
export function keyCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseFlags(argv, { db: { type: 'string' }, lang: { type: 'string' } });
  const file = required(values.db, 'db');
  if (workspaceFileKind(file) !== 'encrypted') throw badInput(message('key.notEncrypted', { file }));
  const key = workspaceKeyOf(file, workspaceKeysFrom(ctx.env, ctx));
  const db = openWorkspace(file, undefined, ctx);
  try {
    createRepos(db, ctx.clock, ctx.userId ?? 'cli').audit.append({ action: 'workspace.keyShown', entity: 'workspace' });
  } finally {
    db.close();
  }
  ctx.stdout.write(`${key}\n`);
  ctx.stderr.write(line(ctx.language, 'key.warning', { file }));
  return 0;
}
