// Solver benchmark: `npm run bench [-- options]`. Figures, not assertions: run it on the target machine.
//   --only solomon,homberger,scale,incremental   sections to run (default: all four)
//   --data DIR                        benchmark folder with solomon/, homberger/, bks.csv (default ../shared/data)
//   --seconds S                       per Solomon instance (default 30); --gh-seconds (default 60)
//   --filter TEXT                     only instances whose name starts with TEXT (e.g. R1, RC2, C101)
//   --threads T                       cooperating searches per instance or scale day, one worker thread each (default 2)
//   --jobs J                          instances solved side by side, one process each (default cores / threads)
//   --scale-sizes 1000,5000,10000     synthetic dispatch days (officers = visits / 25); --scale-seconds (60)
//   --reference-seconds R             long reference run for the 5,000-visit day (default 600; 0 skips)
// Every solution is re-checked here by the independent checker (shared/benchmark) before it counts.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSolomon } from '../shared/benchmark/solomon-instance';
import { verifySolomon } from '../shared/benchmark/verify-solomon';
import { SPLIT_FROM_VISITS } from '../shared/solver/exchange';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'solomon,homberger,scale,incremental' },
    data: { type: 'string', default: resolve(process.cwd(), '..', 'shared', 'data') },
    seconds: { type: 'string', default: '30' },
    'gh-seconds': { type: 'string', default: '60' },
    filter: { type: 'string', default: '' },
    threads: { type: 'string', default: '2' },
    jobs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'scale-sizes': { type: 'string', default: '1000,5000,10000' },
    'scale-seconds': { type: 'string', default: '60' },
    'reference-seconds': { type: 'string', default: '600' },
  },
});
const sections = new Set(values.only.split(','));
const threads = Math.max(1, Number(values.threads));
const jobs = Math.max(1, values.jobs === undefined ? Math.floor(availableParallelism() / threads) : Number(values.jobs));
const seed = values.seed;
const CLI = resolve(process.cwd(), 'electron', 'cli', 'main.ts');

interface Bks {
  vehicles: number;
  distance: number;
}
const bks = readBks(join(values.data, 'bks.csv'));

console.log(`Solver benchmark — Node ${process.version}, ${availableParallelism()} cores, seed ${seed}`);
if (sections.has('solomon')) await runSet('Solomon', join(values.data, 'solomon'), Number(values.seconds));
if (sections.has('homberger')) await runSet('Gehring–Homberger 200', join(values.data, 'homberger'), Number(values['gh-seconds']));
if (sections.has('scale')) await runScale();
if (sections.has('incremental')) await runIncremental();

interface Row {
  name: string;
  vehicles: number;
  distance: number;
  bks?: Bks;
  seconds: number;
  ok: boolean;
  problem?: string;
}

async function runSet(title: string, dir: string, seconds: number): Promise<void> {
  if (!existsSync(dir)) {
    console.log(`\n${title}: no folder ${dir}; skipped.`);
    return;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byInstanceName)
    .filter((f) => f.toUpperCase().startsWith(values.filter.toUpperCase()));
  console.log(`\n${title}: ${files.length} instances, ${seconds} s each, ${jobs} at a time, ${threads} cooperating search thread(s) each`);
  const rows = await pool(files, jobs, async (file) => solveFile(join(dir, file), seconds));
  printTable(rows);
}

async function solveFile(path: string, seconds: number): Promise<Row> {
  const instance = parseSolomon(readFileSync(path, 'utf8'));
  const name = instance.name;
  const t0 = performance.now();
  const out = await run([
    CLI,
    'solve',
    '--format',
    'solomon',
    path,
    '--seconds',
    String(seconds),
    '--seed',
    seed,
    '--threads',
    String(threads),
  ]);
  const elapsed = (performance.now() - t0) / 1000;
  const reference = bks.get(name.toUpperCase());
  try {
    const printed = JSON.parse(out.stdout) as { vehicles: number; distance: number; routes: number[][] };
    const check = verifySolomon(instance, { routes: printed.routes });
    const row: Row = {
      name,
      vehicles: check.vehicles,
      distance: check.distance,
      bks: reference,
      seconds: elapsed,
      ok: check.ok,
      problem: check.ok ? undefined : check.problems[0],
    };
    process.stderr.write(
      `  ${name}: ${row.vehicles} / ${row.distance.toFixed(2)}${reference ? ` (best known ${reference.vehicles} / ${reference.distance})` : ''}\n`,
    );
    return row;
  } catch {
    return { name, vehicles: 0, distance: 0, bks: reference, seconds: elapsed, ok: false, problem: out.stderr.trim().split('\n').pop() };
  }
}

