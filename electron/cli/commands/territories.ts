import { parseFlags, required } from '../args';
import { openOrCreateWorkspace, readInputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { usageError } from '../errors';
import { line } from '../language';
import type { Territory } from '../../../shared/domain';

/**
 * `territories import [--db F] --file F.geojson` (all or nothing; same names replace) and
 * `territories list [--db F] [--json]`: team and officer territories (issue 20).
 */
export async function territoriesCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'import' && action !== 'list') throw usageError('cli.unknownCommand', { name: `territories ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    file: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const file = action === 'import' ? required(values.file, 'file') : null;
  const backend = openCliBackend(openOrCreateWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (file !== null) {
      const content = new TextDecoder('utf-8').decode(readInputFile(file));
      const result = await backend.api['territories.import']({ fileName: file, content });
      ctx.stdout.write(
        line(ctx.language, 'territories.imported', { count: result.territories.length, added: result.added, replaced: result.replaced }),
      );
      return 0;
    }
    const territories = await backend.api['territories.list']({});
    if (values.json) ctx.stdout.write(JSON.stringify(territories) + '\n');
    else if (territories.length === 0) ctx.stdout.write(line(ctx.language, 'territories.none'));
    else for (const t of territories) ctx.stdout.write(`${t.id}\t${t.name}\t${ownerText(t)}\t${t.rule}\t${t.outsidePrice}\n`);
    return 0;
  } finally {
    backend.close();
  }
}

function ownerText(t: Territory): string {
  return t.owner.kind === 'team' ? `team:${t.owner.team}` : `officer:${t.owner.officerId}`;
}
