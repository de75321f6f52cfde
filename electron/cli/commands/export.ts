import path from 'node:path';
import { dateFlag, languageFlag, parseFlags, required } from '../args';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `export --db FILE --date D --format csv|json --out DIR [--lang en|zh] [--anyway-by NAME --reason TEXT]`:
 * the day's current plan as files (language: the system's by default). A plan with open problems
 * is refused unless a supervisor is named with a reason.
 */
export async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    date: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    'anyway-by': { type: 'string' },
    reason: { type: 'string' },
  });
  const date = dateFlag(values.date);
  const out = required(values.out, 'out');
  const format = required(values.format, 'format');
  if (format !== 'csv' && format !== 'json') throw usageError('cli.badFormat');
  const lang = languageFlag(values.lang, ctx.language);
  const supervisor = values['anyway-by'];
  const anyway = supervisor === undefined ? undefined : { supervisor, reason: required(values.reason, 'reason') };
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx.env), ctx);
  try {
    const { files } = await backend.api['exports.day']({ date, format, language: lang, anyway });
    for (const file of files) writeOutputFile(path.join(out, file.name), file.content);
    ctx.stdout.write(line(ctx.language, 'cli.exportWritten', { count: files.length, date, out }));
    return 0;
  } finally {
    backend.close();
  }
}
