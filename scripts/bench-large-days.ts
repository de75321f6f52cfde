// Large days without full matrices (issue 20): `npm run bench:scale [-- options]`.
//   --sizes 5000,10000     synthetic demo days (officers = visits / 25, as in `npm run bench`)
//   --seconds S            search budget per run (default 60)
//   --threads T            cooperating searches in worker threads, as the app plans (default 2)
//   --full-limit-gib G     run the full-matrix comparison only when its tables fit in G GiB (default 1.5)
// Each size is planned twice, each run in its own process (so its peak memory is its own): from the
// pairs a large day fetches, and from the full matrix. Travel is the straight-line model behind a
// counter: "pairs asked" is what a road server would have been asked for.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5000,10000' },
    seconds: { type: 'string', default: '60' },
    threads: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    'full-limit-gib': { type: 'string', default: '1.5' },
  },
});
const POINT = resolve(process.cwd(), 'scripts', 'bench-large-day-point.ts');
const GIB = 2 ** 30;
/** Travel modes of the demo roster (scooter, driving, transit, cycling): one duration table each, plus metres. */
const DEMO_TABLES = 5;

console.log(
  `Large days — Node ${process.version}, ${availableParallelism()} cores, ${values.seconds} s per run, ${values.threads} threads, seed ${values.seed}`,
);
for (const visits of values.sizes.split(',').map(Number)) {
  const officers = Math.max(1, Math.round(visits / 25));
  console.log(`\n${visits.toLocaleString('en')} visits, ${officers} officers`);
  const sparse = run(visits, officers, 'sparse');
  if (sparse) print('fetched pairs', sparse);
  const n = visits + 2 * officers;
  const needGiB = (n * n * 4 * DEMO_TABLES) / GIB;
  if (needGiB > Number(values['full-limit-gib'])) {
    console.log(`  full matrix:   not attempted, would need ${needGiB.toFixed(1)} GiB for its tables alone`);
    continue;
  }
  const full = run(visits, officers, 'full');
  if (full) print('full matrix', full);
}

type Point = Record<string, number | boolean | string | null>;

function run(visits: number, officers: number, travel: 'sparse' | 'full'): Point | null {
  const args = [
    'tsx',
    POINT,
    '--visits',
    String(visits),
    '--officers',
    String(officers),
    '--seconds',
    values.seconds,
    '--threads',
    values.threads,
    '--seed',
    values.seed,
    '--travel',
    travel,
  ];
  const out = spawnSync('npx', args, { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !line.startsWith('{')) {
    console.log(`  ${travel}: failed (${out.status}): ${out.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return null;
  }
  return JSON.parse(line) as Point;
}

function print(label: string, p: Point): void {
  const share = ((100 * Number(p.pairsAsked)) / Number(p.squarePairs)).toFixed(2);
  const asked = `${Number(p.pairsAsked).toLocaleString('en')} pairs asked (${share} % of n² × ${p.modes} modes) in ${p.requests} requests`;
  const settling =
    Number(p.pairsSettling) > 0 ? `, of which ${Number(p.pairsSettling).toLocaleString('en')} to settle the plan's legs` : '';
  console.log(`  ${label.padEnd(14)} ${asked}${settling}`);
  console.log(
    `  ${''.padEnd(14)} peak memory ${p.maxRssMiB} MiB resident (sampled: rss ${p.peakRssMiB}, heap ${p.peakHeapMiB}, buffers ${p.peakBuffersMiB} MiB)`,
  );
  console.log(
    `  ${''.padEnd(14)} cost ${p.cost} · ${p.assigned} placed, left-out weight ${p.leftOutWeight}, travel ${Number(p.travelHours).toFixed(1)} h, ${p.officersUsed} officers · checker ${p.checkerOk ? 'ok' : 'FAILED'} · travel ${Number(p.travelSec).toFixed(1)} s, settling ${Number(p.settleSec).toFixed(1)} s`,
  );
}
