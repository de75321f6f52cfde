import {
  IGNORE_COLUMN,
  type ColumnMapping,
  type FileInspection,
  type ImportField,
  type MappedColumn,
} from '../../../shared/api/column-mapping';
import { mappingProblems, type MappingProblem } from '../../../shared/logic/column-mapping';
import { pickMessage, type Language } from '../../i18n/language';

/** The mapping step as the dispatcher fills it in: the inspected file, a field per column, a name. */
export interface MappingDraft {
  inspection: FileInspection;
  /** The field chosen for each of `inspection.columns`, in order (IGNORE_COLUMN: left out). */
  fields: string[];
  name: string;
}

/** A draft starting from how the file's columns read now. */
export function startDraft(inspection: FileInspection, name: string): MappingDraft {
  return { inspection, fields: inspection.columns.map((c) => c.field), name };
}

/** The draft with column `index` read as `field`. */
export function chooseField(draft: MappingDraft, index: number, field: string): MappingDraft {
  return { ...draft, fields: draft.fields.map((f, i) => (i === index ? field : f)) };
}

/** Every column of the file with its chosen field. */
export function draftColumns(draft: MappingDraft): MappedColumn[] {
  return draft.inspection.columns.map((c, i) => ({ header: c.header, field: draft.fields[i] }));
}

/** What keeps the draft from being saved: the shared rule (the back end checks the same). */
export function draftProblems(draft: MappingDraft): MappingProblem[] {
  return mappingProblems(draftColumns(draft), draft.inspection.fields);
}

/** Whether a file needs the mapping step: a required field no column reads as, or one read twice. */
export function needsMapping(inspection: FileInspection): boolean {
  const columns = inspection.columns;
  return inspection.missing.length > 0 || mappingProblems(columns, inspection.fields).length > 0;
}

/** The draft as `import.saveMapping` takes it. */
export function mappingToSave(draft: MappingDraft): ColumnMapping {
  const { kind, signature } = draft.inspection;
  return { name: draft.name.trim(), kind, signature, columns: draftColumns(draft) };
}

/** One choice of a column's select. */
export interface FieldOption {
  value: string;
  label: string;
}

/** A column's choices: leave it out, then every field (required ones marked), in the file kind's order. */
export function fieldOptions(
  fields: readonly ImportField[],
  language: Language,
  words: { ignore: string; required(label: string): string },
): FieldOption[] {
  return [
    { value: IGNORE_COLUMN, label: words.ignore },
    ...fields.map((f) => {
      const label = pickMessage(f.label, language);
      return { value: f.field, label: f.required ? words.required(label) : label };
    }),
  ];
}
