// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GeocodingSettings } from '../../../../renderer/features/settings/GeocodingSettings';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

let ws: TestWorkspace;
beforeEach(() => {
  ws = openTestWorkspace();
});
afterEach(() => {
  cleanup();
  ws.close();
});

describe('GeocodingSettings', () => {
  it('stores the service, its address and key and the confidence needed, audited without the key', async () => {
    renderWithProviders(<GeocodingSettings />, { transport: fakeTransport(ws.handlers, ws.events), language: 'en' });
    expect((await screen.findByLabelText<HTMLInputElement>('Nominatim-compatible search')).checked).toBe(true);
    expect(screen.getByLabelText('Countries (Nominatim, e.g. cn)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Amap geocoding'));
    fireEvent.change(screen.getByLabelText('Service address'), { target: { value: 'http://127.0.0.1:9' } });
    fireEvent.change(screen.getByLabelText('Key (Amap)'), { target: { value: 'secret-key' } });
    fireEvent.change(screen.getByLabelText('Confidence needed (%)'), { target: { value: '75' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save geocoding' }));
    expect(await screen.findByText('Geocoding settings saved.')).toBeTruthy();
    expect(await ws.handlers['settings.geocoding']({})).toEqual({
      provider: 'amap',
      url: 'http://127.0.0.1:9',
      key: 'secret-key',
      countryCodes: 'cn',
      confidenceThreshold: 0.75,
    });
    const audit = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'settings.geocoding'`).pluck().get() as string;
    expect(audit).not.toContain('secret-key');
    expect(JSON.parse(audit)).toMatchObject({ provider: 'amap', hasKey: true });
  });

  it('speaks Chinese', async () => {
    renderWithProviders(<GeocodingSettings />, { transport: fakeTransport(ws.handlers, ws.events), language: 'zh' });
    expect(await screen.findByRole('heading', { name: '地理编码' })).toBeTruthy();
    expect(screen.getByLabelText('高德地理编码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存地理编码设置' })).toBeTruthy();
  });
});
