import path from 'node:path';
import type { DayCells } from '../../../shared/api/officer-days';
import { OfficerId, parseClockRange } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { sayDay } from '../../../shared/logic/day-words';
import { dateFlag, parseFlags, required } from '../args';
import { openCliBackend } from '../backend';
import { openWorkspace, readInputFile, type CliContext } from '../context';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { line } from '../language';
import { formatImportReport } from '../report';

/**
 * `officer availability --db FILE --file F [--dry-run] [--valid-rows-only]`: an availability file
 * (CSV in UTF-8/GBK, or XLSX) through the import pipeline; the plans of the days it changes are
 * re-checked. Any error writes nothing unless --valid-rows-only; a dry run writes nothing.
 */
export async function availabilityAction(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'valid-rows-only': { type: 'boolean' },
    lang: { type: 'string' },
  });
  const file = required(values.file, 'file');
  const contentBase64 = Buffer.from(readInputFile(file)).toString('base64');
  const dryRun = values['dry-run'] ?? false;
  const validRowsOnly = values['valid-rows-only'] ?? false;
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const { reports, plansNeedingAttention } = await backend.api['import.files']({
      files: [{ kind: 'availability', fileName: path.basename(file), contentBase64 }],
      dryRun,
      validRowsOnly,
    });
    for (const report of reports) ctx.stdout.write(formatImportReport(report, ctx.language));
    if (plansNeedingAttention.length > 0)
      ctx.stdout.write(line(ctx.language, 'cli.plansNeedAttention', { dates: plansNeedingAttention, count: plansNeedingAttention.length }));
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

/**
 * `officer day --db FILE --id ID --date D (--off | --shift HH:MM-HH:MM | --start LAT,LNG [--address A] | --clear) [--note T]`:
 * sets one officer's day as the week screen does (read by the availability file's rules, audited,
 * the day's plan re-checked), and says what the day now is.
 */
export async function dayAction(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    id: { type: 'string' },
    date: { type: 'string' },
    off: { type: 'boolean' },
    shift: { type: 'string' },
    start: { type: 'string' },
    address: { type: 'string' },
    note: { type: 'string' },
    clear: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const officerId = OfficerId.parse(required(values.id, 'id'));
  const date = dateFlag(values.date);
  const cells = values.clear ? null : dayCells(values);
  const backend = openCliBackend(openWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    const result = await backend.api['officers.setDay']({ officerId, date, cells });
    const officer = (await backend.api['officers.list']({})).find((o) => o.id === officerId);
    ctx.stdout.write(`${sayDay(`${officer?.name ?? officerId} (${officerId})`, date, result.day)[ctx.language]}\n`);
    const flagged = result.plans.filter((p) => p.problems > 0).map((p) => p.date);
    if (flagged.length > 0) ctx.stdout.write(line(ctx.language, 'cli.plansNeedAttention', { dates: flagged, count: flagged.length }));
    return 0;
  } finally {
    backend.close();
  }
}

/** The day's cells as the flags give them; the availability file's rules check them in the back end. */
function dayCells(values: { off?: boolean; shift?: string; start?: string; address?: string; note?: string }): DayCells {
  if (values.off && (values.shift !== undefined || values.start !== undefined)) throw usageError('cli.dayOffAndWork');
  if (!values.off && values.shift === undefined && values.start === undefined) throw usageError('cli.dayChoice');
  const cells: DayCells = { available: values.off ? 'no' : 'yes', note: values.note ?? '' };
  if (values.shift !== undefined) {
    const range = parseClockRange(values.shift.trim());
    if (!range) throw usageError('cli.notShiftRange', { value: values.shift });
    const [start, end] = values.shift.split('-').map((t) => t.trim());
    Object.assign(cells, { shift_start: start, shift_end: end });
  }
  if (values.start !== undefined) {
    const [lat, lng, extra] = values.start.split(',').map((t) => t.trim());
    if (!lat || !lng || extra !== undefined) throw usageError('cli.notLatLng', { value: values.start });
    Object.assign(cells, { start_lat: lat, start_lng: lng, start_address: values.address ?? '' });
  }
  return cells;
}
