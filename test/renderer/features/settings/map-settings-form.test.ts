import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_SETTINGS } from '../../../../shared/domain';
import { draftOf, settingsOf } from '../../../../renderer/features/settings/map-settings-form';

describe('the map section form', () => {
  it('keeps only the chosen preset and checks its fields', () => {
    const draft = draftOf(DEFAULT_MAP_SETTINGS);
    expect(settingsOf(draft)).toEqual({ ok: true, settings: DEFAULT_MAP_SETTINGS });
    expect(settingsOf({ ...draft, kind: 'tianditu', tiandituKey: '  ' })).toEqual({
      ok: false,
      field: 'tiandituKey',
      problem: 'mapSettings.needKey',
    });
    expect(settingsOf({ ...draft, kind: 'tianditu', tiandituKey: ' key ', customUrl: 'ignored' })).toEqual({
      ok: true,
      settings: { basemap: { kind: 'tianditu', key: 'key' }, importCoordSystem: 'wgs84' },
    });
    expect(settingsOf({ ...draft, kind: 'custom', customUrl: 'ftp://t/{z}/{x}/{y}' })).toMatchObject({ ok: false, field: 'customUrl' });
    expect(settingsOf({ ...draft, kind: 'custom', customUrl: 'https://t.example/{z}/{x}/{y}.png', customSystem: 'gcj02' })).toEqual({
      ok: true,
      settings: {
        basemap: { kind: 'custom', url: 'https://t.example/{z}/{x}/{y}.png', system: 'gcj02', attribution: '' },
        importCoordSystem: 'wgs84',
      },
    });
    expect(settingsOf({ ...draft, kind: 'offline' })).toMatchObject({ ok: false, field: 'offlinePath' });
    expect(
      settingsOf({ ...draft, kind: 'offline', offlinePath: ' /m/a.mbtiles ', offlineSystem: 'gcj02', importCoordSystem: 'bd09' }),
    ).toEqual({
      ok: true,
      settings: { basemap: { kind: 'offline', path: '/m/a.mbtiles', system: 'gcj02' }, importCoordSystem: 'bd09' },
    });
  });

  it('fills the form from stored settings', () => {
    const draft = draftOf({
      basemap: { kind: 'custom', url: 'https://t/{z}/{x}/{y}', system: 'bd09', attribution: 'Us' },
      importCoordSystem: 'gcj02',
    });
    expect(draft).toMatchObject({
      kind: 'custom',
      customUrl: 'https://t/{z}/{x}/{y}',
      customSystem: 'bd09',
      customAttribution: 'Us',
      importCoordSystem: 'gcj02',
    });
  });
});
