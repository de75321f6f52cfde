import { openDatabase } from '../../backend/db/open';
import { defaultPlanningDeps, solveStoredDay } from '../../backend/services/planning-service';
import { planToJson } from '../../backend/export/plan-json';
import { createWorkerRunPlanner } from '../../backend/solver-worker/worker-runner';
import { sourceWorkerFile } from '../../backend/solver-worker/worker-file';
import { createOfficersRepo } from '../../backend/db/repos/officers-repo';
import { dateFlag, intFlag, numberFlag, parseFlags, required } from '../args';
import { openWorkspace, writeOutputFile, type CliContext } from '../context';
import { formatImportReport, formatPlanSummary } from '../report';
import { EXIT_BAD_INPUT, usageError } from '../errors';
import { message } from '../../../shared/i18n';
import { line } from '../language';
import { importInto } from './import';

/**
 * `plan --date D (--db FILE | --visits F --officers F) [--seconds S] [--seed N] --out plan.json`.
 * With --db the plan becomes the day's current plan; with files it is planned in memory only.
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
  });
  const date = dateFlag(values.date);
  const out = required(values.out, 'out');
  const seconds = numberFlag(values.seconds, 'seconds', 10, 0, 3600);
  const seed = intFlag(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const fromFiles = values.visits !== undefined || values.officers !== undefined;
  if (fromFiles && (values.db !== undefined || values.workspace !== undefined)) {
    throw usageError('cli.dbOrFiles');
  }
  if (fromFiles && (!values.visits || !values.officers)) {
    throw usageError('cli.planNeedsBoth');
  }

  const db = fromFiles ? openDatabase(':memory:') : openWorkspace(values.db, values.workspace, ctx.env);
  try {
    if (fromFiles) {
      const imported = await importInto(db, { visits: values.visits, officers: values.officers, coords: values.coords, date }, ctx);
      if (imported.blocked) {
        for (const report of imported.reports) ctx.stderr.write(formatImportReport(report, ctx.language));
        ctx.stderr.write(line(ctx.language, 'cli.error', { message: message('cli.planInputBlocked') }));
        return EXIT_BAD_INPUT;
      }
    }
    let lastTenth = -1;
    const plan = await solveStoredDay(
      db,
      {
        date,
        seconds,
        seed,
        onProgress: (p) => {
          const tenth = Math.floor(p.fraction * 10);
          if (tenth > lastTenth) {
            lastTenth = tenth;
            ctx.stderr.write(
              `  ${line(ctx.language, 'cli.progress', {
                phase: message(p.phase === 'construct' ? 'cli.phaseConstruct' : 'cli.phaseImprove'),
                percent: Math.round(p.fraction * 100),
                assigned: p.assigned,
              })}`,
            );
          }
        },
      },
      { ...defaultPlanningDeps(ctx.clock, ctx.nowMs), runPlanner: createWorkerRunPlanner({ workerFile: sourceWorkerFile() }) },
    );
    const json = planToJson(plan, createOfficersRepo(db).list());
    writeOutputFile(out, JSON.stringify(json, null, 2) + '\n');
    ctx.stdout.write(formatPlanSummary(plan, ctx.language));
    return 0;
  } finally {
    db.close();
  }
}
