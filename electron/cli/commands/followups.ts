import { FollowUpRule } from '../../../shared/domain';
import { dateFlag, intFlag, parseFlags } from '../args';
import { openCliBackend } from '../backend';
import { openWorkspace, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `followups list [--date D] [--json]`: the follow-ups outcomes called for; `--json` prints
 * `[{visit_id, from_visit_id, rule, kind, earliest_date, latest_date, status}]` (`visit_id`: the
 * visit made once approved). `followups approve (--all | --rule RULE | --id ID...)`: each approved
 * one becomes a visit on its earliest day.
 */
export async function followupsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'list' && action !== 'approve') throw usageError('cli.unknownCommand', { name: `followups ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    rule: { type: 'string' },
    id: { type: 'string', multiple: true },
    lang: { type: 'string' },
  });
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (action === 'list') {
      const list = await backend.api['followUps.list']({ ...(values.date !== undefined && { date: dateFlag(values.date) }) });
      const rows = list.map((f) => ({
        visit_id: f.visitId,
        from_visit_id: f.fromVisitId,
        rule: f.rule,
        kind: f.kind,
        earliest_date: f.earliestDate,
        latest_date: f.latestDate,
        status: f.status,
      }));
      if (values.json) ctx.stdout.write(`${JSON.stringify(rows)}\n`);
      else if (rows.length === 0) ctx.stdout.write(line(ctx.language, 'cli.followUpsNone'));
      else
        for (const [i, r] of rows.entries())
          ctx.stdout.write(
            `${list[i].id}\t${r.from_visit_id}\t${r.rule}\t${r.kind ?? ''}\t${r.earliest_date ?? ''}..${r.latest_date ?? ''}\t${r.status}\t${r.visit_id ?? ''}\n`,
          );
      return 0;
    }
    const rule = values.rule === undefined ? undefined : FollowUpRule.safeParse(values.rule);
    if (rule && !rule.success) throw usageError('cli.badFormat', { formats: FollowUpRule.options.join(', ') });
    const ids = values.id?.map((id) => intFlag(id, 'id', 0, 1, Number.MAX_SAFE_INTEGER));
    if (!values.all && !rule && !ids) throw usageError('cli.required', { flag: 'all | --rule | --id' });
    const approved = await backend.api['followUps.approve']({ ...(ids && { ids }), ...(rule && { rule: rule.data }) });
    ctx.stdout.write(
      line(ctx.language, 'cli.followUpsApproved', { count: approved.length, visits: approved.map((f) => f.visitId ?? '').join(', ') }),
    );
    return 0;
  } finally {
    backend.close();
  }
}
