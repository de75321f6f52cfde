import { dateFlag, parseFlags } from '../args';
import { openCliBackend } from '../backend';
import { openWorkspace, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `day carry --db FILE --from D --to D2`: the day's approved visits that are in no route go to a
 * later day, in one change (one Undo in the app).
 */
export async function dayCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'carry') throw usageError('cli.unknownCommand', { name: `day ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
  });
  const from = dateFlag(values.from, 'from');
  const to = dateFlag(values.to, 'to');
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const { carried } = await backend.api['visits.carry']({ from, to });
    ctx.stdout.write(line(ctx.language, 'carry.done', { count: carried.length, to }));
    return 0;
  } finally {
    backend.close();
  }
}
