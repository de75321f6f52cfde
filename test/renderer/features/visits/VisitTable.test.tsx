// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficerId, VisitId } from '../../../../shared/domain';
import { VisitTable } from '../../../../renderer/features/visits/VisitTable';
import { UnassignedList } from '../../../../renderer/features/visits/UnassignedList';
import { filterVisits } from '../../../../renderer/features/visits/filter-visits';
import { renderWithProviders } from '../../render';
import { sampleVisit } from '../../sample-data';

afterEach(cleanup);

const officerNames = new Map([['OF1', '李伟']]);
const visits = [
  sampleVisit(),
  sampleVisit({ id: VisitId.parse('V-2'), kind: 'verification', displayName: 'Li ***', status: 'planned', assignedOfficerId: OfficerId.parse('OF1'),
    windows: [{ startSec: 8 * 3600, endSec: 9 * 3600 }, { startSec: 14 * 3600, endSec: 15 * 3600 }] }),
];

describe('VisitTable', () => {
  it('shows masked names, translated kind and status, windows and the officer', () => {
    renderWithProviders(<VisitTable visits={visits} officerNames={officerNames} />, { language: 'en' });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(rows[0])).toEqual(['V-1', '王**', 'Collection', '09:00-11:30', '4', 'Approved', 'Not assigned']);
    expect(cells(rows[1])).toEqual(['V-2', 'Li ***', 'Verification', '08:00-09:00, 14:00-15:00', '4', 'Planned', '李伟']);
  });

  it('speaks Chinese and says when rows are cut off', () => {
    renderWithProviders(<VisitTable visits={visits} officerNames={officerNames} maxRows={1} />, { language: 'zh' });
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('columnheader', { name: '客户' })).toBeTruthy();
    expect(screen.getByText('催收')).toBeTruthy();
    expect(screen.getByText('显示 2 个走访中的 1 个。请缩小筛选范围查看其余走访。')).toBeTruthy();
  });
});

describe('filterVisits', () => {
  it('matches every word against id, name, address and shown labels', () => {
    const labels = (v: (typeof visits)[number]) => [v.kind === 'collection' ? '催收' : '贷前核查', v.assignedOfficerId ? '李伟' : ''];
    expect(filterVisits(visits, '', labels)).toHaveLength(2);
    expect(filterVisits(visits, 'v-2', labels).map((v) => v.id)).toEqual(['V-2']);
    expect(filterVisits(visits, '催收', labels).map((v) => v.id)).toEqual(['V-1']);
    expect(filterVisits(visits, '李伟 v-2', labels).map((v) => v.id)).toEqual(['V-2']);
    expect(filterVisits(visits, '李伟 v-1', labels)).toEqual([]);
    expect(filterVisits(visits, '长寿路', labels)).toHaveLength(2);
  });
});

describe('UnassignedList', () => {
  const unassigned = [{ visitId: VisitId.parse('V-1'), reasons: ['no_skilled_officer' as const],
    message: { en: 'No officer has the skill.', zh: '没有人员具备所需技能。' } }];

  it('shows each reason in the current language', () => {
    renderWithProviders(<UnassignedList unassigned={unassigned} displayNames={new Map([['V-1', '王**']])} />, { language: 'zh' });
    expect(screen.getByRole('heading').textContent).toBe('未分配的走访（1）');
    expect(screen.getByText('没有人员具备所需技能。')).toBeTruthy();
    expect(screen.getByText('王**')).toBeTruthy();
  });

  it('distinguishes "no plan yet" from "everything assigned"', () => {
    renderWithProviders(<UnassignedList unassigned={null} displayNames={new Map()} />, { language: 'en' });
    expect(screen.getByText(/Plan the day to see/)).toBeTruthy();
    cleanup();
    renderWithProviders(<UnassignedList unassigned={[]} displayNames={new Map()} />, { language: 'en' });
    expect(screen.getByText('Every visit has an officer.')).toBeTruthy();
  });
});
