import { parseFlags } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { EXIT_FOUND_PROBLEMS, usageError } from '../errors';

/**
 * `audit verify [--db FILE] [--json]`: recomputes the audit trail's hash chain and says whether
 * it is intact or names the first entry changed, removed or added outside the app (exit code 3).
 */
export async function auditCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'verify') throw usageError('cli.unknownCommand', { name: `audit ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx.env), ctx);
  try {
    const verdict = await backend.api['audit.verify']({});
    if (values.json) {
      ctx.stdout.write(JSON.stringify({ intact: verdict.intact, entries: verdict.entries, broken_at: verdict.brokenAt }) + '\n');
    } else {
      (verdict.intact ? ctx.stdout : ctx.stderr).write(verdict.message[ctx.language] + '\n');
    }
    return verdict.intact ? 0 : EXIT_FOUND_PROBLEMS;
  } finally {
    backend.close();
  }
}
