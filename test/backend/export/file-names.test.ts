import { describe, expect, it } from 'vitest';
import { itineraryFileName, planJsonFileName, safeFileName } from '../../../electron/backend/export/file-names';

describe('file names', () => {
  it('names itineraries by date and officer', () => {
    expect(itineraryFileName('2026-11-23', 'OF-001')).toBe('itinerary-2026-11-23-OF-001.csv');
    expect(planJsonFileName('2026-11-23')).toBe('plan-2026-11-23.json');
  });

  it('replaces characters Windows refuses', () => {
    expect(itineraryFileName('2026-11-23', 'team/7:a#1')).toBe('itinerary-2026-11-23-team_7_a#1.csv');
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j\u0001k.csv')).toBe('a_b_c_d_e_f_g_h_i_j_k.csv');
  });

  it('keeps Chinese letters and drops trailing dots and spaces', () => {
    expect(safeFileName('行程-张三. . ')).toBe('行程-张三');
  });

  it('defuses reserved device names and empty names', () => {
    expect(safeFileName('CON.csv')).toBe('_CON.csv');
    expect(safeFileName('lpt1')).toBe('_lpt1');
    expect(safeFileName('console.csv')).toBe('console.csv');
    expect(safeFileName('...')).toBe('_');
  });

  it('shortens very long names but keeps the extension', () => {
    const name = safeFileName(`itinerary-${'x'.repeat(400)}.csv`);
    expect(name.length).toBe(180);
    expect(name.endsWith('.csv')).toBe(true);
  });
});
