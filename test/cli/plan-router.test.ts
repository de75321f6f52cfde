import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspaceFile } from '../support/workspace-keys';
import { createRepos } from '../../electron/backend/db/repos';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';
import { closedPortUrl, startFakeServer, type FakeServer } from '../backend/travel/fake-road-servers';

const DATE = '2026-11-23';

describe('plan --router (issue 20)', () => {
  const tempDir = useTempDir();
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A demo day imported into a fresh workspace file. */
  async function importedDay(): Promise<{ dir: string; db: string }> {
    const dir = tempDir();
    const db = path.join(dir, 'day.sqlite');
    const demo = await runCliCaptured(['demo', '--out', dir, '--visits', '15', '--officers', '3', '--seed', '3', '--date', DATE]);
    expect(demo.code, demo.stderr).toBe(0);
    const imported = await runCliCaptured([
      'import',
      '--db',
      db,
      '--visits',
      path.join(dir, 'visits.csv'),
      '--officers',
      path.join(dir, 'officers.csv'),
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    return { dir, db };
  }

  const plan = (db: string, dir: string, ...router: string[]) =>
    runCliCaptured(['plan', '--date', DATE, '--db', db, '--seconds', '0.5', '--out', path.join(dir, 'plan.json'), ...router]);

  it('plans on the OSRM server named for the run, and a second run of the same day asks it nothing', async () => {
    server = await startFakeServer('osrm');
    const { dir, db } = await importedDay();
    const first = await plan(db, dir, '--router', 'osrm', '--router-url', server.url);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Planned 2026-11-23: \d+ of 15 visits/);
    expect(first.stderr).toContain('road travel times');
    expect(server.hits).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.profile === 'car' || r.profile === 'bike' || r.profile === 'foot')).toBe(true);

    const asked = server.hits;
    const again = await plan(db, dir, '--router', 'osrm', '--router-url', server.url);
    expect(again.code, again.stderr).toBe(0);
    expect(server.hits).toBe(asked);

    const store = openWorkspaceFile(db);
    try {
      const repos = createRepos(store);
      expect(repos.plans.current(DATE)?.travelSource).toEqual({ router: 'osrm', url: server.url, fellBack: false, reason: null });
      // The flags are for the run: the workspace keeps its own router.
      expect(repos.settings.travelSettings().router).toBe('straight');
    } finally {
      store.close();
    }
  });

  it('stops with the sentence naming the server when it cannot be reached, and refuses an unknown router', async () => {
    const { dir, db } = await importedDay();
    const url = await closedPortUrl();
    const stopped = await plan(db, dir, '--router', 'graphhopper', '--router-url', url);
    expect(stopped.code).not.toBe(0);
    expect(stopped.stderr).toContain(`The road server GraphHopper at ${url} could not be reached (ECONNREFUSED). Planning stopped`);

    const unknown = await plan(db, dir, '--router', 'google');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('--router must be osrm, valhalla, graphhopper or straight (got "google")');
    const noUrl = await plan(db, dir, '--router', 'valhalla');
    expect(noUrl.stderr).toContain('--router valhalla needs --router-url');
  });
});
