import { useId, useLayoutEffect, useRef } from 'react';
import { MAX_MAPPING_NAME } from '../../../shared/api/column-mapping';
import { problemSentences, type MappingProblem } from '../../../shared/logic/column-mapping';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { fieldOptions, type MappingDraft } from './column-mapping-view';

export interface ColumnMappingStepProps {
  draft: MappingDraft;
  problems: readonly MappingProblem[];
  isSaving: boolean;
  onChoose(index: number, field: string): void;
  onRename(name: string): void;
  onSave(): void;
}

/**
 * The import dialog's column-mapping step: each column of the file with the field it is read as,
 * the first rows, and the name the mapping is saved under. Props only; the rule is shared.
 */
export function ColumnMappingStep({ draft, problems, isSaving, onChoose, onRename, onSave }: ColumnMappingStepProps) {
  const { t, language } = useT();
  const titleId = useId();
  const nameId = useId();
  const previewId = useId();
  const firstSelect = useRef<HTMLSelectElement>(null);
  const { columns, rows, fields } = draft.inspection;
  const options = fieldOptions(fields, language, {
    ignore: t('import.mapping.ignore'),
    required: (column) => t('import.mapping.required', { column }),
  });
  const badHeaders = new Set(problems.flatMap((p) => p.headers));
  const canSave = problems.length === 0 && draft.name.trim() !== '' && !isSaving;

  // The step replaces the file's check: focus moves to its first choice, so the keyboard follows.
  useLayoutEffect(() => {
    firstSelect.current?.focus();
  }, [draft.inspection]);

  return (
    <section className="import-mapping" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('import.mapping.title')}</h3>
      <p>{t('import.mapping.intro')}</p>
      <div className="table-scroll">
        <table className="visit-table" aria-label={t('import.mapping.columns')}>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.col.header')}</th>
              <th scope="col">{t('import.mapping.col.field')}</th>
              <th scope="col">{t('import.mapping.col.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, index) => (
              <tr key={`${index}:${column.header}`}>
                <th scope="row" className="mono">
                  {column.header}
                </th>
                <td>
                  <select
                    ref={index === 0 ? firstSelect : undefined}
                    aria-label={t('import.mapping.fieldOf', { header: column.header })}
                    aria-invalid={badHeaders.has(column.header) || undefined}
                    value={draft.fields[index]}
                    disabled={isSaving}
                    onChange={(event) => onChoose(index, event.currentTarget.value)}
                  >
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="mono">{rows[0]?.[index] ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4 id={previewId}>{t('import.mapping.preview')}</h4>
      <div className="table-scroll">
        <table className="visit-table" aria-labelledby={previewId}>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={`${index}:${column.header}`} scope="col" className="mono">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, line) => (
              <tr key={line}>
                {cells.map((cell, index) => (
                  <td key={index} className="mono">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="import-mapping__problems" aria-live="polite">
        {problemSentences(problems).map((sentence) => (
          <li key={sentence.en}>{pickMessage(sentence, language)}</li>
        ))}
      </ul>
      <p className="import-mapping__save">
        <label htmlFor={nameId}>{t('import.mapping.name')}</label>
        <input
          id={nameId}
          type="text"
          value={draft.name}
          maxLength={MAX_MAPPING_NAME}
          disabled={isSaving}
          onChange={(event) => onRename(event.currentTarget.value)}
        />
        <button type="button" className="primary" onClick={onSave} disabled={!canSave}>
          {isSaving ? t('import.mapping.saving') : t('import.mapping.save')}
        </button>
      </p>
    </section>
  );
}
