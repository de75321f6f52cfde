// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionSettings } from '../../../../renderer/features/settings/RetentionSettings';
import { openTestWorkspace, signInSupervisor, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

let ws: TestWorkspace;
beforeEach(() => {
  ws = openTestWorkspace();
});
afterEach(() => {
  cleanup();
  ws.close();
});

describe('RetentionSettings', () => {
  it('a supervisor sets how many days personal data is kept, audited', async () => {
    await signInSupervisor(ws.handlers);
    renderWithProviders(<RetentionSettings />, { transport: fakeTransport(ws.handlers, ws.events), language: 'en' });
    const keep = await screen.findByLabelText<HTMLInputElement>('Keep them (no retention)');
    expect(keep.checked).toBe(true);
    fireEvent.click(keep);
    fireEvent.change(screen.getByLabelText(/for \(days\)/), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(await screen.findByText('Retention saved.')).toBeTruthy();
    expect(await ws.handlers['settings.retention']({})).toEqual({ keepDays: 90 });
    const audit = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'settings.retention'`).pluck().get() as string;
    expect(JSON.parse(audit)).toEqual({ keepDays: 90 });
  });

  it('refuses a dispatcher with a sentence, in Chinese', async () => {
    renderWithProviders(<RetentionSettings />, { transport: fakeTransport(ws.handlers, ws.events), language: 'zh' });
    expect(await screen.findByRole('heading', { name: '个人信息保存期限' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('一直保存（不设期限）'));
    fireEvent.click(screen.getByRole('button', { name: '保存期限' }));
    expect(await screen.findByText(/修改个人信息保存期限/)).toBeTruthy();
    expect(await ws.handlers['settings.retention']({})).toEqual({ keepDays: null });
  });
});
