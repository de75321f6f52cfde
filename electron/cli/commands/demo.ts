import path from 'node:path';
import { DEMO_DEFAULTS, demoFiles } from '../../backend/services/demo-service';
import { localToday } from '../../backend/services/workspace-service';
import { dateFlag, intFlag, parseFlags, required } from '../args';
import { writeOutputFile, type CliContext } from '../context';
import { message } from '../../../shared/i18n';
import { line } from '../language';

/** `demo --out DIR [--visits N --officers M --seed S --date D]`: writes a synthetic day's CSV files. */
export function demoCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseFlags(argv, {
    out: { type: 'string' },
    visits: { type: 'string' },
    officers: { type: 'string' },
    seed: { type: 'string' },
    date: { type: 'string' },
  });
  const out = required(values.out, 'out');
  const request = {
    date: values.date ? dateFlag(values.date) : localToday(ctx.clock),
    visits: intFlag(values.visits, 'visits', DEMO_DEFAULTS.visits, 1, 20_000),
    officers: intFlag(values.officers, 'officers', DEMO_DEFAULTS.officers, 1, 1_000),
    seed: intFlag(values.seed, 'seed', 1, 0, 2 ** 31 - 1),
  };
  const files = demoFiles(request);
  writeOutputFile(path.join(out, 'visits.csv'), files.visitsCsv);
  writeOutputFile(path.join(out, 'officers.csv'), files.officersCsv);
  ctx.stdout.write(
    line(ctx.language, 'cli.demoWritten', {
      visits: message('cli.visitCount', { count: request.visits }),
      officers: message('cli.officerCount', { count: request.officers }),
      date: request.date,
      out,
    }),
  );
  return 0;
}
