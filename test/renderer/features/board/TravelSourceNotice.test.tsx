// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TravelSourceNotice } from '../../../../renderer/features/board/TravelSourceNotice';
import { renderWithProviders } from '../../render';

afterEach(cleanup);

const reason = {
  en: 'The road server OSRM at http://127.0.0.1:5000 could not be reached (ECONNREFUSED).',
  zh: '无法连接 http://127.0.0.1:5000 上的 OSRM 路网服务器（ECONNREFUSED）。',
};

describe('TravelSourceNotice', () => {
  it('says on the board that a fallback plan runs on straight-line estimates, and why, in the screen language', () => {
    renderWithProviders(<TravelSourceNotice source={{ router: 'osrm', url: 'http://127.0.0.1:5000', fellBack: true, reason }} />, {
      language: 'zh',
    });
    expect(screen.getByRole('status').textContent).toBe(`路程时间为直线估算，并非路网时间：${reason.zh}`);
  });

  it('says nothing for a plan on the router chosen', () => {
    const { container } = renderWithProviders(
      <TravelSourceNotice source={{ router: 'osrm', url: 'http://127.0.0.1:5000', fellBack: false, reason: null }} />,
      { language: 'en' },
    );
    expect(container.textContent).toBe('');
  });
});
