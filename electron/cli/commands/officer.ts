import { OfficerId, parseClock } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { placedBy } from '../../../shared/logic/plan-changes';
import { dateFlag, parseFlags, required } from '../args';
import { openCliBackend } from '../backend';
import { openWorkspace, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';
import { availabilityAction, dayAction } from './officer-days';

/**
 * `officer availability …` and `officer day …`: see officer-days.ts.
 * `officer absent --db FILE --id ID --date D --from HH:MM`: the officer is unavailable from that
 * time; their visits not yet made go to the other officers, fitted into their routes as they stand.
 */
export async function officerCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  // Officers' availability per day (issue 19): a file of days, or one day.
  if (action === 'availability') return availabilityAction(rest, ctx);
  if (action === 'day') return dayAction(rest, ctx);
  if (action !== 'absent') throw usageError('cli.unknownCommand', { name: `officer ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    id: { type: 'string' },
    date: { type: 'string' },
    from: { type: 'string' },
    lang: { type: 'string' },
  });
  const officerId = OfficerId.parse(required(values.id, 'id'));
  const date = dateFlag(values.date);
  const fromSec = parseClock(required(values.from, 'from'));
  if (fromSec === null) throw usageError('cli.notClock', { flag: 'from', value: values.from! });
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const answer = await backend.api['plans.handOver']({ date, officerId, fromSec });
    const placed = placedBy(answer.changes, answer.handedOver).length;
    const officer = (await backend.api['officers.list']({})).find((o) => o.id === officerId);
    ctx.stdout.write(line(ctx.language, 'handOver.done', { count: answer.handedOver.length, name: officer?.name ?? officerId, placed }));
    for (const id of answer.handedOver) {
      const out =
        answer.changes.unassignedAdded.find((u) => u.visitId === id) ?? answer.changes.unassignedAll?.find((u) => u.visitId === id);
      if (out) ctx.stdout.write(`  ${id}: ${message('cli.unplacedVisit', { reason: out.message })[ctx.language]}\n`);
    }
    return 0;
  } finally {
    backend.close();
  }
}
