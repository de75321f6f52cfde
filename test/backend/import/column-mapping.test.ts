import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/api/column-mapping';
import { checkMapping, layoutKey, layoutSignature, mappedHeader, readColumns } from '../../../electron/backend/import/column-mapping';
import { mapHeader } from '../../../electron/backend/import/headers';
import { importColumns } from '../../../electron/backend/import/import-columns';
import { readOutcomesFile } from '../../../electron/backend/import';
import { utf8 } from './helpers';

const OUTCOMES = importColumns('outcomes', false);
/** A returns file's own headers; 备注 is a known alias of `remarks`. */
const HEADER = ['单号', ' 是否成功 ', '反馈内容', '备注', ''];
const MAPPING: ColumnMapping = {
  name: 'Returns A',
  kind: 'outcomes',
  signature: layoutSignature(HEADER),
  columns: [
    { header: '单号', field: 'visit_id' },
    { header: '是否成功', field: 'outcome' },
    { header: '反馈内容', field: 'result' },
    { header: '备注', field: 'ignore' },
  ],
};

describe('column mappings applied to a header row', () => {
  it('signs a layout by its non-blank headers in the form headers are compared in', () => {
    expect(layoutSignature(HEADER)).toEqual(['单号', '是否成功', '反馈内容', '备注']);
    expect(layoutSignature(['Visit ID', 'ＯＵＴＣＯＭＥ', 'result*'])).toEqual(['visitid', 'outcome', 'result']);
    expect(layoutKey(layoutSignature(['Visit_ID', 'x']))).toBe(layoutKey(layoutSignature(['visit id', 'X'])));
  });

  it('reads each header by the mapping first, then by name; ignored ones are listed as ignored, and errors keep the file’s spelling', () => {
    const map = mapHeader(HEADER, OUTCOMES.columns, OUTCOMES.required, 'r.csv', mappedHeader(MAPPING, OUTCOMES.columns));
    expect(Object.fromEntries(map.index)).toEqual({ visit_id: 0, outcome: 1, result: 2 });
    expect(map.headers.get('outcome')).toBe('是否成功');
    expect(map.ignored).toEqual(['备注']);
    // Without it the same row lacks its required columns, and 备注 reads as remarks.
    expect(() => mapHeader(HEADER, OUTCOMES.columns, OUTCOMES.required, 'r.csv')).toThrow(/lacks 3 required columns/);
    expect(readColumns(HEADER, OUTCOMES.columns, null).map((c) => c.field)).toEqual(['ignore', 'ignore', 'ignore', 'remarks']);
  });

  it('reads a whole file through the mapping chosen for its layout, and names that mapping', async () => {
    const bytes = utf8('单号,是否成功,反馈内容,备注\nV-1,完成,paid,note\nV-2,done,nope,\n');
    const parsed = await readOutcomesFile(bytes, 'r.csv', {
      chooseMapping: (signature) => (signature.join() === MAPPING.signature.join() ? MAPPING : null),
    });
    expect(parsed.mappingUsed).toBe('Returns A');
    expect(parsed.valid.map((row) => [row.value.visitId, row.value.remarks])).toEqual([['V-1', '']]);
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 3, field: 'result', header: '反馈内容', value: 'nope' })]);
  });

  it('finds a column outside the layout and an unknown field before the shared rule', () => {
    const problems = checkMapping(
      {
        ...MAPPING,
        columns: [...MAPPING.columns.slice(0, 2), { header: '反馈内容', field: 'feedback' }, { header: '网点', field: 'remarks' }],
      },
      OUTCOMES,
    );
    expect(problems.map((p) => [p.field, p.headers])).toEqual([
      ['feedback', ['反馈内容']],
      ['remarks', ['网点']],
      ['result', []],
    ]);
    expect(checkMapping(MAPPING, OUTCOMES)).toEqual([]);
  });
});
