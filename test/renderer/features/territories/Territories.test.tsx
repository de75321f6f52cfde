// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { MapContainer } from 'react-leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import { MapTerritories } from '../../../../renderer/features/territories/MapTerritories';
import { TerritorySettings } from '../../../../renderer/features/settings/TerritorySettings';
import { ringOf } from '../../../../renderer/features/territories/territory-draft';
import { importDemoDay, openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { box, featureCollection } from '../../../support/territory-kit';
import { stubDialog } from '../import/import-test-kit';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

let workspace: TestWorkspace;
let handlers: Handlers;

beforeEach(async () => {
  stubDialog();
  workspace = openTestWorkspace();
  handlers = workspace.handlers;
  await importDemoDay(handlers, { visits: 6, officers: 2 });
});
afterEach(() => {
  cleanup();
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
});

/** The board map's territories alone: a real Leaflet map (its SVG outlines work in jsdom; tiles are not needed). */
function MapHarness() {
  const [host, setHost] = useState<HTMLElement | null>(null);
  return (
    <section ref={setHost} data-testid="map">
      <MapContainer center={[31.23, 121.47]} zoom={13} style={{ height: 400, width: 600 }}>
        <MapTerritories system="wgs84" host={host} />
      </MapContainer>
    </section>
  );
}
const press = (code: string) => act(() => void fireEvent.keyDown(document.activeElement ?? window, { code, key: code }));

describe('drawing a territory on the map', () => {
  it('adds corners by keyboard (Space at the centre, arrow keys to move), finishes with Enter, names it in the form and shows it', async () => {
    renderWithProviders(<MapHarness />, { transport: fakeTransport(handlers), language: 'en' });
    const bar = await waitFor(() => document.querySelector<HTMLElement>('.plan-map__territory-bar')!);
    fireEvent.click(within(bar).getByRole('button', { name: 'Draw territory' }));
    expect(bar.dataset.drawing).toBe('true');
    const container = document.querySelector<HTMLElement>('.leaflet-container')!;
    expect(document.activeElement).toBe(container);
    // Two corners are not a territory: Enter says so and drawing goes on.
    press('Space');
    fireEvent.keyDown(container, { code: 'ArrowRight', key: 'ArrowRight', keyCode: 39 });
    press('Space');
    press('Enter');
    expect(screen.getByRole('status').textContent).toBe('A territory needs at least three corners.');
    // Backspace takes the last corner back.
    press('Backspace');
    expect(bar.dataset.corners).toBe('1');
    for (const pan of ['ArrowRight', 'ArrowDown']) {
      fireEvent.keyDown(container, { code: pan, key: pan, keyCode: pan === 'ArrowRight' ? 39 : 40 });
      press('Space');
    }
    expect(bar.dataset.corners).toBe('3');
    expect(within(bar).getByText('3 corners')).toBeTruthy();
    press('Enter');
    const dialog = await screen.findByRole('dialog', { name: 'New territory' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Drawn patch' } });
    fireEvent.change(within(dialog).getByLabelText('Rule'), { target: { value: 'soft' } });
    fireEvent.change(within(dialog).getByLabelText('Price per visit outside (seconds of travel)'), { target: { value: '900' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save territory' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [stored] = await handlers['territories.list']({});
    expect(stored).toMatchObject({ name: 'Drawn patch', rule: 'soft', outsidePrice: 900, owner: { kind: 'team' } });
    expect(stored.geometry.type === 'Polygon' && stored.geometry.coordinates[0]).toHaveLength(4);
    await waitFor(() => expect(document.querySelectorAll('path.plan-map__territory--soft')).toHaveLength(1));
    expect(bar.dataset.territoryCount).toBe('1');
    expect(screen.getByRole('status').textContent).toBe('Territory Drawn patch saved.');
  });

  it('Escape cancels drawing and draws nothing', async () => {
    renderWithProviders(<MapHarness />, { transport: fakeTransport(handlers), language: 'en' });
    const bar = await waitFor(() => document.querySelector<HTMLElement>('.plan-map__territory-bar')!);
    fireEvent.click(within(bar).getByRole('button', { name: 'Draw territory' }));
    press('Space');
    press('Escape');
    expect(bar.dataset.drawing).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Drawing the territory cancelled.');
    expect(document.querySelector('.plan-map__territory-draft')).toBeNull();
    expect(await handlers['territories.list']({})).toEqual([]);
  });

  it('closes the drawn ring and refuses fewer than three distinct corners', () => {
    const a = { lat: 31.2, lng: 121.4 };
    const b = { lat: 31.2, lng: 121.5 };
    const c = { lat: 31.3, lng: 121.5 };
    expect(ringOf([a, b, b, c])).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [121.4, 31.2],
          [121.5, 31.2],
          [121.5, 31.3],
          [121.4, 31.2],
        ],
      ],
    });
    expect(ringOf([a, b, a])).toBeNull();
  });
});

describe('the territories section of the settings screen', () => {
  it('lists territories, imports a GeoJSON file (a refused one stores nothing and says why) and deletes one', async () => {
    const team = (await handlers['officers.list']({}))[0].team;
    await handlers['territories.import']({
      fileName: 'a.geojson',
      content: featureCollection([{ name: 'Old town', team, rule: 'soft', price: 300, geometry: box(121.4, 31.2, 121.5, 31.3) }]),
    });
    renderWithProviders(<TerritorySettings />, { transport: fakeTransport(handlers), language: 'en' });
    const row = await screen.findByRole('row', { name: /Old town/ });
    expect(within(row).getByText(`team ${team}`)).toBeTruthy();
    expect(within(row).getByText('soft: priced outside')).toBeTruthy();
    expect(within(row).getByText('300 s')).toBeTruthy();

    const upload = (name: string, text: string) =>
      act(
        () =>
          void fireEvent.change(screen.getByLabelText('Import GeoJSON…'), {
            target: { files: [new File([text], name, { type: 'application/geo+json' })] },
          }),
      );
    await upload(
      'bad.geojson',
      featureCollection([{ name: 'Ghost', team: 'Nobody', rule: 'hard', geometry: box(121.4, 31.2, 121.5, 31.3) }]),
    );
    expect(await screen.findByText(/Feature 1, field team: no officer on the roster is in team “Nobody”/)).toBeTruthy();
    expect(screen.queryByRole('row', { name: /Ghost/ })).toBeNull();

    await upload('good.geojson', featureCollection([{ name: 'New quarter', team, rule: 'hard', geometry: box(121.5, 31.2, 121.6, 31.3) }]));
    expect(await screen.findByRole('row', { name: /New quarter/ })).toBeTruthy();
    expect(screen.getByText('Stored 1 territory (1 new, 0 replaced).')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete territory Old town' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Old town/ })).toBeNull());
    expect(screen.getByText('Territory Old town deleted.')).toBeTruthy();
    expect((await handlers['territories.list']({})).map((t) => t.name)).toEqual(['New quarter']);
  });
});
