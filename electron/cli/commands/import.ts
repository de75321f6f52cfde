import path from 'node:path';
import type { Api } from '../../../shared/api/contract';
import type { ImportKind, ImportReport } from '../../../shared/api/import-report';
import { CoordSystem, type LocalDate } from '../../../shared/domain';
import { dateFlag, parseFlags } from '../args';
import { checkInputFiles, openOrCreateWorkspace, readInputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { formatImportReport } from '../report';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { message } from '../../../shared/i18n';
import { line } from '../language';
import { importMappingCommand, mappingsOfFiles } from './import-mapping';

export const importFlags = {
  db: { type: 'string' },
  workspace: { type: 'string' },
  visits: { type: 'string' },
  officers: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'valid-rows-only': { type: 'boolean' },
  date: { type: 'string' },
  coords: { type: 'string' },
  /** The coordinate system of rows without a coord_system (`--coords` is its older name); else the workspace's. */
  crs: { type: 'string' },
  mapping: { type: 'string', multiple: true },
} as const;

/**
 * `import --db FILE --visits F --officers F [--dry-run] [--valid-rows-only] [--mapping NAME]`:
 * checks both files first, then writes both in one transaction. Any error writes nothing unless
 * --valid-rows-only. `import mapping save|list` keeps the saved column mappings.
 */
export async function importCommand(argv: string[], ctx: CliContext): Promise<number> {
  if (argv[0] === 'mapping') return importMappingCommand(argv.slice(1), ctx);
  const { values } = parseFlags(argv, importFlags);
  // A mistyped file name makes no new workspace.
  checkInputFiles([values.visits, values.officers]);
  const backend = openCliBackend(openOrCreateWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const result = await importInto(backend.api, values);
    for (const report of result.reports) ctx.stdout.write(formatImportReport(report, ctx.language));
    if (result.plansNeedingAttention.length > 0)
      ctx.stdout.write(
        line(ctx.language, 'cli.plansNeedAttention', { dates: result.plansNeedingAttention, count: result.plansNeedingAttention.length }),
      );
    if (result.blocked) {
      ctx.stderr.write(line(ctx.language, 'cli.error', { message: message('cli.importBlocked') }));
      return EXIT_BAD_INPUT;
    }
    return values['dry-run'] && result.reports.some((r) => r.errors.length > 0) ? EXIT_BAD_INPUT : 0;
  } finally {
    backend.close();
  }
}

/** Sends the named files to `import.files`; `blocked` when errors kept them from being written. */
export async function importInto(
  api: Api,
  values: {
    visits?: string;
    officers?: string;
    'dry-run'?: boolean;
    'valid-rows-only'?: boolean;
    date?: string;
    coords?: string;
    crs?: string;
    /** Saved column mappings by name, each for the given file of its kind. */
    mapping?: string[];
  },
): Promise<{ reports: ImportReport[]; plansNeedingAttention: LocalDate[]; blocked: boolean }> {
  if (!values.visits && !values.officers) {
    throw usageError('cli.noImportFile');
  }
  const crs = values.crs ?? values.coords;
  const coords = crs === undefined ? undefined : CoordSystem.safeParse(crs.toLowerCase());
  if (coords && !coords.success) {
    throw usageError('cli.badCoords');
  }
  const named: [ImportKind, string | undefined][] = [
    ['officers', values.officers],
    ['visits', values.visits],
  ];
  const mappings = await mappingsOfFiles(
    api,
    values.mapping ?? [],
    named.flatMap(([kind, file]) => (file ? [kind] : [])),
  );
  const files = named.flatMap(([kind, file]) =>
    file
      ? [
          {
            kind,
            fileName: path.basename(file),
            contentBase64: Buffer.from(readInputFile(file)).toString('base64'),
            mapping: mappings.get(kind),
          },
        ]
      : [],
  );
  const dryRun = values['dry-run'] ?? false;
  const validRowsOnly = values['valid-rows-only'] ?? false;
  const { reports, plansNeedingAttention } = await api['import.files']({
    files,
    dryRun,
    validRowsOnly,
    defaultDate: values.date ? dateFlag(values.date) : undefined,
    coordSystem: coords?.data,
  });
  return { reports, plansNeedingAttention, blocked: !dryRun && !validRowsOnly && reports.some((r) => r.errors.length > 0) };
}
