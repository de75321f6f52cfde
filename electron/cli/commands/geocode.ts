import { dateFlag, parseFlags } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { line } from '../language';

/**
 * `geocode [--db FILE] [--date D] [--json]`: geocodes the visits still waiting for a place (the
 * day's, or all) through the workspace's service, a few requests at a time, answers cached.
 * Ctrl+C cancels and keeps what was found so far.
 */
export async function geocodeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const date = values.date === undefined ? undefined : dateFlag(values.date);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  const cancel = () => void backend.api['geocoding.cancel']({});
  process.once('SIGINT', cancel);
  try {
    const run = await backend.api['geocoding.run']({ ...(date !== undefined && { date }) });
    if (values.json) {
      ctx.stdout.write(JSON.stringify(run) + '\n');
    } else {
      const { cancelled: _cancelled, ...counts } = run;
      ctx.stdout.write(line(ctx.language, 'toConfirm.done', counts));
      ctx.stdout.write(line(ctx.language, 'geocoding.requests', counts));
      if (run.cancelled) ctx.stdout.write(line(ctx.language, 'geocoding.cancelled'));
    }
    return 0;
  } finally {
    process.off('SIGINT', cancel);
    backend.close();
  }
}
