import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The packaging config as electron-builder itself reads it (electron-builder.yml), schema-checked. */
async function packagingConfig() {
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

describe('packaging: Electron fuses', () => {
  it('sets every fuse the shell relies on, in a config electron-builder accepts', async () => {
    const { electronFuses } = await packagingConfig();
    expect(electronFuses).toBeTruthy();
    const fuses = electronFuses!;
    // No running the packaged binary as plain Node, no NODE_OPTIONS, no --inspect or SIGUSR1 inspector.
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
    // Code only from app.asar, checked against the hash electron-builder records (macOS, Windows).
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableCookieEncryption).toBe(true);
    // The renderer comes from app://, so file:// gets no more than a browser gives it.
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('packs into app.asar with its integrity recorded, as onlyLoadAppFromAsar and the integrity fuse need', async () => {
    const config = await packagingConfig();
    expect(config.asar ?? true).not.toBe(false);
    expect(config.disableAsarIntegrity ?? false).toBe(false);
    for (const platform of [config.mac, config.win, config.linux]) expect(platform?.asar ?? true).not.toBe(false);
  });

  it('flips the fuses through electron-builder only, not a second hand-written hook', async () => {
    const config = await packagingConfig();
    expect(config.afterPack ?? null).toBeNull();
    expect(config.afterSign ?? null).toBeNull();
  });
});

describe('packaging: code the fuses would break', () => {
  const electronSources = sourceFiles(path.join(root, 'electron'));

  it('never forks a child Node process or asks for ELECTRON_RUN_AS_NODE (runAsNode is off)', () => {
    expect(electronSources.length).toBeGreaterThan(10);
    for (const file of electronSources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/ELECTRON_RUN_AS_NODE/);
      expect(text, file).not.toMatch(/\bfork\s*\(/);
    }
  });

  it('loads the window from app://, never from a file:// URL (grantFileProtocolExtraPrivileges is off)', () => {
    for (const file of sourceFiles(path.join(root, 'electron', 'main'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bloadFile\s*\(/);
      expect(text, file).not.toMatch(/pathToFileURL/);
    }
  });
});
