import type { RowError } from '../../../shared/api/import-report';
import type { Message } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { CellParser, Label } from './cells';

/** Longest cell text echoed back in a row error. */
const MAX_VALUE_CHARS = 80;

/** Shortens a cell for an error report. */
export function shorten(text: string): string {
  return text.length <= MAX_VALUE_CHARS ? text : `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
}

/**
 * Reads one data row cell by cell, collecting one RowError per bad field instead of stopping at the
 * first, so a dispatcher can fix a row in one pass. Getters return undefined for a bad cell.
 */
export class RowReader {
  readonly errors: RowError[] = [];

  /**
   * `cells` and `headers` are keyed by canonical field; `headers` holds each column's header as the
   * file spells it, which the errors quote.
   */
  constructor(
    readonly line: number,
    private readonly cells: ReadonlyMap<string, string>,
    private readonly labels: ReadonlyMap<string, Label>,
    private readonly headers: ReadonlyMap<string, string>,
  ) {}

  /** The trimmed cell text, '' for an empty cell or a column the file does not have. */
  text(field: string): string {
    return (this.cells.get(field) ?? '').trim();
  }

  label(field: string): Label {
    return this.labels.get(field) ?? { en: field, zh: field };
  }

  /** A value that must be present. */
  required<T>(field: string, parse: CellParser<T>): T | undefined {
    const text = this.text(field);
    if (text === '') {
      this.fail(field, message('importProblem.required', { column: this.label(field) }));
      return undefined;
    }
    return this.parse(field, text, parse);
  }

  /** A value that may be left empty, then `fallback` is used. */
  optional<T>(field: string, parse: CellParser<T>, fallback: T): T | undefined {
    const text = this.text(field);
    return text === '' ? fallback : this.parse(field, text, parse);
  }

  /** The field's header as the file spells it: `*` for the whole row, '' for a column the file lacks. */
  header(field: string): string {
    return field === '*' ? '*' : (this.headers.get(field) ?? '');
  }

  /** Records a problem with a field (`*`: the whole row); `value` defaults to the field's cell text. */
  fail(field: string, problem: Message, value?: string): void {
    const header = this.header(field);
    this.errors.push({ line: this.line, field, header, value: shorten(value ?? this.text(field)), message: problem });
  }

  private parse<T>(field: string, text: string, parse: CellParser<T>): T | undefined {
    const result = parse(text, this.label(field));
    if (result.ok) return result.value;
    this.fail(field, result.message, text);
    return undefined;
  }
}
