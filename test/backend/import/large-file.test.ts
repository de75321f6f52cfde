import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readVisitsFile } from '../../../electron/backend/import';

describe('a 20,000-row file', () => {
  it('parses completely, with every bad row reported at its own line', async () => {
    const lines = ['外访编号,日期,类型,客户编号,客户姓名,电话,地址,纬度,经度,预约时段,服务时长,优先级,技能,审批编号,备注'];
    for (let i = 1; i <= 20_000; i += 1) {
      // Every 1000th row has an overlapping window; addresses contain quoted commas and a newline now and then.
      const windows = i % 1000 === 0 ? '09:00-11:00;10:00-12:00' : '09:00-12:00;14:00-18:00';
      const address = i % 500 === 0 ? `"测试路${i}号,\n${i % 7}单元"` : `"测试路${i}号, ${i % 7}单元"`;
      lines.push(
        `V${i},2026-11-23,催收,C${i % 3000},测试客户${i},1380000${String(i).padStart(4, '0')},${address},${31 + (i % 100) / 1000},${121 + (i % 100) / 1000},${windows},${20 + (i % 40)},${1 + (i % 5)},催收,AP${i},`,
      );
    }
    const bytes = iconv.encode(lines.join('\r\n'), 'gbk');
    const result = await readVisitsFile(bytes, 'large.csv');
    expect(result.encoding).toBe('gb18030');
    expect(result.rowCount).toBe(20_000);
    expect(result.valid).toHaveLength(19_980);
    expect(result.errors).toHaveLength(20);
    expect(result.errors.every((e) => e.field === 'windows')).toBe(true);
    // Row i starts on line i + 1 plus one extra line for each earlier row with an embedded newline
    // (rows 500, 1000, …): row 1000 has one before it (row 500), rows 19,999 and 20,000 have 39.
    expect(result.errors[0]).toMatchObject({ line: 1000 + 1 + 1, value: '09:00-11:00;10:00-12:00' });
    expect(result.errors.at(-1)?.line).toBe(20_000 + 1 + 39);
    expect(result.valid.at(-1)).toMatchObject({ line: 19_999 + 1 + 39, value: { id: 'V19999', customerName: '测试客户19999' } });
  });
});
