import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avoidedTermsIn, catalogue, glossary, message, namespaces, translate } from '../../../shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:, *\w+)?\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('keeps each key in one namespace', () => {
    const seen = new Map<string, string>();
    for (const [name, namespace] of Object.entries(namespaces)) {
      for (const key of Object.keys(namespace.en)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('says in Chinese what it says in English, with the same values', () => {
    for (const [key, zh] of Object.entries(catalogue.zh)) {
      const en = catalogue.en[key];
      expect(en, `${key} has Chinese but no English`).toBeDefined();
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
    for (const key of Object.keys(catalogue.en).filter((k) => !k.endsWith('_one'))) {
      expect(catalogue.zh[key], `${key} has no Chinese`).toBeDefined();
    }
  });

  it('writes plurals as plural forms, never as "(s)"', () => {
    const withS = Object.entries(catalogue.en)
      .filter(([, en]) => /\w\(s\)/.test(en))
      .map(([key]) => key);
    expect(withS).toEqual([]);
    for (const key of Object.keys(catalogue.en).filter((k) => k.endsWith('_one'))) {
      expect(catalogue.en[key.replace(/_one$/, '_other')], `${key} has no _other form`).toBeDefined();
    }
  });

  it("uses one Chinese term per concept, the glossary's", () => {
    const offending = Object.entries(catalogue.zh)
      .map(([key, zh]) => ({ key, zh, avoided: avoidedTermsIn(zh) }))
      .filter((entry) => entry.avoided.length > 0);
    expect(offending).toEqual([]);
  });

  it('is the glossary the README shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const entry of glossary) {
      expect(readme, entry.concept).toMatch(new RegExp(`\\| ${entry.concept} \\| ${entry.zh} \\|`));
    }
  });

  it('catches a sentence that strays from the glossary', () => {
    expect(avoidedTermsIn('外访员 王伟 的走访已排入计划')).toEqual(['计划']);
    expect(avoidedTermsIn('外访 V-1 不在时间窗内')).toEqual(['外访', '时间窗']);
    expect(avoidedTermsIn('外访员 王伟 的走访')).toEqual([]);
  });

  it('renders plural forms, lists and quoted sentences in each language', () => {
    const someKey = Object.keys(catalogue.en).find((k) => k.endsWith('_one'));
    expect(someKey).toBeDefined();
    const base = someKey!.replace(/_one$/, '') as Parameters<typeof translate>[1];
    expect(translate('en', base, { count: 1 })).not.toBe(translate('en', base, { count: 2 }));
    expect(message(base, { count: 2 }).zh).toContain('2');
  });
});
