// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TravelSettings } from '../../../../renderer/features/settings/TravelSettings';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { closedPortUrl, startFakeServer, type FakeServer } from '../../../backend/travel/fake-road-servers';

let ws: TestWorkspace;
let server: FakeServer | undefined;
beforeEach(() => {
  ws = openTestWorkspace({ roadClient: { retries: 0, backoffMs: 1 } });
});
afterEach(async () => {
  cleanup();
  ws.close();
  await server?.close();
  server = undefined;
});

describe('TravelSettings', () => {
  it('chooses a road server, tests it with a 2 × 2 table, and stores it in the workspace', async () => {
    server = await startFakeServer('osrm');
    renderWithProviders(<TravelSettings />, { transport: fakeTransport(ws.handlers, ws.events), language: 'en' });
    const straight = await screen.findByLabelText<HTMLInputElement>('Straight-line model (no server)');
    expect(straight.checked).toBe(true);
    // The straight-line model has no address to give.
    expect(screen.queryByLabelText('Server address')).toBeNull();

    fireEvent.click(screen.getByLabelText('OSRM'));
    // A road router without an address is not tested: the field says so.
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Enter the server address first.')).toBeTruthy();
    const url = screen.getByLabelText<HTMLInputElement>('Server address');
    expect(url.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(url, { target: { value: server.url } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(new RegExp(`^OSRM at ${server.url} answered: [\\d.]+ min \\([\\d.]+ km\\)`))).toBeTruthy();
    expect(server.requests).toEqual([expect.objectContaining({ sources: 2, destinations: 2 })]);
    // A test stores nothing.
    expect((await ws.handlers['settings.travel']({})).router).toBe('straight');

    fireEvent.click(screen.getByLabelText(/^When the server cannot be reached, plan with straight-line estimates/));
    fireEvent.click(screen.getByRole('button', { name: 'Save travel settings' }));
    expect(await screen.findByText('Travel settings saved.')).toBeTruthy();
    expect(await ws.handlers['settings.travel']({})).toEqual({ router: 'osrm', url: server.url, apiKey: '', allowFallback: true });
  });

  it('says what failed when the server cannot be reached, and asks GraphHopper for its key', async () => {
    const url = await closedPortUrl();
    renderWithProviders(<TravelSettings />, { transport: fakeTransport(ws.handlers, ws.events), language: 'zh' });
    fireEvent.click(await screen.findByLabelText('GraphHopper'));
    expect(screen.getByLabelText('API 密钥（GraphHopper）')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('服务器地址'), { target: { value: url } });
    fireEvent.click(screen.getByRole('button', { name: '测试连接' }));
    const said = await screen.findByText(`无法连接 ${url} 上的 GraphHopper 路网服务器（ECONNREFUSED）。`);
    expect(said.className).toBe('error-text');
    await waitFor(async () => expect((await ws.handlers['settings.travel']({})).router).toBe('straight'));
  });
});
