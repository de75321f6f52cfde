// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { zh } from '../../../renderer/i18n/zh';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import { initialLanguage, interpolate, LANGUAGE_STORAGE_KEY } from '../../../renderer/i18n/language';
import { useT } from '../../../renderer/i18n/useT';

function Probe() {
  const { t, toggleLanguage, language } = useT();
  return (
    <div>
      <p data-testid="title">{t('app.title')}</p>
      <p data-testid="count">{t('unassigned.title', { count: 3 })}</p>
      <p data-testid="lang">{language}</p>
      <button type="button" onClick={toggleLanguage}>toggle</button>
    </div>
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('dictionaries', () => {
  it('have the same keys and no empty texts', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(zh[key]), key).toEqual(names(en[key]));
  });
});

describe('language choice', () => {
  it('follows the browser language unless a choice was remembered', () => {
    expect(initialLanguage(null, 'zh-CN')).toBe('zh');
    expect(initialLanguage(null, 'zh-TW')).toBe('zh');
    expect(initialLanguage(null, 'en-GB')).toBe('en');
    expect(initialLanguage(null, undefined)).toBe('en');
    expect(initialLanguage('en', 'zh-CN')).toBe('en');
    expect(initialLanguage('fr', 'zh-CN')).toBe('zh');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});

describe('useT', () => {
  it('starts in Chinese for a Chinese browser, switches, remembers and sets <html lang>', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    render(<I18nProvider><Probe /></I18nProvider>);
    expect(screen.getByTestId('title').textContent).toBe('外勤调度');
    expect(screen.getByTestId('count').textContent).toBe('未分配的走访（3）');
    expect(document.documentElement.lang).toBe('zh-CN');
    act(() => screen.getByRole('button').click());
    expect(screen.getByTestId('title').textContent).toBe('Field Dispatch');
    expect(screen.getByTestId('count').textContent).toBe('Unassigned visits (3)');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('uses the remembered language on the next start', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh');
    render(<I18nProvider><Probe /></I18nProvider>);
    expect(screen.getByTestId('lang').textContent).toBe('zh');
  });

  it('fails loudly outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Probe />)).toThrow(/I18nProvider/);
  });
});
