// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CarryDialog } from '../../../../renderer/features/visits/CarryDialog';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';

beforeEach(() => stubDialog());
afterEach(cleanup);

describe('CarryDialog', () => {
  it('offers the next day, refuses a day not after the visits’ own, and carries to the day chosen', () => {
    const onCarry = vi.fn();
    renderWithProviders(<CarryDialog date="2026-11-23" count={3} onCarry={onCarry} onClose={() => undefined} />, { language: 'en' });
    expect(screen.getByRole('heading').textContent).toBe('Carry the 3 unassigned visits of 2026-11-23 to');
    const day = screen.getByLabelText<HTMLInputElement>('Day');
    expect(day.value).toBe('2026-11-24');
    fireEvent.change(day, { target: { value: '2026-11-23' } });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Carry' }).disabled).toBe(true);
    fireEvent.change(day, { target: { value: '2026-11-26' } });
    fireEvent.click(screen.getByRole('button', { name: 'Carry' }));
    expect(onCarry).toHaveBeenCalledWith('2026-11-26');
  });
});
