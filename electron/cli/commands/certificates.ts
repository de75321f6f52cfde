import type { ExpiringCertificate } from '../../../shared/api/certificates';
import { addDays, localDateOf, type LocalDate, type Message } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { dateFlag, intFlag, parseFlags } from '../args';
import { openWorkspace, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { usageError } from '../errors';
import { line } from '../language';

const ACTIONS = ['expiring'] as const;

/**
 * `certificates expiring [--db FILE] [--days N] [--date D] [--json]`: the warning list of
 * certificates ending within N days (30 by default) of D (today by default), or ended: first those
 * the visiting rules require, then every other skill with an end date, soonest first. Exits 0: the
 * list is a warning, the planner already keeps officers without a valid certificate away.
 */
export async function certificatesCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) {
    throw usageError('cli.unknownCommand', { name: `certificates ${action ?? ''}`.trim() });
  }
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    days: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    // Read by the command line's language (see cliLanguage); named here so the strict parser accepts it.
    lang: { type: 'string' },
  });
  const days = intFlag(values.days, 'days', 30, 1, 366);
  // The day is settled here, not in the back end, so the heading names the day the list is for.
  const date = values.date === undefined ? localDateOf(ctx.clock()) : dateFlag(values.date);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const found = await backend.api['officers.expiringCertificates']({ date, days });
    ctx.stdout.write(values.json ? `${JSON.stringify({ date, days, certificates: found }, null, 2)}\n` : describe(found, date, days, ctx));
    return 0;
  } finally {
    backend.close();
  }
}

/** The heading, then the required certificates and the other dated skills, one line each. */
function describe(found: readonly ExpiringCertificate[], date: LocalDate, days: number, ctx: CliContext): string {
  if (found.length === 0) return line(ctx.language, 'certificates.cli.none', { count: days, date });
  const lines = [line(ctx.language, 'certificates.cli.heading', { count: days, date, until: addDays(date, days) })];
  for (const group of ['required', 'other'] as const) {
    const entries = found.filter((c) => c.group === group);
    if (entries.length === 0) continue;
    lines.push(line(ctx.language, group === 'required' ? 'certificates.cli.required' : 'certificates.cli.other'));
    for (const c of entries) {
      const values = {
        validUntil: c.validUntil,
        certificate: c.certificate,
        officerName: c.officerName,
        officerId: c.officerId,
        left: timeLeft(c.daysLeft),
      };
      lines.push(
        group === 'required'
          ? line(ctx.language, 'certificates.cli.requiredEntry', { ...values, kinds: c.kinds.map((kind) => message(`kind.${kind}`)) })
          : line(ctx.language, 'certificates.cli.otherEntry', values),
      );
    }
  }
  return lines.join('');
}

/** "8 days left", "valid today for the last time" or "ended 2 days ago". */
function timeLeft(daysLeft: number): Message {
  if (daysLeft > 0) return message('certificates.daysLeft', { count: daysLeft });
  if (daysLeft === 0) return message('certificates.lastDay');
  return message('certificates.expired', { count: -daysLeft });
}
