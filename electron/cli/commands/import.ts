import type { Database } from 'better-sqlite3';
import { checkFile, isWritable, writeChecked, type CheckedImport } from '../../backend/services/import-service';
import { CoordSystem } from '../../../shared/domain';
import type { ImportKind } from '../../../shared/api/import-report';
import { dateFlag, parseFlags } from '../args';
import { openWorkspace, readInputFile, type CliContext } from '../context';
import { formatImportReport } from '../report';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import path from 'node:path';

export const importFlags = {
  db: { type: 'string' }, workspace: { type: 'string' }, visits: { type: 'string' }, officers: { type: 'string' },
  'dry-run': { type: 'boolean' }, 'valid-rows-only': { type: 'boolean' }, date: { type: 'string' }, coords: { type: 'string' },
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
    for (const report of result.reports) ctx.stdout.write(formatImportReport(report));
    if (result.blocked) {
      ctx.stderr.write(
        'Error: the files have errors, so nothing was imported. Fix the rows above, or add --valid-rows-only to import the valid rows.\n' +
        '错误：文件中有错误，因此未导入任何数据。请修正上述行，或加上 --valid-rows-only 仅导入有效行。\n',
      );
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
    throw usageError('Name a file to import with --visits FILE and/or --officers FILE.', '请用 --visits 文件 和/或 --officers 文件 指定要导入的文件。');
  }
  const coords = values.coords === undefined ? undefined : CoordSystem.safeParse(values.coords.toLowerCase());
  if (coords && !coords.success) {
    throw usageError('--coords must be wgs84, gcj02 or bd09.', '--coords 必须是 wgs84、gcj02 或 bd09。');
  }
  const files: [ImportKind, string | undefined][] = [['officers', values.officers], ['visits', values.visits]];
  const checked: CheckedImport[] = [];
  for (const [kind, file] of files) {
    if (!file) continue;
    checked.push(await checkFile(db, {
      kind, fileName: path.basename(file), bytes: readInputFile(file),
      dryRun: values['dry-run'] ?? false, validRowsOnly: values['valid-rows-only'] ?? false,
      defaultDate: values.date ? dateFlag(values.date) : undefined, defaultCoordSystem: coords?.data, actor: 'cli',
    }));
  }
  if (values['dry-run']) return { reports: checked.map((c) => c.report), blocked: false };
  if (!checked.every(isWritable)) return { reports: checked.map((c) => c.report), blocked: true };
  return { reports: writeChecked(db, checked, ctx.clock), blocked: false };
}
