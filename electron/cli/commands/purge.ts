import { intFlag, parseFlags } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { line } from '../language';
import { MAX_RETENTION_DAYS, type PurgeReport } from '../../../shared/api/retention';

/**
 * `purge [--db F] [--dry-run] [--days N] [--json]`: erases customers' personal data of finished
 * visits past the workspace's retention (or N days), or with --dry-run says what would go; lists
 * the exports past it for deleting. `purge --set-days N | --keep`: sets the retention (supervisor).
 */
export async function purgeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    'dry-run': { type: 'boolean' },
    days: { type: 'string' },
    'set-days': { type: 'string' },
    keep: { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const days = values.days === undefined ? undefined : intFlag(values.days, 'days', 0, 1, MAX_RETENTION_DAYS);
  const setDays = values['set-days'] === undefined ? undefined : intFlag(values['set-days'], 'set-days', 0, 1, MAX_RETENTION_DAYS);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (setDays !== undefined || values.keep) {
      const { keepDays } = await backend.api['settings.setRetention']({ keepDays: setDays ?? null });
      ctx.stdout.write(
        keepDays === null ? line(ctx.language, 'retention.keptAlways') : line(ctx.language, 'retention.keptFor', { days: keepDays }),
      );
      return 0;
    }
    const report = await backend.api['retention.purge']({ dryRun: values['dry-run'] ?? false, keepDays: days });
    if (values.json) ctx.stdout.write(JSON.stringify({ ...report, message: undefined }) + '\n');
    else writeReport(report, ctx);
    return 0;
  } finally {
    backend.close();
  }
}

function writeReport(report: PurgeReport, ctx: CliContext): void {
  ctx.stdout.write(report.message[ctx.language] + '\n');
  for (const { date, visits } of report.dates) ctx.stdout.write('  ' + line(ctx.language, 'retention.day', { date, count: visits }));
  if (report.oldExports.length === 0 || report.before === null) return;
  ctx.stdout.write(line(ctx.language, 'retention.oldExports', { count: report.oldExports.length, before: report.before }));
  for (const e of report.oldExports) ctx.stdout.write(`  ${e.date}\t${e.at}\t${e.files.join(', ')}\n`);
}
