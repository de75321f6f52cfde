import { describe, expect, it } from 'vitest';
import type { ImportField } from '../../../shared/api/column-mapping';
import { mappingProblems, problemSentences, unknownMappingName } from '../../../shared/logic/column-mapping';

const FIELDS: ImportField[] = [
  { field: 'visit_id', label: { en: 'Visit ID', zh: '走访编号' }, required: true },
  { field: 'outcome', label: { en: 'Outcome', zh: '走访结果' }, required: true },
  { field: 'remarks', label: { en: 'Remarks', zh: '外访员备注' }, required: false },
];

describe('the column-mapping rule', () => {
  it('accepts every required field read once, other columns ignored', () => {
    const columns = [
      { header: '单号', field: 'visit_id' },
      { header: '结论', field: 'outcome' },
      { header: '渠道', field: 'ignore' },
    ];
    expect(mappingProblems(columns, FIELDS)).toEqual([]);
  });

  it('names an unknown field, a field read from two columns and each unread required field, in both languages', () => {
    const problems = mappingProblems(
      [
        { header: '单号', field: 'visit_id' },
        { header: '编号2', field: 'visit_id' },
        { header: '说明', field: 'memo' },
      ],
      FIELDS,
    );
    expect(problems.map((p) => [p.field, p.headers])).toEqual([
      ['memo', ['说明']],
      ['visit_id', ['单号', '编号2']],
      ['outcome', []],
    ]);
    expect(problemSentences(problems).map((s) => s.zh)).toEqual([
      '列“说明”：“memo”不是此文件可有的字段；请从列表中选择，或忽略此列。',
      '有多列被读作走访编号（"单号"和"编号2"）；请只为其中一列选择它。',
      '没有任何列被读作走访结果，而文件必须有这些列；请为每项选择对应的列。',
    ]);
    // Two unread fields share one sentence.
    expect(problemSentences(mappingProblems([], FIELDS)).map((s) => s.en)).toEqual([
      'No column is read as Visit ID and Outcome, which the file must have; choose the column that holds each.',
    ]);
  });

  it('lists the saved names when a mapping name is unknown', () => {
    expect(unknownMappingName('B', ['A', 'C']).en).toBe('No column mapping is saved as "B". The saved ones are "A" and "C".');
    expect(unknownMappingName('B', []).en).toMatch(/none is saved yet/);
  });
});
