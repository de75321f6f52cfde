import type { ReportFigures } from '../../../shared/api/supervisor-report';
import type { FigureColumn } from '../../../shared/logic/supervisor-report-columns';
import { useT } from '../../i18n/useT';

export interface FiguresRow {
  key: string;
  /** The row's first cells: who, or which day. */
  lead: readonly (string | number)[];
  figures: ReportFigures;
}

/**
 * A table of the report's figures under the same headings as the workbook, with a total row; it is
 * also what the charts describe. The scroll box takes the keyboard focus, so wide tables scroll
 * with the arrow keys.
 */
export function FiguresTable({
  id,
  caption,
  leadHeaders,
  columns,
  rows,
  total,
}: {
  id?: string;
  caption: string;
  leadHeaders: readonly string[];
  columns: readonly FigureColumn[];
  rows: readonly FiguresRow[];
  total: ReportFigures;
}) {
  const { t } = useT();
  return (
    <div className="table-scroll supervisor-screen__table" tabIndex={0} role="region" aria-label={caption}>
      <table id={id} className="visit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {leadHeaders.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            {columns.map((c) => (
              <th key={c.id} scope="col" className="num">
                {t(c.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.lead.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
              {columns.map((c) => (
                <td key={c.id} className="num">
                  {c.value(row.figures)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('supervisorReport.total')}</th>
            {leadHeaders.slice(1).map((header) => (
              <td key={header} />
            ))}
            {columns.map((c) => (
              <td key={c.id} className="num">
                {c.value(total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
