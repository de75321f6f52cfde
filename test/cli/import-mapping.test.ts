import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

// Column mappings on the command line (issue 19): saved once, taken by name with --mapping, and
// applied by themselves to the next file with the same header row.

const LENDER_HEADER = '任务号,走访日,业务类型,借款人编号,借款人,联系方式,住址,LAT_WGS,LNG_WGS,可约时段,审批单据号';

/** A synthetic row of a lender's export (no real person). */
const lenderRow = (n: number) =>
  `LND-${n},2026-11-23,催收,C-LND-${n},测试客户${n},138 0000 0${String(n).padStart(3, '0')},测试路${n}号,31.23,121.47,09:00-12:00,AP-LND-${n}`;

const CHOICES = [
  '任务号=visit_id',
  '走访日=date',
  '业务类型=kind',
  '借款人编号=customer_id',
  '借款人=customer_name',
  '联系方式=phone',
  '住址=address',
  'LAT_WGS=lat',
  'LNG_WGS=lng',
  '可约时段=windows',
  '审批单据号=approval_ref',
].flatMap((choice) => ['--column', choice]);

describe('dispatch import --mapping', () => {
  const tempDir = useTempDir();

  it('saves a mapping, reads files by it by name or by their header row, and refuses a name nobody saved', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    const write = (name: string, lines: string[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, lines.join('\n') + '\n');
      return file;
    };
    const first = write('lender-1.csv', [LENDER_HEADER, lenderRow(1), lenderRow(2)]);
    const run = (...args: string[]) => runCliCaptured(args);

    const unmapped = await run('import', '--db', db, '--visits', first);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain('lacks 8 required columns');

    const badFlag = await run(
      'import',
      'mapping',
      'save',
      '--db',
      db,
      '--name',
      'Lender A',
      '--kind',
      'visits',
      '--file',
      first,
      '--column',
      '任务号',
    );
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--column "任务号" is not of the form HEADER=FIELD');
    const partial = await run(
      'import',
      'mapping',
      'save',
      '--db',
      db,
      '--name',
      'Lender A',
      '--kind',
      'visits',
      '--file',
      first,
      ...CHOICES.slice(0, 4),
    );
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('The column mapping "Lender A" was not saved. No column is read as');

    const saved = await run('import', 'mapping', 'save', '--db', db, '--name', 'Lender A', '--kind', 'visits', '--file', first, ...CHOICES);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toBe(
      'Saved the column mapping "Lender A" for files holding "Visits" (11 columns); files with this header row map themselves.\n',
    );
    expect((await run('import', 'mapping', 'list', '--db', db)).stdout).toMatch(
      /^Lender A: files holding "Visits", 11 columns, saved .* by cli\n$/,
    );

    const unknown = await run('import', '--db', db, '--visits', first, '--mapping', 'Lender B');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No column mapping is saved as "Lender B". The saved one is "Lender A".');
    const noOfficers = await run('import', '--db', db, '--officers', first, '--mapping', 'Lender A');
    expect(noOfficers.code).toBe(2);
    expect(noOfficers.stderr).toContain('The column mapping "Lender A" is for files holding "Visits", and no such file is given.');

    // The same source's next file maps itself.
    const next = write('lender-2.csv', [LENDER_HEADER, lenderRow(3)]);
    const byLayout = await run('import', '--db', db, '--visits', next);
    expect(byLayout.code, byLayout.stderr).toBe(0);
    expect(byLayout.stdout).toContain('Columns of lender-2.csv read with the saved mapping "Lender A".');
    expect(byLayout.stdout).toContain('1 new');
    // A file with one more column is not the saved layout, but takes the mapping by name.
    const wider = write('lender-3.csv', [`${LENDER_HEADER},渠道`, `${lenderRow(4)},线上`]);
    expect((await run('import', '--db', db, '--visits', wider, '--dry-run')).code).toBe(2);
    const byName = await runCliCaptured(['import', '--db', db, '--visits', wider, '--mapping', 'Lender A'], { LANG: 'zh_CN.UTF-8' });
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stdout).toContain('lender-3.csv 的各列已按保存的列映射“Lender A”读取。');
  }, 60_000);

  it('reads an officers’ returns file by a mapping named with outcomes import --mapping', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    const returns = path.join(dir, 'returns.csv');
    fs.writeFileSync(returns, '单号,是否成功,反馈内容\nNOT-PLANNED-1,完成,已还款\n');
    const run = (...args: string[]) => runCliCaptured(args);
    // A workspace with no mapping saved yet.
    expect((await run('import', 'mapping', 'list', '--db', db)).code).toBe(0);

    const refused = await run('outcomes', 'import', '--db', db, '--file', returns, '--mapping', 'Returns A');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('No column mapping is saved as "Returns A": none is saved yet.');
    const columns = ['单号=visit_id', '是否成功=outcome', '反馈内容=result'].flatMap((c) => ['--column', c]);
    const saved = await run(
      'import',
      'mapping',
      'save',
      '--db',
      db,
      '--name',
      'Returns A',
      '--kind',
      'outcomes',
      '--file',
      returns,
      ...columns,
    );
    expect(saved.code, saved.stderr).toBe(0);

    // Read by the mapping, the file gets as far as its rows: the visit is not one the workspace planned.
    const checked = await run('outcomes', 'import', '--db', db, '--file', returns, '--mapping', 'Returns A', '--dry-run');
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('Columns of returns.csv read with the saved mapping "Returns A".');
    expect(checked.stdout).toContain('line 2, 单号 "NOT-PLANNED-1": There is no visit NOT-PLANNED-1 in this workspace');
  }, 60_000);
});
