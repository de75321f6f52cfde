import path from 'node:path';
import { message } from '../../../shared/i18n';
import { parseFlags, required } from '../args';
import { openCliBackend } from '../backend';
import { openWorkspace, readInputFile, type CliContext } from '../context';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { line } from '../language';
import { formatImportReport } from '../report';

/**
 * `outcomes import --db FILE --file F [--dry-run] [--valid-rows-only] [--mapping NAME]`: an officers' returns file
 * (CSV in UTF-8/GBK, or XLSX) checked row by row against the workspace, then written in one
 * transaction, each visit's status following its outcome. Any error writes nothing unless
 * --valid-rows-only; a dry run writes nothing.
 */
export async function outcomesCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'import') throw usageError('cli.unknownCommand', { name: `outcomes ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'valid-rows-only': { type: 'boolean' },
    mapping: { type: 'string' },
    lang: { type: 'string' },
  });
  const file = required(values.file, 'file');
  const contentBase64 = Buffer.from(readInputFile(file)).toString('base64');
  const dryRun = values['dry-run'] ?? false;
  const validRowsOnly = values['valid-rows-only'] ?? false;
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const { reports } = await backend.api['import.files']({
      // A mapping name the workspace does not have, or one for other files, is refused naming those saved.
      files: [{ kind: 'outcomes', fileName: path.basename(file), contentBase64, mapping: values.mapping }],
      dryRun,
      validRowsOnly,
    });
    for (const report of reports) ctx.stdout.write(formatImportReport(report, ctx.language));
    const hasErrors = reports.some((r) => r.errors.length > 0);
    if (!dryRun && !validRowsOnly && hasErrors) {
      ctx.stderr.write(line(ctx.language, 'cli.error', { message: message('cli.importBlocked') }));
      return EXIT_BAD_INPUT;
    }
    return dryRun && hasErrors ? EXIT_BAD_INPUT : 0;
  } finally {
    backend.close();
  }
}
