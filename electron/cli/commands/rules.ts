import path from 'node:path';
import type { Api } from '../../../shared/api/contract';
import { formatWindow, VisitKind, WEEKDAYS, type Message, type RuleSetVersion } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { holidaysFromCalendarCsv, rulesFromFile, rulesToFile } from '../../../shared/logic/rules-file';
import { decodeText } from '../../backend/import/decode';
import { parseFlags, required } from '../args';
import { openOrCreateWorkspace, readInputFile, writeOutputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { line } from '../language';

const FLAGS = {
  db: { type: 'string' },
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  file: { type: 'string' },
  reason: { type: 'string' },
} as const;

const ACTIONS = ['show', 'export', 'import', 'holidays'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * `rules show [--json]`: the visiting rules in force, with who changed them, when and why.
 * `rules export --out FILE`: them as a rules file. `rules import --file FILE --reason TEXT`:
 * a rules file as the next version. `rules holidays --file calendar.csv --reason TEXT`:
 * the current rules with the calendar's holidays and adjusted working days, as the next version.
 * A file with problems is refused with every problem listed (exit code 2), nothing stored.
 */
export async function rulesCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (!ACTIONS.includes(action as Action)) throw usageError('cli.unknownCommand', { name: `rules ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, FLAGS);
  return action === 'import' || action === 'holidays' ? change(action, values, ctx) : show(action as 'show' | 'export', values, ctx);
}

type Values = ReturnType<typeof parseFlags<typeof FLAGS>>['values'];

async function show(action: 'show' | 'export', values: Values, ctx: CliContext): Promise<number> {
  const out = action === 'export' ? required(values.out, 'out') : '';
  const current = await withBackend(values, ctx, (api) => api['rules.current']({}));
  if (action === 'export') {
    writeOutputFile(out, rulesToFile(current.rules));
    ctx.stdout.write(line(ctx.language, 'rules.cli.exported', { version: current.version, file: out }));
  } else if (values.json) {
    const { rules } = JSON.parse(rulesToFile(current.rules)) as { rules: unknown };
    const { version, changedBy, changedAt, reason } = current;
    ctx.stdout.write(`${JSON.stringify({ version, changed_by: changedBy, changed_at: changedAt, reason, rules }, null, 2)}\n`);
  } else {
    ctx.stdout.write(describeRules(current, ctx));
  }
  return 0;
}

/** Reads the file first: one with problems is refused before the workspace is opened. */
async function change(action: 'import' | 'holidays', values: Values, ctx: CliContext): Promise<number> {
  const file = required(values.file, 'file');
  const reason = required(values.reason, 'reason');
  const text = decodeText(readInputFile(file), path.basename(file)).text;
  const read = action === 'import' ? rulesFromFile(text) : holidaysFromCalendarCsv(text);
  if (!read.ok) return refuse(file, read.problems, ctx);
  const saved = await withBackend(values, ctx, async (api) => {
    const rules =
      'rules' in read ? read.rules : { ...(await api['rules.current']({})).rules, holidays: read.holidays, workdays: read.workdays };
    return api['rules.change']({ rules, reason });
  });
  const said = { version: saved.version, by: saved.changedBy };
  if ('rules' in read) ctx.stdout.write(line(ctx.language, 'rules.cli.saved', said));
  else
    ctx.stdout.write(
      line(ctx.language, 'rules.cli.calendarSaved', { ...said, holidays: read.holidays.length, workdays: read.workdays.length }),
    );
  return 0;
}

async function withBackend<T>(values: Values, ctx: CliContext, use: (api: Api) => Promise<T>): Promise<T> {
  const backend = openCliBackend(openOrCreateWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    return await use(backend.api);
  } finally {
    backend.close();
  }
}

/**
 * The version, who changed it, when and why; each weekday's hours; how many dates; the contact
 * limits; the certificates officers need per visit kind.
 */
function describeRules(current: RuleSetVersion, ctx: CliContext): string {
  const { rules } = current;
  const say = (key: Parameters<typeof line>[1], values?: Parameters<typeof line>[2]) => line(ctx.language, key, values);
  const hours = WEEKDAYS.map((day) => {
    const blocks = rules.hours[day];
    return say('rules.cli.hours', {
      day: message(`rules.day.${day}`),
      blocks: blocks.length === 0 ? message('rules.cli.noHours') : blocks.map(formatWindow).join(', '),
    });
  });
  return [
    say('rules.cli.version', { version: current.version, at: current.changedAt, by: current.changedBy, reason: current.reason }),
    say('rules.cli.hoursTitle'),
    ...hours,
    say('rules.cli.dates', { holidays: rules.holidays.length, workdays: rules.workdays.length, noVisitDays: rules.noVisitDays.length }),
    say('rules.cli.frequency', {
      count: rules.frequency.maxVisits,
      windowDays: rules.frequency.windowDays,
      minGapHours: rules.frequency.minGapHours,
    }),
    certificatesLine(rules.certificates, ctx),
  ].join('');
}

/** "Certificates officers need: cert-a (Collection) and cert-b (Follow-up).", or that none do. */
function certificatesLine(certificates: RuleSetVersion['rules']['certificates'], ctx: CliContext): string {
  const needed = VisitKind.options.flatMap((kind) => {
    const certificate = certificates[kind];
    return certificate === null ? [] : [message('rules.cli.certificateFor', { certificate, kind: message(`kind.${kind}`) })];
  });
  return needed.length === 0
    ? line(ctx.language, 'rules.cli.noCertificates')
    : line(ctx.language, 'rules.cli.certificates', { certificates: needed });
}

/** "calendar.csv has 2 problems; nothing was saved:", then each problem on its own line. */
function refuse(file: string, problems: readonly Message[], ctx: CliContext): number {
  ctx.stderr.write(line(ctx.language, 'rules.cli.refused', { file, count: problems.length }));
  for (const problem of problems) ctx.stderr.write(line(ctx.language, 'rules.cli.problem', { problem }));
  return EXIT_BAD_INPUT;
}
