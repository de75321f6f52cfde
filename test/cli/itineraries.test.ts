import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';

const DATE = '2026-11-23';
const run = (...args: string[]) => runCliCaptured(args);

function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
    .data;
}

/** What a person (or a search tool) reads in a file of the bundle: PDF text, the workbook's XML, unfolded calendar lines. */
function readable(name: string, bytes: Uint8Array, dir: string): string {
  if (name.endsWith('.pdf')) {
    const file = path.join(dir, 'scan.pdf');
    fs.writeFileSync(file, bytes);
    // Content order and page layout both: neither may hold a full number the other splits.
    const text = (args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
    return `${text(['-raw'])}\n${text(['-layout', '-nodiag'])}`;
  }
  if (name.endsWith('.xlsx')) {
    return Object.values(unzipSync(bytes))
      .map((part) => strFromU8(part))
      .join('\n');
  }
  const text = strFromU8(bytes);
  return name.endsWith('.ics') ? text.replace(/\r\n[ \t]/g, '') : text;
}

describe('itineraries from the command line', () => {
  // One planned workspace for every case (useTempDir would remove it after the first).
  let dir: string;
  let db: string;
  let visits: Record<string, string>[];
  let plan: { routes: { officer_id: string; stops: { visit_id: string }[] }[] };

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-itineraries-'));
    db = await plannedDemoWorkspace(dir, { date: DATE, visits: 40, officers: 3, seed: 2, seconds: 1 });
    visits = readCsv(path.join(dir, 'visits.csv'));
    plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8'));
  }, 60_000);

  it('writes the officers’ bundle as one ZIP whose every file keeps full phones, customer IDs and amounts out', async () => {
    const out = path.join(dir, 'bundle');
    const result = await run('export', '--db', db, '--date', DATE, '--format', 'bundle', '--lang', 'zh', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/个走访已派发/);
    expect(fs.readdirSync(out)).toEqual([`itineraries-${DATE}.zip`]);
    const entries = unzipSync(new Uint8Array(fs.readFileSync(path.join(out, `itineraries-${DATE}.zip`))));
    const names = Object.keys(entries);
    const routed = plan.routes.filter((r) => r.stops.length > 0);
    expect(names).toContain(`dispatcher-summary-${DATE}.xlsx`);
    for (const route of routed) {
      const folder = names.find((n) => n.startsWith(`${route.officer_id} `))!.split('/')[0];
      for (const file of ['route-sheet', 'itinerary', 'calendar', 'route', 'navigation']) {
        expect(names.some((n) => n.startsWith(`${folder}/${file}-${DATE}-${route.officer_id}.`))).toBe(true);
      }
    }

    const phones = visits.map((v) => v.phone);
    const customerIds = visits.map((v) => v.customer_id);
    // Amounts with cents cannot be mistaken for a distance or a time.
    const amounts = visits.map((v) => v.overdue_amount).filter((a) => a && !a.endsWith('.00'));
    expect(amounts.length).toBeGreaterThan(0);
    for (const [name, bytes] of Object.entries(entries)) {
      if (name.endsWith('/')) continue;
      const text = readable(name, bytes, dir);
      for (const phone of phones) expect(text, `${name} holds the phone ${phone}`).not.toContain(phone);
      for (const id of customerIds) expect(text, `${name} holds the customer ID ${id}`).not.toContain(id);
      for (const amount of amounts) expect(text, `${name} holds the amount ${amount}`).not.toContain(amount);
    }

    // The same scan finds them in a supervisor's copy: it reads what the files really say.
    const full = path.join(dir, 'supervisor');
    expect((await run('export', '--db', db, '--date', DATE, '--format', 'bundle', '--profile', 'supervisor', '--out', full)).code).toBe(0);
    const supervisorEntries = unzipSync(new Uint8Array(fs.readFileSync(path.join(full, `itineraries-${DATE}.zip`))));
    for (const kind of ['.pdf', '.xlsx', '.ics']) {
      const [name, bytes] = Object.entries(supervisorEntries).find(([n]) => n.endsWith(kind))!;
      const text = readable(name, bytes, dir);
      expect(
        phones.some((phone) => text.includes(phone)),
        `${name} shows full phones`,
      ).toBe(true);
    }
  }, 60_000);

  it('prints route sheets whose text holds the customers’ Chinese names and codes in route order', async () => {
    const out = path.join(dir, 'sheets');
    const result = await run('export', '--db', db, '--date', DATE, '--format', 'pdf', '--lang', 'zh', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const csvOut = path.join(dir, 'csv');
    expect((await run('export', '--db', db, '--date', DATE, '--format', 'csv', '--lang', 'en', '--out', csvOut)).code).toBe(0);
    const nameOf = new Map(visits.map((v) => [v.visit_id, v.customer_name]));
    for (const route of plan.routes.filter((r) => r.stops.length > 0)) {
      const text = execFileSync('pdftotext', ['-layout', path.join(out, `route-sheet-${DATE}-${route.officer_id}.pdf`), '-'], {
        encoding: 'utf8',
      });
      const codes = readCsv(path.join(csvOut, `itinerary-${DATE}-${route.officer_id}.csv`)).filter((r) => r.visit_id);
      expect(codes.map((r) => r.visit_id)).toEqual(route.stops.map((s) => s.visit_id));
      let from = 0;
      for (const [i, stop] of route.stops.entries()) {
        const name = nameOf.get(stop.visit_id)!;
        expect(name).toMatch(/^[\u4e00-\u9fff]+$/);
        const at = text.indexOf(name, from);
        expect(at, `${name} after position ${from}`).toBeGreaterThanOrEqual(0);
        const codeAt = text.indexOf(codes[i].verification_code, at);
        expect(codeAt).toBeGreaterThan(at);
        from = at + name.length;
      }
    }
  }, 60_000);

  it('verifies every code of the dispatched day, and rejects altered ones', async () => {
    const out = path.join(dir, 'codes');
    expect((await run('export', '--db', db, '--date', DATE, '--format', 'csv', '--profile', 'supervisor', '--out', out)).code).toBe(0);
    const rows = fs.readdirSync(out).flatMap((file) =>
      readCsv(path.join(out, file))
        .filter((r) => r.visit_id)
        .map((r) => ({ visit_id: r.visit_id, verification_code: r.verification_code, officer: /-(OF-[^.]+)\.csv$/.exec(file)![1] })),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const checked = await run('verify', '--db', db, '--code', row.verification_code, '--date', DATE, '--json');
      expect(checked.code).toBe(0);
      expect(JSON.parse(checked.stdout)).toEqual({ genuine: true, visit_id: row.visit_id, officer_id: row.officer, date: DATE });
    }
    const code = rows[0].verification_code;
    const altered = code.slice(0, 3) + String((Number(code[3]) + 5) % 10) + code.slice(4);
    const rejected = await run('verify', '--db', db, '--code', altered, '--date', DATE, '--json');
    expect(JSON.parse(rejected.stdout)).toEqual({ genuine: false, visit_id: null, officer_id: null, date: DATE });
    const sentence = await run('verify', '--db', db, '--code', altered, '--date', DATE, '--lang', 'zh');
    expect(sentence.stdout).toMatch(/无效/);
  }, 60_000);

  it('refuses an unknown officer, an unknown format and a day without a plan with a sentence and exit code 2', async () => {
    const out = path.join(dir, 'refused');
    const unknownOfficer = await run('export', '--db', db, '--date', DATE, '--format', 'pdf', '--officer', 'OF-999', '--out', out);
    expect(unknownOfficer.code).toBe(2);
    expect(unknownOfficer.stderr).toMatch(/no officer OF-999/);
    const unknownFormat = await run('export', '--db', db, '--date', DATE, '--format', 'docx', '--out', out);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toMatch(/--format must be one of bundle, pdf, xlsx, csv, ics, gpx, geojson, json/);
    const noPlan = await run('export', '--db', db, '--date', '2026-11-30', '--format', 'pdf', '--out', out);
    expect(noPlan.code).toBe(2);
    expect(noPlan.stderr).toMatch(/no plan for 2026-11-30/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
