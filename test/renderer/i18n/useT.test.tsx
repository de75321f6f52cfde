// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from '../../../renderer/i18n/language';
import { useT } from '../../../renderer/i18n/useT';

function Probe() {
  const { t, toggleLanguage, language } = useT();
  return (
    <div>
      <p data-testid="title">{t('app.title')}</p>
      <p data-testid="count">{t('unassigned.title', { count: 3 })}</p>
      <p data-testid="one">{t('visits.approved', { count: 1 })}</p>
      <p data-testid="many">{t('visits.approved', { count: 4 })}</p>
      <p data-testid="lang">{language}</p>
      <button type="button" onClick={toggleLanguage}>
        toggle
      </button>
    </div>
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
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
});

describe('useT', () => {
  it('starts in Chinese for a Chinese browser, switches, remembers and sets <html lang>', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('title').textContent).toBe('外勤调度');
    expect(screen.getByTestId('count').textContent).toBe('未分配的走访（3）');
    expect(screen.getByTestId('many').textContent).toMatch(/4/);
    expect(document.documentElement.lang).toBe('zh-CN');
    act(() => screen.getByRole('button').click());
    expect(screen.getByTestId('title').textContent).toBe('Field Dispatch');
    expect(screen.getByTestId('count').textContent).toBe('Unassigned visits (3)');
    expect(screen.getByTestId('one').textContent).toBe('Approved 1 visit.');
    expect(screen.getByTestId('many').textContent).toBe('Approved 4 visits.');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('uses the remembered language on the next start', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('lang').textContent).toBe('zh');
  });

  it("keeps each screen's language its own", () => {
    render(
      <>
        <I18nProvider defaultLanguage="zh">
          <Probe />
        </I18nProvider>
        <I18nProvider defaultLanguage="en">
          <Probe />
        </I18nProvider>
      </>,
    );
    expect(screen.getAllByTestId('lang').map((p) => p.textContent)).toEqual(['zh', 'en']);
    act(() => screen.getAllByRole('button')[0]!.click());
    expect(screen.getAllByTestId('lang').map((p) => p.textContent)).toEqual(['en', 'en']);
    expect(screen.getAllByTestId('title').map((p) => p.textContent)).toEqual(['Field Dispatch', 'Field Dispatch']);
  });

  it('fails loudly outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Probe />)).toThrow(/I18nProvider/);
  });
});
