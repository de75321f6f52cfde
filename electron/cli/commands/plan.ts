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
import { importInto } from './import';

/**
 * `plan --date D (--db FILE | --visits F --officers F) [--seconds S] [--seed N] --out plan.json`.
 * With --db the plan becomes the day's current plan; with files it is planned in memory only.
 */
export async function planCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(argv, {
    date: { type: 'string' }, db: { type: 'string' }, workspace: { type: 'string' },
    visits: { type: 'string' }, officers: { type: 'string' }, coords: { type: 'string' },
    seconds: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' },
  });
  const date = dateFlag(values.date);
  const out = required(values.out, 'out');
  const seconds = numberFlag(values.seconds, 'seconds', 10, 0, 3600);
  const seed = intFlag(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const fromFiles = values.visits !== undefined || values.officers !== undefined;
  if (fromFiles && (values.db !== undefined || values.workspace !== undefined)) {
    throw usageError('Use either --db or --visits/--officers, not both.', '请只使用 --db 或 --visits/--officers 其中一种。');
  }
  if (fromFiles && (!values.visits || !values.officers)) {
    throw usageError('Planning from files needs both --visits FILE and --officers FILE.', '从文件规划需要同时提供 --visits 和 --officers。');
  }

  const db = fromFiles ? openDatabase(':memory:') : openWorkspace(values.db, values.workspace, ctx.env);
  try {
    if (fromFiles) {
      const imported = await importInto(db, { visits: values.visits, officers: values.officers, coords: values.coords, date }, ctx);
      if (imported.blocked) {
        for (const report of imported.reports) ctx.stderr.write(formatImportReport(report));
        ctx.stderr.write('Error: the input files have errors; nothing was planned.\n错误：输入文件有错误，未进行规划。\n');
        return EXIT_BAD_INPUT;
      }
    }
    let lastTenth = -1;
    const plan = await solveStoredDay(db, {
      date, seconds, seed,
      onProgress: (p) => {
        const tenth = Math.floor(p.fraction * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          ctx.stderr.write(`  ${p.phase} ${Math.round(p.fraction * 100)}%, ${p.assigned} assigned\n`);
        }
      },
    }, { ...defaultPlanningDeps(ctx.clock, ctx.nowMs), runPlanner: createWorkerRunPlanner({ workerFile: sourceWorkerFile() }) });
    const json = planToJson(plan, createOfficersRepo(db).list());
    writeOutputFile(out, JSON.stringify(json, null, 2) + '\n');
    ctx.stdout.write(formatPlanSummary(plan));
    return 0;
  } finally {
    db.close();
  }
}
