import { openDatabase } from '../../backend/db/open';
import { dateFlag, intFlag, numberFlag, parseFlags, required } from '../args';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { openCliBackend } from '../backend';
import { formatImportReport, formatPlanSummary } from '../report';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { message } from '../../../shared/i18n';
import { line } from '../language';
import { importInto } from './import';
import { routerFlags } from './router-flags';

const PHASE = { travel: 'cli.phaseTravel', construct: 'cli.phaseConstruct', improve: 'cli.phaseImprove' } as const;

/**
 * `plan --date D (--db FILE | --visits F --officers F) [--seconds S] [--seed N] --out plan.json`.
 * With --db the plan becomes the day's current plan; with files it is planned in memory only.
 * `--router osrm|valhalla|graphhopper|straight [--router-url URL]` asks that router for this run,
 * over the workspace's setting (its key and fallback choice still apply).
 */
export async function planCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    date: { type: 'string' },
    db: { type: 'string' },
    workspace: { type: 'string' },
    visits: { type: 'string' },
    officers: { type: 'string' },
    coords: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    router: { type: 'string' },
    'router-url': { type: 'string' },
  });
  const date = dateFlag(values.date);
  const out = required(values.out, 'out');
  const seconds = numberFlag(values.seconds, 'seconds', 10, 0, 600);
  const seed = intFlag(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const fromFiles = values.visits !== undefined || values.officers !== undefined;
  if (fromFiles && (values.db !== undefined || values.workspace !== undefined)) {
    throw usageError('cli.dbOrFiles');
  }
  if (fromFiles && (!values.visits || !values.officers)) {
    throw usageError('cli.planNeedsBoth');
  }

  const router = routerFlags(values.router, values['router-url']);
  const backend = openCliBackend(fromFiles ? openDatabase(':memory:') : openWorkspace(values.db, values.workspace, ctx), ctx, {
    ...(router && { router }),
  });
  try {
    if (fromFiles) {
      const imported = await importInto(backend.api, { visits: values.visits, officers: values.officers, coords: values.coords, date });
      if (imported.blocked) {
        for (const report of imported.reports) ctx.stderr.write(formatImportReport(report, ctx.language));
        ctx.stderr.write(line(ctx.language, 'cli.error', { message: message('cli.planInputBlocked') }));
        return EXIT_BAD_INPUT;
      }
    }
    let lastTenth = -1;
    let lastPhase: string | undefined;
    const stopProgress = backend.on('plans.progress', (p) => {
      const tenth = Math.floor(p.fraction * 10);
      // Asking a road server comes first: its tenths start again when the planner starts.
      if (p.phase !== lastPhase) lastTenth = -1;
      lastPhase = p.phase;
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      ctx.stderr.write(
        `  ${line(ctx.language, 'cli.progress', {
          phase: message(PHASE[p.phase ?? 'improve']),
          percent: Math.round(p.fraction * 100),
          assigned: p.assigned,
        })}`,
      );
    });
    const { changes: plan } = await backend.api['plans.solve']({ date, seconds, seed }).finally(stopProgress);
    const [json] = (await backend.api['exports.day']({ date, format: 'json' })).files;
    writeOutputFile(out, json.content);
    ctx.stdout.write(formatPlanSummary(plan, ctx.language));
    return 0;
  } finally {
    backend.close();
  }
}
