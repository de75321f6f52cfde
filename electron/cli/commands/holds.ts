import { HoldKind, OfficerId } from '../../../shared/domain';
import { dateFlag, intFlag, parseFlags, required } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `holds list [--customer ID] [--json]`, `holds place --customer ID --kind KIND [--officer ID]
 * [--until D] [--note TEXT]`, `holds release --id N --reason TEXT` (a supervisor's `--user`): holds on
 * customers, which keep their visits out of plans until released (or through `--until`).
 */
export async function holdsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'list' && action !== 'place' && action !== 'release') {
    throw usageError('cli.unknownCommand', { name: `holds ${action ?? ''}`.trim() });
  }
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    customer: { type: 'string' },
    kind: { type: 'string' },
    officer: { type: 'string' },
    until: { type: 'string' },
    note: { type: 'string' },
    id: { type: 'string' },
    reason: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (action === 'list') {
      const holds = await backend.api['holds.list']({ ...(values.customer && { customerId: values.customer }) });
      if (values.json) ctx.stdout.write(JSON.stringify(holds) + '\n');
      else if (holds.length === 0) ctx.stdout.write(line(ctx.language, 'hold.none'));
      else
        for (const h of holds)
          ctx.stdout.write(
            `${h.id}\t${h.customerId}\t${h.kind}\t${h.officerId ?? ''}\t${h.until ?? ''}\t${h.releasedAt ? `released ${h.releasedAt}` : 'active'}\t${h.note}\n`,
          );
      return 0;
    }
    if (action === 'place') {
      const kind = HoldKind.safeParse(required(values.kind, 'kind'));
      if (!kind.success) throw usageError('cli.badFormat', { formats: HoldKind.options.join(', ') });
      const hold = await backend.api['holds.place']({
        customerId: required(values.customer, 'customer'),
        kind: kind.data,
        ...(values.officer && { officerId: OfficerId.parse(values.officer) }),
        ...(values.until && { until: dateFlag(values.until, 'until') }),
        note: values.note ?? '',
      });
      ctx.stdout.write(line(ctx.language, 'hold.placed', { id: hold.id, customerId: hold.customerId, kind: hold.kind }));
      return 0;
    }
    const hold = await backend.api['holds.release']({
      id: intFlag(required(values.id, 'id'), 'id', 0, 1, Number.MAX_SAFE_INTEGER),
      reason: required(values.reason, 'reason'),
    });
    ctx.stdout.write(line(ctx.language, 'hold.released', { id: hold.id, customerId: hold.customerId }));
    return 0;
  } finally {
    backend.close();
  }
}