function printTable(rows: Row[]): void {
  console.log('instance   | veh  bks |   distance        bks   gap % | seconds | checker');
  for (const r of rows) {
    const gap = r.bks && r.vehicles === r.bks.vehicles ? pct(r.distance, r.bks.distance) : '';
    console.log(
      `${r.name.padEnd(10)} | ${pad(r.vehicles, 3)} ${pad(r.bks?.vehicles ?? '?', 4)} | ${pad(r.distance.toFixed(2), 10)} ` +
        `${pad(r.bks?.distance.toFixed(2) ?? '?', 10)} ${pad(gap, 7)} | ${pad(r.seconds.toFixed(1), 7)} | ${r.ok ? 'ok' : `FAILED: ${r.problem ?? ''}`}`,
    );
  }
  const classes = new Map<string, Row[]>();
  for (const r of rows) {
    const cls = r.name.toUpperCase().replace(/[_\d].*$/, '') + (r.name.match(/^[A-Za-z]+(\d)/)?.[1] ?? '');
    classes.set(cls, [...(classes.get(cls) ?? []), r]);
  }
  console.log('\nclass  | instances  vehicles (bks)  bks vehicles matched | distance where matched (bks)   gap %');
  for (const [cls, list] of [...classes, ['ALL', rows] as [string, Row[]]]) summarise(cls, list);
}

function summarise(cls: string, rows: Row[]): void {
  const valid = rows.filter((r) => r.ok && r.bks);
  const vehicles = valid.reduce((n, r) => n + r.vehicles, 0);
  const bksVehicles = valid.reduce((n, r) => n + (r.bks?.vehicles ?? 0), 0);
  const matched = valid.filter((r) => r.vehicles <= (r.bks?.vehicles ?? 0));
  const distance = matched.reduce((n, r) => n + r.distance, 0);
  const bksDistance = matched.reduce((n, r) => n + (r.bks?.distance ?? 0), 0);
  console.log(
    `${cls.padEnd(6)} | ${pad(rows.length, 9)} ${pad(vehicles, 9)} ${pad(`(${bksVehicles})`, 6)} ${pad(`${matched.length}/${rows.length}`, 21)} | ` +
      `${pad(distance.toFixed(2), 12)} ${pad(`(${bksDistance.toFixed(2)})`, 13)} ${pad(pct(distance, bksDistance), 7)}` +
      (valid.length < rows.length ? `   ${rows.length - valid.length} failed the check` : ''),
  );
}

async function runScale(): Promise<void> {
  const sizes = values['scale-sizes']
    .split(',')
    .filter((s) => s !== '')
    .map(Number);
  const seconds = Number(values['scale-seconds']);
  const referenceSeconds = Number(values['reference-seconds']);
  const how =
    threads > 1
      ? `${threads} cooperating search threads as the app runs them (from ${SPLIT_FROM_VISITS} visits each works on its share of the day), one process per run`
      : 'one search thread in one process per run';
  console.log(
    `\nScale series: synthetic dispatch days, officers = visits / 25, ${seconds} s budget, ${how}; the reference run is planned the same way`,
  );
  console.log('visits officers | matrix s  first feasible s  assigned | after budget: assigned  travel h  used | checker  peak MiB');
  for (const visits of sizes) {
    const officers = Math.max(1, Math.round(visits / 25));
    const r = await scalePoint(visits, officers, seconds);
    console.log(
      `${pad(visits, 6)} ${pad(officers, 8)} | ${pad(r.matrixSec.toFixed(1), 8)} ${pad(r.firstFeasibleSec.toFixed(2), 17)} ${pad(r.firstAssigned, 9)} | ` +
        `${pad(r.assigned, 22)} ${pad((r.travelSec / 3600).toFixed(1), 9)} ${pad(r.officersUsed, 5)} | ${pad(r.checkerOk ? 'ok' : 'BAD', 7)} ${pad(r.peakMiB.toFixed(0), 9)}`,
    );
    if (visits === 5000 && referenceSeconds > 0) {
      const ref = await scalePoint(visits, officers, referenceSeconds);
      const verdict =
        ref.assigned === r.assigned
          ? `places as many visits, travel ${pct(r.travelSec, ref.travelSec)} % vs the reference`
          : `places ${Math.abs(ref.assigned - r.assigned)} ${r.assigned < ref.assigned ? 'fewer' : 'more'} visits (${pct(r.assigned, ref.assigned)} %), travel ${pct(r.travelSec, ref.travelSec)} %`;
      console.log(
        `${pad(visits, 6)} ${pad(officers, 8)} | reference run ${referenceSeconds} s: assigned ${ref.assigned}, travel ${(ref.travelSec / 3600).toFixed(1)} h, ` +
          `checker ${ref.checkerOk ? 'ok' : 'BAD'}; the ${seconds} s plan ${verdict}`,
      );
      // The planner's own cost is led by the visits left out, weighted 10^(priority − 1).
      console.log(
        `${' '.repeat(16)}| placed by priority 1..5: ${seconds} s [${r.placedByPriority.join(', ')}], reference [${ref.placedByPriority.join(', ')}]; ` +
          `left-out weight ${r.leftOutUnits} vs ${ref.leftOutUnits} (${pct(r.leftOutUnits, ref.leftOutUnits)} %)`,
      );
    }
  }
}

