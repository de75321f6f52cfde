import Papa from 'papaparse';
import type { RawRow } from './types';

/** Delimiters a header line is checked for, in order of preference on a tie. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Splits CSV text into records with papaparse (quotes, embedded newlines, CRLF; a `,` `;` tab or
 * `|` delimiter, whichever the header line uses most). Each record keeps the 1-based physical line
 * it starts on, counting the newlines inside quoted values of earlier records. Fully blank records
 * are dropped.
 */
export function readCsv(text: string): RawRow[] {
  const rows: RawRow[] = [];
  const lines = new LineCounter(text);
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: sniffDelimiter(text),
    step: (result) => {
      const line = lines.lineAt(start);
      // papaparse's cursor is just past the record and its line break: the next record starts there.
      start = result.meta.cursor;
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return;
      const quoteError = result.errors.some((e) => e.type === 'Quotes');
      rows.push(quoteError ? { line, cells, quoteError } : { line, cells });
    },
  });
  return rows;
}

/**
 * papaparse's own guess compares field counts over the first rows and is thrown off by a trailing
 * blank line or by `;` inside quoted values (our window lists); the header line alone is reliable.
 */
export function sniffDelimiter(text: string): string {
  const headerLine = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Maps character offsets to 1-based line numbers, scanning forward only (offsets come in order). */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(target: number): number {
    const { text } = this;
    for (; this.offset < target; this.offset += 1) {
      const code = text.charCodeAt(this.offset);
      // CRLF counts once (at the LF); a lone CR (old Mac files) counts too.
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(this.offset + 1) !== 0x0a)) this.line += 1;
    }
    return this.line;
  }
}
