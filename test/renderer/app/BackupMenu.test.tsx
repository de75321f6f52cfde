// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFolderOf, listBackups } from '../../../electron/backend/services/backup-service';
import type { MapModel } from '../../../renderer/features/map/map-model';
import { App } from '../../../renderer/app/App';
import { openFileTestWorkspace } from '../../support/file-test-workspace';
import { useTempDir } from '../../support/temp-dir';
import { openTestWorkspace, type TestWorkspace } from '../../support/test-workspace';
import { fakeTransport } from '../fake-transport';
import { renderWithProviders } from '../render';
import { stubDialog } from '../features/import/import-test-kit';

// Leaflet needs a real browser (the e2e tests cover it); nothing here is about the map.
vi.mock('../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-visit-count={model.visits.length} />,
}));

const tempDir = useTempDir();
let ws: TestWorkspace | null = null;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  ws?.close();
  ws = null;
  localStorage.clear();
});

function start(workspace: TestWorkspace, language: 'en' | 'zh' = 'en') {
  stubDialog();
  ws = workspace;
  const transport = fakeTransport(workspace.handlers, workspace.events);
  renderWithProviders(<App />, { transport, language });
  return transport;
}

describe('File → Back up now', () => {
  it('takes a backup into the backup folder and says where', async () => {
    const workspace = openFileTestWorkspace(tempDir());
    const transport = start(workspace);
    await screen.findByRole('navigation');
    act(() => transport.events.emit('menu.command', { command: 'backupWorkspace' }));
    const folder = backupFolderOf(workspace.backupsFolder, workspace.db);
    const file = path.join(folder, 'north-manual-20261123T040000Z.sqlite');
    expect(await screen.findByText(`Backed up the workspace to ${file}.`)).toBeTruthy();
    expect(fs.existsSync(file)).toBe(true);
    expect(listBackups(workspace.db, folder).map((b) => [b.file, b.daily])).toEqual([[file, false]]);
    expect(workspace.unexpected).toEqual([]);
  });

  it('shows the refusal, in the language on screen, when the workspace has no backup folder', async () => {
    const transport = start(openTestWorkspace({ backupsFolder: path.join(tempDir(), 'backups') }), 'zh');
    await screen.findByRole('navigation');
    act(() => transport.events.emit('menu.command', { command: 'backupWorkspace' }));
    expect((await screen.findByRole('alert')).textContent).toContain('此工作区没有备份文件夹（它不保存在文件中）；未进行备份。');
  });
});
