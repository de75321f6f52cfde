import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter } from '../../../electron/backend/import/read-csv';

describe('readCsv', () => {
  it('numbers records by the physical line they start on, whatever the line endings', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = ['h1,h2', 'a,"multi', 'line', 'value"', '', 'b,c', 'd,"x""y"'].join(nl) + nl + nl;
      expect(readCsv(text)).toEqual([
        { line: 1, cells: ['h1', 'h2'] },
        { line: 2, cells: ['a', `multi${nl}line${nl}value`] },
        { line: 6, cells: ['b', 'c'] },
        { line: 7, cells: ['d', 'x"y'] },
      ]);
    }
  });

  it('drops rows whose cells are all blank but keeps their lines counted', () => {
    expect(readCsv('a,b\n , \n,\n1,2').map((r) => r.line)).toEqual([1, 4]);
  });

  it('flags broken quoting on the record where it starts', () => {
    const rows = readCsv('a,b\n1,"open\n2,3\n');
    expect(rows[1]).toMatchObject({ line: 2, quoteError: true });
  });

  it('sniffs the delimiter from the header line only', () => {
    expect(sniffDelimiter('a;b;c\n"1,2",3,4,5,6\n')).toBe(';');
    expect(sniffDelimiter('\n\na\tb\tc\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c')).toBe('|');
    expect(sniffDelimiter('"x;y",b,c')).toBe(',');
    expect(sniffDelimiter('single')).toBe(',');
    expect(readCsv('a\tb\n1\t"2;3"\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2;3'] },
    ]);
  });
});
