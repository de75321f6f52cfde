import path from 'node:path';
import { exportDay } from '../../backend/services/export-service';
import { dateFlag, languageFlag, parseFlags, required } from '../args';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';

/** `export --db FILE --date D --format csv|json --out DIR [--lang en|zh]`: the day's current plan as files (language: the system's by default). */
export function exportCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    date: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  });
  const date = dateFlag(values.date);
  const out = required(values.out, 'out');
  const format = required(values.format, 'format');
  if (format !== 'csv' && format !== 'json') throw usageError('cli.badFormat');
  const lang = languageFlag(values.lang, ctx.language);
  const db = openWorkspace(values.db, values.workspace, ctx.env);
  try {
    const files = exportDay(db, date, format, lang);
    for (const file of files) writeOutputFile(path.join(out, file.name), file.content);
    ctx.stdout.write(line(ctx.language, 'cli.exportWritten', { count: files.length, date, out }));
    return 0;
  } finally {
    db.close();
  }
}
