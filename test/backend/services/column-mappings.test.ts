import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/api/column-mapping';
import { openTestWorkspace, signInSupervisor, TEST_SUPERVISOR, type TestWorkspace } from '../../support/test-workspace';
import { call } from './plan-kit';

// Column mappings (issue 19): a lender's own headers, mapped once and remembered per file layout.

/** A lender's export: none of these headers is a name or alias the import knows. */
const LENDER_HEADER = '任务号,走访日,业务类型,借款人编号,借款人,联系方式,住址,LAT_WGS,LNG_WGS,可约时段,审批单据号,内部备注';

/** A synthetic row of that export (no real person); `lat` can be made wrong on purpose. */
function lenderRow(n: number, lat = '31.2304'): string {
  return `LND-${n},2026-11-23,催收,C-LND-${n},测试客户${n},138 0000 0${String(n).padStart(3, '0')},测试路${n}号,${lat},121.4737,09:00-12:00,AP-LND-${n},内部`;
}

function file(lines: string[], header = LENDER_HEADER): string {
  return Buffer.from([header, ...lines].join('\r\n') + '\r\n', 'utf8').toString('base64');
}

/** What the dispatcher chooses for each column of the lender's file. */
const LENDER_COLUMNS: ColumnMapping['columns'] = [
  { header: '任务号', field: 'visit_id' },
  { header: '走访日', field: 'date' },
  { header: '业务类型', field: 'kind' },
  { header: '借款人编号', field: 'customer_id' },
  { header: '借款人', field: 'customer_name' },
  { header: '联系方式', field: 'phone' },
  { header: '住址', field: 'address' },
  { header: 'LAT_WGS', field: 'lat' },
  { header: 'LNG_WGS', field: 'lng' },
  { header: '可约时段', field: 'windows' },
  { header: '审批单据号', field: 'approval_ref' },
  { header: '内部备注', field: 'ignore' },
];

