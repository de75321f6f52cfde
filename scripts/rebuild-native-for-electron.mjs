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
const sqliteVersion = require('better-sqlite3-multiple-ciphers/package.json').version;
const stamp = path.join(outDir, 'stamp.json');
const wanted = JSON.stringify({ electronVersion, sqliteVersion });

if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date.`);
  process.exit(0);
}

const work = path.join(outDir, 'work');
fs.rmSync(work, { recursive: true, force: true });
const moduleDir = path.join(work, 'node_modules', 'better-sqlite3-multiple-ciphers');
fs.cpSync(path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json')), moduleDir, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
});
fs.writeFileSync(
  path.join(work, 'package.json'),
  JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': sqliteVersion } }),
);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (this needs Electron's headers)…`);
// A machine-wide `nodedir` npm setting would make node-gyp build against this Node's headers
// instead of Electron's, producing a binary Electron refuses to load.
for (const key of Object.keys(process.env)) if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
try {
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true, buildFromSource: true });
} catch (error) {
  console.error(
    `\nCould not build better-sqlite3 for Electron ${electronVersion}: ${error instanceof Error ? error.message : error}.\n` +
      "This step downloads Electron's C++ headers once; without network access it cannot run.\n" +
      '`npm run web` runs the same app in a browser without Electron.',
  );
  process.exit(1);
}
const built = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
if (loadsInThisNode(built)) {
  console.error(`The build of better-sqlite3 targets Node ${process.version}'s ABI, not Electron ${electronVersion}'s; not installing it.`);
  process.exit(1);
}
fs.copyFileSync(built, target);
fs.writeFileSync(stamp, wanted);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${path.relative(root, target)}`);

/** Electron's module ABI differs from Node's: a binary this Node can load was built for Node. */
function loadsInThisNode(file) {
  try {
    process.dlopen({ exports: {} }, file);
    return true;
  } catch {
    return false;
  }
}
