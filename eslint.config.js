import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

// Layer rules from STYLE.md B2: who may import whom.
const layerZones = [
  { target: './shared', from: ['./electron', './renderer', './test'], message: 'shared/ is pure: no back end, UI or tests.' },
  {
    target: './shared/solver',
    from: ['./shared/api', './shared/logic', './shared/benchmark'],
    message: 'the solver imports only itself (and domain types in its adapter).',
  },
  { target: './shared/benchmark', from: ['./shared/solver'], message: 'the benchmark checker stays independent of the solver it checks.' },
  { target: './renderer', from: ['./electron'], message: 'the renderer reaches the back end only through the typed API.' },
  {
    target: './electron/backend',
    from: ['./renderer', './electron/main', './electron/preload'],
    message: 'the back end runs without Electron or the UI.',
  },
  {
    target: './electron/preload',
    from: ['./shared/domain', './shared/logic', './shared/solver', './electron/backend', './renderer'],
    message: 'the preload only needs the API names.',
  },
];

// What shared/ may not import: it is pure, with no Node APIs.
const sharedPurity = [
  { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'], message: 'shared/ has no Node APIs.' },
  { group: ['electron', 'better-sqlite3-multiple-ciphers', 'react', 'react-dom', 'leaflet', 'react-leaflet'], message: 'shared/ is pure.' },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'build', 'test-results', '.bench', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: sharedPurity,
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'randomness is injected (seeded rng).' },
        { object: 'Date', property: 'now', message: 'the clock is injected.' },
      ],
    },
  },
  {
    // The solver reaches the domain through its adapter alone, so its core stays plain arrays.
    files: ['shared/solver/**'],
    ignores: ['shared/solver/adapter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sharedPurity,
            { group: ['../domain', '../domain/*'], message: 'the solver imports domain types in its adapter only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**', 'electron/cli/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'the back end runs without Electron.' }] }] },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3-multiple-ciphers'],
          patterns: [{ group: ['node:*'], message: 'the renderer has no Node APIs.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'scripts/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