let ws: TestWorkspace;
beforeEach(() => {
  ws = openTestWorkspace();
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

async function inspect(contentBase64: string) {
  return ws.handlers['import.inspect']({ kind: 'visits', fileName: 'lender.csv', contentBase64 });
}

async function importVisits(contentBase64: string, options: { mapping?: string; dryRun?: boolean; fileName?: string } = {}) {
  const { mapping, dryRun = false, fileName = 'lender.csv' } = options;
  return call<{ reports: { written: boolean; mappingUsed?: string; errors: { line: number; header: string; field: string }[] }[] }>(
    ws.handlers,
    'import.files',
    { files: [{ kind: 'visits', fileName, contentBase64, ...(mapping && { mapping }) }], dryRun, validRowsOnly: true },
  );
}

async function saveLenderMapping(name = 'Lender A visits') {
  const { signature } = await inspect(file([lenderRow(1)]));
  return call(ws.handlers, 'import.saveMapping', { name, kind: 'visits', signature, columns: LENDER_COLUMNS });
}

describe('column mappings', () => {
  it('inspects a file whose headers it does not know: every column unread, every required field missing, the first rows', async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => lenderRow(n));
    const seen = await inspect(file(rows));
    expect(seen.mapping).toBeNull();
    expect(seen.columns.map((c) => c.field)).toEqual(Array(12).fill('ignore'));
    expect(seen.columns[7]).toEqual({ header: 'LAT_WGS', field: 'ignore' });
    expect(seen.signature[7]).toBe('latwgs');
    expect(seen.missing).toEqual(['date', 'visit_id', 'kind', 'customer_id', 'customer_name', 'address', 'windows', 'approval_ref']);
    expect(seen.rows).toHaveLength(5);
    expect(seen.rows[0].slice(0, 2)).toEqual(['LND-1', '2026-11-23']);
    expect(seen.fields.find((f) => f.field === 'lat')).toEqual({ field: 'lat', label: { en: 'Latitude', zh: '纬度' }, required: false });
    // Without a mapping the import refuses the file for its missing columns, as before.
    await expect(importVisits(file(rows), { dryRun: true })).rejects.toThrow(/lacks 8 required columns/);
  });

  it('refuses a mapping with an unknown field, a field read from two columns, or a required field unread, in both languages', async () => {
    const { signature } = await inspect(file([lenderRow(1)]));
    const save = (columns: ColumnMapping['columns']) =>
      call(ws.handlers, 'import.saveMapping', { name: 'Lender A visits', kind: 'visits', signature, columns });
    const without = (header: string) => LENDER_COLUMNS.filter((c) => c.header !== header);

    await expect(save([...without('LAT_WGS'), { header: 'LAT_WGS', field: 'latitude_x' }])).rejects.toThrow(
      /Column "LAT_WGS": "latitude_x" is not a field this file can have/,
    );
    await expect(save([...without('LNG_WGS'), { header: 'LNG_WGS', field: 'lat' }])).rejects.toThrow(
      /More than one column is read as Latitude \("LAT_WGS" and "LNG_WGS"\)/,
    );
    await expect(save(without('审批单据号'))).rejects.toThrow(
      /^bad_input: The column mapping "Lender A visits" was not saved\. No column is read as Approval number/,
    );
    await expect(save([...LENDER_COLUMNS, { header: '客户经理', field: 'notes' }])).rejects.toThrow(
      /Column "客户经理" is not in the header row of the file the mapping is for/,
    );
    const zh = await save(without('审批单据号')).catch((error: { zh: string }) => error.zh);
    expect(zh).toBe('列映射“Lender A visits”未保存。没有任何列被读作审批编号，而文件必须有这些列；请为每项选择对应的列。');
    expect(await ws.handlers['import.mappings']({})).toEqual([]);
    expect(ws.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'import.saveMapping'`).pluck().get()).toBe(0);
  });

  it('saves a mapping, audited, and reads the next file of that layout with it by itself, quoting the file’s own headers', async () => {
    await signInSupervisor(ws.handlers);
    const saved = await saveLenderMapping();
    expect(saved).toMatchObject({ name: 'Lender A visits', kind: 'visits', savedBy: TEST_SUPERVISOR.id });
    const audit = ws.db.prepare(`SELECT actor, entity_id, detail_json FROM audit_log WHERE action = 'import.saveMapping'`).all() as {
      actor: string;
      entity_id: string;
      detail_json: string;
    }[];
    expect(audit.map((a) => [a.actor, a.entity_id])).toEqual([[TEST_SUPERVISOR.id, 'Lender A visits']]);
    expect(JSON.parse(audit[0].detail_json).columns).toEqual(LENDER_COLUMNS);

    // The same source's next file: other rows, headers spelled with other case and spaces.
    const next = file([lenderRow(7), lenderRow(8, 'north')], LENDER_HEADER.replace('LAT_WGS', 'lat wgs'));
    expect((await inspect(next)).mapping?.name).toBe('Lender A visits');
    expect((await inspect(next)).missing).toEqual([]);
    const { reports } = await importVisits(next);
    expect(reports[0]).toMatchObject({ written: true, mappingUsed: 'Lender A visits' });
    // The bad row names the column as this file heads it.
    expect(reports[0].errors).toEqual([expect.objectContaining({ line: 3, field: 'lat', header: 'lat wgs' })]);
    const stored = await ws.handlers['visits.get']({ id: 'LND-7' as never });
    expect(stored.visit.address).toBe('测试路7号');
    // The ignored column is reported as such; the import's audit entry names the mapping.
    const importAudit = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'import'`).pluck().get() as string;
    expect(JSON.parse(importAudit)).toMatchObject({ mapping: 'Lender A visits', inserted: 1 });
  });

  it('takes a mapping by name, even for a file of another layout, and refuses a name nobody saved listing those saved', async () => {
    await expect(importVisits(file([lenderRow(1)]), { mapping: 'Lender A visits' })).rejects.toThrow(
      /No column mapping is saved as "Lender A visits": none is saved yet/,
    );
    await saveLenderMapping();
    await saveLenderMapping('Lender A (copy)');
    await expect(importVisits(file([lenderRow(1)]), { mapping: 'Lender B' })).rejects.toThrow(
      /No column mapping is saved as "Lender B"\. The saved ones are "Lender A \(copy\)" and "Lender A visits"\./,
    );
    // One more column than the saved layout: not mapped by itself, but by name.
    const wider = file([`${lenderRow(2)},x`], `${LENDER_HEADER},渠道`);
    await expect(importVisits(wider, { dryRun: true })).rejects.toThrow(/lacks 8 required columns/);
    const { reports } = await importVisits(wider, { mapping: 'Lender A visits' });
    expect(reports[0]).toMatchObject({ written: true, mappingUsed: 'Lender A visits' });
    // A visits mapping does not read an officers file.
    await expect(
      call(ws.handlers, 'import.files', {
        files: [{ kind: 'officers', fileName: 'o.csv', contentBase64: file([lenderRow(1)]), mapping: 'Lender A visits' }],
      }),
    ).rejects.toThrow(/was saved for files holding "Visits"; this file holds "Officers"/);
  });

  it('replaces a mapping saved again under its name, and a column mapped to ignore is left out even when its name is known', async () => {
    await saveLenderMapping();
    const header = `${LENDER_HEADER},备注`;
    const { signature } = await inspect(file([`${lenderRow(1)},keep out`], header));
    await call(ws.handlers, 'import.saveMapping', {
      name: 'Lender A visits',
      kind: 'visits',
      signature,
      columns: [...LENDER_COLUMNS, { header: '备注', field: 'ignore' }],
    });
    const [only] = await ws.handlers['import.mappings']({});
    expect(only.signature).toHaveLength(13);
    const { reports } = await importVisits(file([`${lenderRow(1)},keep out`], header));
    expect(reports[0]).toMatchObject({ written: true, mappingUsed: 'Lender A visits', ignoredColumns: ['内部备注', '备注'] });
    expect((await ws.handlers['visits.get']({ id: 'LND-1' as never })).visit.notes).toBe('');
    expect(ws.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'import.saveMapping'`).pluck().get()).toBe(2);
  });
});
