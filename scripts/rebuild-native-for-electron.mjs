// Builds better-sqlite3 for Electron's ABI in its own folder (build/electron-native) so that the
// Node build in node_modules, which the tests use, is never replaced: `npm test` keeps working
// after `npm start`. The main process loads the result through better-sqlite3's `nativeBinding`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { rebuild } from '@electron/rebuild';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, 'build', 'electron-native');
const target = path.join(outDir, 'better_sqlite3.node');
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = path.join(outDir, 'stamp.json');
const wanted = JSON.stringify({ electronVersion, sqliteVersion });

if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date.`);
  process.exit(0);
}

const work = path.join(outDir, 'work');
fs.rmSync(work, { recursive: true, force: true });
const moduleDir = path.join(work, 'node_modules', 'better-sqlite3');
fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), moduleDir, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
});
fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (this needs Electron's headers)…`);
await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true, buildFromSource: true });
fs.copyFileSync(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), target);
fs.writeFileSync(stamp, wanted);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${path.relative(root, target)}`);