async function runIncremental(): Promise<void> {
  console.log('\nIncremental use: a 600-visit day for 70 officers planned for 10 s, then one visit changed');
  const out = await run([resolve(process.cwd(), 'scripts', 'bench-incremental.ts'), '--seed', seed]);
  const r = JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}') as {
    assigned: number;
    reoptimiseMs: number;
    reoptimisedAssigned: number;
    visitsMovedToAnotherOfficer: number;
    reoptimiseChecker: boolean;
    insertMs: number;
    urgentPlaced: boolean;
    insertChecker: boolean;
    insertKeptOthers: boolean;
  };
  console.log(
    `re-optimise after one window changed: ${r.reoptimiseMs.toFixed(0)} ms (500 ms budget), ${r.reoptimisedAssigned} of ${r.assigned} still placed, ` +
      `${r.visitsMovedToAnotherOfficer} visit(s) moved to another officer, checker ${r.reoptimiseChecker ? 'ok' : 'BAD'}`,
  );
  console.log(
    `insert one urgent visit: ${r.insertMs.toFixed(0)} ms, ${r.urgentPlaced ? 'placed' : 'not placed (no room)'}, other stops ${r.insertKeptOthers ? 'unchanged' : 'CHANGED'}, checker ${r.insertChecker ? 'ok' : 'BAD'}`,
  );
}

interface ScalePoint {
  matrixSec: number;
  firstFeasibleSec: number;
  firstAssigned: number;
  assigned: number;
  travelSec: number;
  officersUsed: number;
  checkerOk: boolean;
  peakMiB: number;
  placedByPriority: number[];
  leftOutUnits: number;
}

async function scalePoint(visits: number, officers: number, seconds: number): Promise<ScalePoint> {
  const out = await run([
    resolve(process.cwd(), 'scripts', 'bench-scale.ts'),
    '--visits',
    String(visits),
    '--officers',
    String(officers),
    '--seconds',
    String(seconds),
    '--seed',
    seed,
    '--threads',
    String(threads),
  ]);
  try {
    return JSON.parse(out.stdout.trim().split('\n').pop() ?? '') as ScalePoint;
  } catch {
    throw new Error(`Scale run ${visits} failed: ${out.stderr}`);
  }
}

/** Runs a TypeScript entry point in a child Node with this process's loader (tsx). */
function run(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ stdout, stderr, code: code ?? 1 }));
  });
}

async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(lanes);
  return results;
}

function readBks(path: string): Map<string, Bks> {
  const map = new Map<string, Bks>();
  if (!existsSync(path)) return map;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    const [name, vehicles, distance] = line.split(',');
    if (name && vehicles && distance) map.set(name.trim().toUpperCase(), { vehicles: Number(vehicles), distance: Number(distance) });
  }
  return map;
}

function byInstanceName(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function pct(value: number, reference: number): string {
  return reference > 0 ? ((100 * (value - reference)) / reference).toFixed(2) : '';
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}
