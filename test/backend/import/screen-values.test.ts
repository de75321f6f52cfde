import { describe, expect, it } from 'vitest';
import { readVisitsFile } from '../../../electron/backend/import';
import { LANGUAGES, translate } from '../../../shared/i18n';
import { VisitKind } from '../../../shared/domain';
import { visitsCsv } from './helpers';

describe('an import that speaks the office language', () => {
  it('accepts every visit kind as the screens label it, in either language', async () => {
    const labelled = VisitKind.options.flatMap((kind) =>
      LANGUAGES.map((language) => ({ kind, label: translate(language, `kind.${kind}`) })),
    );
    const result = await readVisitsFile(visitsCsv(labelled.map(({ label }) => ({ kind: label }))), 'visits.csv');
    expect(result.errors).toEqual([]);
    expect(result.valid.map((row) => row.value.kind)).toEqual(labelled.map(({ kind }) => kind));
  });

  it('reads 上门核实 and 贷前核查 as verification visits', async () => {
    const result = await readVisitsFile(visitsCsv([{ kind: '上门核实' }, { kind: '贷前核查' }]), 'visits.csv');
    expect(result.valid.map((row) => row.value.kind)).toEqual(['verification', 'verification']);
  });

  it('reads windows written as words, alone or with times', async () => {
    const hours = (from: number, to: number) => ({ startSec: from * 3600, endSec: to * 3600 });
    const result = await readVisitsFile(
      visitsCsv([{ windows: '全天' }, { windows: '上午;15:00-17:00' }, { windows: '下午' }, { windows: 'Morning' }]),
      'visits.csv',
    );
    expect(result.errors).toEqual([]);
    expect(result.valid.map((row) => row.value.windows)).toEqual([
      [hours(8, 20)],
      [hours(8, 12), hours(15, 17)],
      [hours(13, 18)],
      [hours(8, 12)],
    ]);
  });
});
