import { describe, expect, it } from 'vitest';
import { SCRUBBED, scrubPersonalData } from '../../../shared/logic/scrub';

// Every value below is synthetic: made-up numbers in the shapes offices write them.
describe('scrubPersonalData', () => {
  it.each([
    ['13812345678', SCRUBBED.phone],
    ['138 1234 5678', SCRUBBED.phone],
    ['138-1234-5678', SCRUBBED.phone],
    ['17000005357', SCRUBBED.phone],
    ['+8613812345678', SCRUBBED.phone],
    ['+86 138 1234 5678', SCRUBBED.phone],
    ['0086-138-1234-5678', SCRUBBED.phone],
    ['+86 21 6123 4567', SCRUBBED.phone],
    ['021-61234567', SCRUBBED.phone],
    ['(021) 6123 4567', SCRUBBED.phone],
    ['0571 8888 6666', SCRUBBED.phone],
    ['11010519491231002X', SCRUBBED.idNumber],
    ['110105194912310021', SCRUBBED.idNumber],
    ['110105491231002', SCRUBBED.idNumber],
    ['zhang.wei+loans@example.com', SCRUBBED.email],
    ['¥12,345.60', SCRUBBED.amount],
    ['6222020200112233445', SCRUBBED.digits],
    ['C600567812', SCRUBBED.digits],
  ])('masks %s entirely', (value, placeholder) => {
    const scrubbed = scrubPersonalData(`row 12: ${value} is not valid`);
    expect(scrubbed).toBe(`row 12: ${placeholder} is not valid`);
    expect(scrubbed).not.toMatch(/\d{4}/);
  });

  it('masks Chinese text: names, addresses and remarks', () => {
    expect(scrubPersonalData('customer 叶晓 at 上海市浦东新区云桥路46弄16号2104室, note：家中无人')).toBe(
      'customer [text] at [text], note[text]',
    );
  });

  it('keeps what diagnoses a problem: ids, codes, counts, times and stack frames', () => {
    const kept = [
      'visit V-20261123-00001 officer OF-001 plan PL-7 code bad_input',
      'SqliteError: UNIQUE constraint failed: visits.id',
      'took 1234 ms for 220 visits on 2026-11-23 at 09:30',
      '    at solveStoredDay (electron/backend/services/planning-service.ts:153:20)',
    ];
    for (const text of kept) expect(scrubPersonalData(text)).toBe(text);
  });

  it('masks every value in a line that carries several', () => {
    const line = 'Call 13912345678 or 021-61234567, mail li.na@example.org, ID 11010519491231002X';
    expect(scrubPersonalData(line)).toBe(`Call ${SCRUBBED.phone} or ${SCRUBBED.phone}, mail ${SCRUBBED.email}, ID ${SCRUBBED.idNumber}`);
  });
});
