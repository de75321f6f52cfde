import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Chinese may appear in the code's string literals only where it is data rather than a sentence:
 * the catalogue itself, the synthetic demo day, the words offices write in import files, and the
 * match levels Amap's geocoding API answers with.
 */
const ALLOWED = [
  /^shared\/i18n\//,
  /^shared\/demo\//,
  /^electron\/backend\/import\/[\w-]*(columns|aliases)\.ts$/,
  /^electron\/backend\/geocoding\/amap-levels\.ts$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** String literals holding Chinese, with comments left out. */
function chineseLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [...code.matchAll(/(['"`])(?:(?!\1)[^\\\n]|\\.)*\1/g)].map((m) => m[0]).filter((text) => /[\u4e00-\u9fff]/.test(text));
}

describe('one catalogue', () => {
  it('keeps every Chinese sentence in shared/i18n', () => {
    const stray = ['shared', 'electron', 'renderer']
      .flatMap(sourceFiles)
      .filter((path) => !ALLOWED.some((allowed) => allowed.test(path)))
      .flatMap((path) => chineseLiterals(readFileSync(path, 'utf8')).map((literal) => `${path}: ${literal}`));
    expect(stray).toEqual([]);
  });
});
