/**
 * CSV text (RFC 4180): comma separated, CRLF between records, a cell quoted when it holds a
 * comma, quote, line break or edge spaces, with quotes doubled. Written here rather than with
 * papaparse because papaparse's type package pulls Node's globals into the pure shared/ build.
 * No BOM; callers that target Excel add one.
 */
export function toCsv<C extends string>(rows: readonly Readonly<Record<C, string>>[], columns: readonly C[]): string {
  const lines = [columns.map(quoteCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => quoteCell(row[column] ?? '')).join(','));
  return lines.join('\r\n');
}

function quoteCell(text: string): string {
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}
