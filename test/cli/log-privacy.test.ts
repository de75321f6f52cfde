import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDir();
const DATE = '2026-11-23';

/**
 * The command line as a shell runs it (its own process, through the entry point that opens the
 * log), with the user-data folder in `userData`; debug entries on, so every handler call is logged.
 */
function dispatch(userData: string, args: string[]): { code: number | null; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DISPATCH_USER_DATA: userData, DISPATCH_DEBUG: '1', LANG: 'en_US.UTF-8' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli/main.ts'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: result.status, stderr: result.stderr };
}

function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
    .data;
}

/** Every file under `dir` as text, by path relative to it. */
function readAll(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), fs.readFileSync(file, 'utf8')];
    }),
  );
}

describe('the log keeps borrowers’ data out (issue 21)', () => {
  it('imports, plans and exports the demo day, and its log names no customer, phone or address', () => {
    const dir = tempDir();
    const userData = path.join(dir, 'user-data');
    const db = path.join(dir, 'day.sqlite');
    const steps = [
      ['demo', '--out', dir, '--visits', '40', '--officers', '4', '--seed', '5', '--date', DATE],
      ['import', '--db', db, '--visits', path.join(dir, 'visits.csv'), '--officers', path.join(dir, 'officers.csv')],
      ['plan', '--date', DATE, '--db', db, '--seconds', '1', '--out', path.join(dir, 'plan.json')],
      ['export', '--db', db, '--date', DATE, '--format', 'bundle', '--lang', 'zh', '--out', path.join(dir, 'out')],
      ['export', '--db', db, '--date', DATE, '--format', 'csv', '--profile', 'supervisor', '--out', path.join(dir, 'csv')],
    ];
    for (const args of steps) {
      const result = dispatch(userData, args);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(0);
    }

    const logs = readAll(path.join(userData, 'logs'));
    expect(Object.keys(logs)).toEqual(['cli.log']);
    const log = logs['cli.log'];
    for (const command of ['demo', 'import', 'plan', 'export']) {
      expect(log).toMatch(new RegExp(`\\[info\\] \\[cli\\] cli\\.start command=${command} `));
      expect(log).toMatch(new RegExp(`\\[info\\] \\[cli\\] cli\\.end command=${command} exitCode=0 ms=\\d+`));
    }
    expect(log).toMatch(/\[debug\] \[cli\] call method=[\w.]+ ms=\d+ result=ok/);

    // What the demo files hold about people: customers' names, phones, addresses, IDs and remarks,
    // and the officers' names.
    const visits = readCsv(path.join(dir, 'visits.csv'));
    const officers = readCsv(path.join(dir, 'officers.csv'));
    const personal = [
      ...visits.flatMap((v) => [v.customer_name, v.phone, v.address, v.customer_id, v.notes]),
      ...officers.map((o) => o.name),
    ].filter((value) => value !== undefined && value.trim().length >= 2);
    expect(personal.length).toBeGreaterThan(4 * visits.length);
    const traces = Object.values({ ...logs, ...readAll(path.join(userData, 'crash-reports')) }).join('\n');
    expect(personal.filter((value) => traces.includes(value))).toEqual([]);
    // Nor a part of one: the family names, phone tails and street names a careless line would carry.
    expect(traces).not.toMatch(/[\u4e00-\u9fff]/);
    const tails = visits.map((v) => v.phone.replace(/\D/g, '').slice(-8));
    expect(tails.filter((tail) => tail.length === 8 && traces.includes(tail))).toEqual([]);
    // Nor where the files are: paths name the user and may name a customer.
    expect(traces).not.toContain(dir);
  }, 180_000);
});
