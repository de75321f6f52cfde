import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/demo/csv';

describe('toCsv', () => {
  it('writes a header and CRLF-separated records', () => {
    const text = toCsv(
      [
        { a: '1', b: 'x' },
        { a: '2', b: 'y' },
      ],
      ['a', 'b'],
    );
    expect(text).toBe('a,b\r\n1,x\r\n2,y');
  });

  it('quotes cells with commas, quotes, line breaks and edge spaces so papaparse reads them back', () => {
    const rows = [{ address: '上海市徐汇区, 桂溪路 "1" 号\n2 室', name: ' 张三 ', plain: '09:00-12:00;13:30-17:30' }];
    const columns = ['address', 'name', 'plain'] as const;
    const text = toCsv(rows, columns);
    const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([[...columns], [rows[0].address, rows[0].name, rows[0].plain]]);
  });

  it('writes only the given columns, in their order', () => {
    const rows = [{ a: '1', b: '2', c: '3' }];
    expect(toCsv(rows, ['c', 'a'])).toBe('c,a\r\n3,1');
  });
});
