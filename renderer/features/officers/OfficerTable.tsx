import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Officer } from '../../../shared/domain';
import { nextIndex } from '../../components/list-keys';
import { useT } from '../../i18n/useT';
import { officerRowView } from './officer-view';

export interface OfficerTableProps {
  officers: readonly Officer[];
  selectedId: string | null;
  onSelect(officerId: string): void;
  /** Enter on a row: go to its edit form. */
  onEdit(officerId: string): void;
}

const COLUMNS = ['name', 'team', 'skills', 'shift', 'break', 'limits', 'places', 'active'] as const;

/**
 * The roster, one row per officer. One row is in the tab order (the selected one); ↑ ↓ Home End
 * PageUp PageDown move the selection and Enter opens the row's edit form.
 */
export function OfficerTable({ officers, selectedId, onSelect, onEdit }: OfficerTableProps) {
  const { t, language } = useT();
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const focusNext = useRef(false);
  const activeIndex = officers.findIndex((o) => o.id === selectedId);

  useEffect(() => {
    if (!focusNext.current || selectedId === null) return;
    focusNext.current = false;
    rows.current.get(selectedId)?.focus();
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && selectedId !== null) {
      event.preventDefault();
      onEdit(selectedId);
      return;
    }
    const next = nextIndex(event.key, activeIndex, officers.length, 10);
    if (next === null) return;
    event.preventDefault();
    focusNext.current = true;
    onSelect(officers[next].id);
  };

  return (
    <div className="table-scroll officer-table-scroll">
      <table className="officer-table" role="grid" aria-label={t('officers.tableLabel')}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`officers.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {officers.map((officer, i) => {
            const view = officerRowView(officer, t, language);
            const selected = officer.id === selectedId;
            return (
              <tr
                key={officer.id}
                ref={(el) => {
                  if (el) rows.current.set(officer.id, el);
                  else rows.current.delete(officer.id);
                }}
                className={`officer-row${selected ? ' is-selected is-active' : ''}${officer.isActive ? '' : ' is-inactive'}`}
                aria-selected={selected}
                tabIndex={selected || (activeIndex < 0 && i === 0) ? 0 : -1}
                onClick={() => onSelect(officer.id)}
                onDoubleClick={() => onEdit(officer.id)}
                data-officer-id={officer.id}
              >
                <td>
                  {officer.name} <span className="muted mono">{officer.id}</span>
                </td>
                <td>{officer.team}</td>
                <td className="officer-skills">{view.skills}</td>
                <td>{view.shift}</td>
                <td>{view.lunch}</td>
                <td>{view.limits}</td>
                <td>{view.places}</td>
                <td>{view.active}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
