import type { Database } from 'better-sqlite3';
import { checkFile, isWritable, writeChecked, type CheckedImport } from '../../backend/services/import-service';
import { CoordSystem } from '../../../shared/domain';
import type { ImportKind } from '../../../shared/api/import-report';
import { dateFlag, parseFlags } from '../args';
import { openWorkspace, readInputFile, type CliContext } from '../context';
import { formatImportReport } from '../report';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { message } from '../../../shared/i18n';
import { line } from '../language';
import path from 'node:path';

export const importFlags = {
  db: { type: 'string' },
  workspace: { type: 'string' },
  visits: { type: 'string' },
  officers: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'valid-rows-only': { type: 'boolean' },
  date: { type: 'string' },
  coords: { type: 'string' },
} as const;

/**
 * `import --db FILE --visits F --officers F [--dry-run] [--valid-rows-only]`: checks both files
 * first, then writes both in one transaction. Any error writes nothing unless --valid-rows-only.
 */
export async function importCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, importFlags);
  const db = openWorkspace(values.db, values.workspace, ctx.env);
  try {
    const result = await importInto(db, values, ctx);
    for (const report of result.reports) ctx.stdout.write(formatImportReport(report, ctx.language));
    if (result.blocked) {
      ctx.stderr.write(line(ctx.language, 'cli.error', { message: message('cli.importBlocked') }));
      return EXIT_BAD_INPUT;
    }
    return values['dry-run'] && result.reports.some((r) => r.errors.length > 0) ? EXIT_BAD_INPUT : 0;
  } finally {
    db.close();
  }
}

/** Checks the named files against the database, then writes them together when allowed. */
export async function importInto(
  db: Database,
  values: { visits?: string; officers?: string; 'dry-run'?: boolean; 'valid-rows-only'?: boolean; date?: string; coords?: string },
  ctx: Pick<CliContext, 'clock'>,
): Promise<{ reports: CheckedImport['report'][]; blocked: boolean }> {
  if (!values.visits && !values.officers) {
    throw usageError('cli.noImportFile');
  }
  const coords = values.coords === undefined ? undefined : CoordSystem.safeParse(values.coords.toLowerCase());
  if (coords && !coords.success) {
    throw usageError('cli.badCoords');
  }
  const files: [ImportKind, string | undefined][] = [
    ['officers', values.officers],
    ['visits', values.visits],
  ];
  const checked: CheckedImport[] = [];
  for (const [kind, file] of files) {
    if (!file) continue;
    checked.push(
      await checkFile(db, {
        kind,
        fileName: path.basename(file),
        bytes: readInputFile(file),
        dryRun: values['dry-run'] ?? false,
        validRowsOnly: values['valid-rows-only'] ?? false,
        defaultDate: values.date ? dateFlag(values.date) : undefined,
        defaultCoordSystem: coords?.data,
        actor: 'cli',
      }),
    );
  }
  if (values['dry-run']) return { reports: checked.map((c) => c.report), blocked: false };
  if (!checked.every(isWritable)) return { reports: checked.map((c) => c.report), blocked: true };
  return { reports: writeChecked(db, checked, ctx.clock), blocked: false };
}
