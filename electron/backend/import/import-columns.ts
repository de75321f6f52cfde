import type { ImportKind } from '../../../shared/api/import-report';
import { AVAILABILITY_COLUMNS, REQUIRED_AVAILABILITY_COLUMNS } from './availability-columns';
import type { ColumnSpec } from './headers';
import { OFFICER_COLUMNS, REQUIRED_OFFICER_COLUMNS } from './officer-columns';
import { OUTCOME_COLUMNS, REQUIRED_OUTCOME_COLUMNS } from './outcome-columns';
import { VISIT_COLUMNS, requiredVisitColumns } from './visit-columns';

/** The columns a file of one kind may have, and those it must have. */
export interface KindColumns {
  columns: readonly ColumnSpec[];
  required: readonly string[];
}

/** A kind's columns; a visits file needs no `date` column when the import supplies a default date. */
export function importColumns(kind: ImportKind, hasDefaultDate: boolean): KindColumns {
  switch (kind) {
    case 'visits':
      return { columns: VISIT_COLUMNS, required: requiredVisitColumns(hasDefaultDate) };
    case 'officers':
      return { columns: OFFICER_COLUMNS, required: REQUIRED_OFFICER_COLUMNS };
    case 'outcomes':
      return { columns: OUTCOME_COLUMNS, required: REQUIRED_OUTCOME_COLUMNS };
    case 'availability':
      return { columns: AVAILABILITY_COLUMNS, required: REQUIRED_AVAILABILITY_COLUMNS };
  }
}
