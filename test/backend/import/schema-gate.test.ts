import { describe, expect, it } from 'vitest';
import { RowReader } from '../../../electron/backend/import/row-reader';
import { schemaGate } from '../../../electron/backend/import/schema-gate';
import { Officer } from '../../../shared/domain';

describe('schemaGate', () => {
  it('reports what only the domain schema catches against the matching column, and passes good values through', () => {
    const labels = new Map([['shift_end', { en: 'Shift end', zh: '下班时间' }]]);
    const reader = new RowReader(7, new Map([['shift_end', '08:00']]), labels, new Map([['shift_end', '下班']]));
    const officer = {
      id: 'O1',
      name: 'T',
      team: '',
      agency: '',
      start: { lat: 31, lng: 121, system: 'wgs84' },
      end: null,
      shiftStartSec: 9 * 3600,
      shiftEndSec: 8 * 3600,
      breaks: [],
      maxVisits: 5,
      maxWorkingSec: 3600,
      skills: [],
      travelMode: 'driving',
      isActive: true,
    };
    expect(schemaGate(reader, Officer, officer, { shiftEndSec: 'shift_end' })).toBeUndefined();
    expect(reader.errors).toEqual([
      {
        line: 7,
        field: 'shift_end',
        header: '下班',
        value: '08:00',
        message: { en: 'Shift end is not accepted: shift ends before it starts.', zh: '下班时间不符合要求：shift ends before it starts。' },
      },
    ]);

    const fine = new RowReader(8, new Map(), labels, new Map());
    expect(schemaGate(fine, Officer, { ...officer, shiftEndSec: 17 * 3600 }, {})).toMatchObject({ id: 'O1', shiftEndSec: 17 * 3600 });
    expect(fine.errors).toEqual([]);
  });
});
