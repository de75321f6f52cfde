import { MAX_REPORT_DAYS } from '../../../shared/api/supervisor-report';
import { addDays } from '../../../shared/domain';
import { dateFlag, intFlag, languageFlag, parseFlags, required } from '../args';
import { openCliBackend } from '../backend';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `report supervisor --db FILE --from D [--days N] --out FILE.xlsx [--lang en|zh]`: the supervisor's
 * report over N days (1 by default, 7 for a week) from D as a workbook, headings in the language.
 */
export async function reportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'supervisor') throw usageError('cli.unknownCommand', { name: `report ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    from: { type: 'string' },
    days: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  });
  const from = dateFlag(values.from, 'from');
  const days = intFlag(values.days, 'days', 1, 1, MAX_REPORT_DAYS);
  const out = required(values.out, 'out');
  const language = languageFlag(values.lang, ctx.language);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const { file } = await backend.api['reports.supervisorXlsx']({ from, days, language });
    writeOutputFile(out, Buffer.from(file.content, 'base64'));
    const to = addDays(from, days - 1);
    ctx.stdout.write(line(ctx.language, 'cli.supervisorReportWritten', { from, to, out }));
    return 0;
  } finally {
    backend.close();
  }
}
