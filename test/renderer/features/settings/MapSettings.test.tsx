// @vitest-environment jsdom
import path from 'node:path';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapSettings } from '../../../../renderer/features/settings/MapSettings';
import { solidPng, writeMbtiles } from '../../../support/mbtiles-kit';
import { useTempDir } from '../../../support/temp-dir';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

const tempDir = useTempDir();
let ws: TestWorkspace;
afterEach(() => {
  cleanup();
  ws.close();
});

describe('the map section of the settings screen', () => {
  it('stores the chosen basemap and import system in the workspace, naming a missing field in the screen’s language', async () => {
    ws = openTestWorkspace();
    renderWithProviders(<MapSettings />, { transport: fakeTransport(ws.handlers), language: 'zh' });
    fireEvent.click(await screen.findByRole('radio', { name: '天地图（CGCS2000，按 WGS-84 绘制；需要密钥）' }));
    fireEvent.click(screen.getByRole('button', { name: '保存地图设置' }));
    expect((await screen.findByRole('alert')).textContent).toContain('天地图密钥');
    const key = screen.getByLabelText('天地图密钥');
    expect(document.activeElement).toBe(key);
    expect(key.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(key, { target: { value: 'synthetic-key' } });
    fireEvent.change(screen.getByLabelText('导入时未注明坐标系的行使用的坐标系'), { target: { value: 'gcj02' } });
    fireEvent.click(screen.getByRole('button', { name: '保存地图设置' }));
    await screen.findByText('地图设置已保存；调度看板的地图将使用这些设置。');
    expect(await ws.handlers['settings.map']({})).toEqual({
      basemap: { kind: 'tianditu', key: 'synthetic-key' },
      importCoordSystem: 'gcj02',
    });
  });

  it('checks an offline file on the back end and shows what it holds; a file that is not a map is refused by name', async () => {
    ws = openTestWorkspace();
    const dir = tempDir();
    const file = path.join(dir, 'city.mbtiles');
    writeMbtiles(file, [{ z: 11, x: 1714, y: 836, data: solidPng(256, [1, 2, 3]) }], {
      name: 'Synthetic city',
      format: 'png',
      bounds: '121,31,121.5,31.4',
    });
    renderWithProviders(<MapSettings />, { transport: fakeTransport(ws.handlers), language: 'en' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Offline map from an MBTiles file' }));
    const where = screen.getByLabelText('MBTiles file (its path on the machine that runs the app’s back end)');
    fireEvent.change(where, { target: { value: path.join(dir, 'nothing.mbtiles') } });
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/nothing\.mbtiles cannot be opened/);
    fireEvent.change(where, { target: { value: file } });
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await waitFor(() =>
      expect(screen.getByTestId('offline-info').textContent).toContain(
        '“Synthetic city”: png tiles at zoom 11 to 11; tiles in the file: 1.',
      ),
    );
    fireEvent.change(screen.getByLabelText('Coordinate system of the tiles'), { target: { value: 'gcj02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save map settings' }));
    await screen.findByText('Map settings saved; the board’s map uses them.');
    expect((await ws.handlers['settings.map']({})).basemap).toMatchObject({
      kind: 'offline',
      path: file,
      system: 'gcj02',
      info: { name: 'Synthetic city' },
    });
  });
});
