import path from 'node:path';
import { ExportFormat, OfficerId, PrivacyProfile } from '../../../shared/domain';
import { dateFlag, languageFlag, parseFlags, required } from '../args';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `export --db FILE --date D --format pdf|xlsx|csv|ics|gpx|geojson|bundle|json --out DIR
 * [--officer ID] [--profile officer|supervisor] [--lang en|zh] [--anyway --reason TEXT]`:
 * the day's current plan as files (language: the system's by default; profile: officer). A plan
 * with open problems is refused unless a supervisor (`--user`) exports it anyway with a reason. Officer copies of
 * itineraries dispatch the exported visits.
 */
export async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    date: { type: 'string' },
    format: { type: 'string' },
    officer: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    anyway: { type: 'boolean' },
    reason: { type: 'string' },
  });
  const date = dateFlag(values.date);
  const out = required(values.out, 'out');
  const format = ExportFormat.safeParse(required(values.format, 'format'));
  if (!format.success) throw usageError('cli.badFormat', { formats: ExportFormat.options.join(', ') });
  const profile = PrivacyProfile.safeParse(values.profile ?? 'officer');
  if (!profile.success) throw usageError('cli.badProfile');
  const officerId = values.officer === undefined ? undefined : OfficerId.parse(required(values.officer, 'officer'));
  const lang = languageFlag(values.lang, ctx.language);
  const anyway = values.anyway ? { reason: required(values.reason, 'reason') } : undefined;
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const { files, visitStatuses } = await backend.api['exports.day']({
      date,
      format: format.data,
      profile: profile.data,
      language: lang,
      ...(officerId && { officerId }),
      ...(anyway && { anyway }),
    });
    for (const file of files) {
      writeOutputFile(path.join(out, file.name), file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
    }
    ctx.stdout.write(line(ctx.language, 'cli.exportWritten', { count: files.length, date, out }));
    if (visitStatuses.length > 0) ctx.stdout.write(line(ctx.language, 'cli.dispatched', { count: visitStatuses.length }));
    return 0;
  } finally {
    backend.close();
  }
}
