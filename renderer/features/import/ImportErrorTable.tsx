import { useId } from 'react';
import type { RowError } from '../../../shared/api/import-report';
import { useT } from '../../i18n/useT';
import { errorRows } from './import-view';

/** The row errors of a checked file: line, column, value and reason, the first 200 of them. */
export function ImportErrorTable({ errors }: { errors: readonly RowError[] }) {
  const { t, language } = useT();
  const headingId = useId();
  const { rows, moreCount } = errorRows(errors, language, { wholeFile: t('import.wholeFile'), wholeRow: t('import.wholeRow') });
  return (
    <section className="import-errors">
      <h3 id={headingId}>{t('import.errors', { count: errors.length })}</h3>
      <div className="table-scroll">
        <table className="visit-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('import.col.line')}</th>
              <th scope="col">{t('import.col.column')}</th>
              <th scope="col">{t('import.col.value')}</th>
              <th scope="col">{t('import.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.line}</td>
                <td className="mono">{row.column}</td>
                <td className="mono">{row.value}</td>
                <td className="import-errors__reason">{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {moreCount > 0 && <p className="muted">{t('import.more', { count: moreCount })}</p>}
    </section>
  );
}
