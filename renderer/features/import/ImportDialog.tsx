import { useLayoutEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { ImportKind, ImportReport } from '../../../shared/api/import-report';
import { CoordSystem } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useT } from '../../i18n/useT';
import { ColumnMappingStep, type ColumnMappingStepProps } from './ColumnMappingStep';
import { ImportPreview } from './ImportPreview';
import { importChoices, outcomePhrase } from './import-view';
import { useModalDialog } from './useModalDialog';

export interface ImportDialogProps {
  kind: ImportKind;
  onKindChange(kind: ImportKind): void;
  onFileChange(file: File | null): void;
  /** The dry-run report of the chosen file. */
  preview: ImportReport | null;
  /** The report of the import once rows were stored. */
  result: ImportReport | null;
  isChecking: boolean;
  isStoring: boolean;
  error: unknown;
  onDismissError(): void;
  onImportAll(): void;
  onImportValidOnly(): void;
  onClose(): void;
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** The coordinate system of rows without a coord_system (null: the workspace's, `workspaceCoordSystem`). */
  coordSystem?: CoordSystem | null;
  workspaceCoordSystem?: CoordSystem | null;
  onCoordSystemChange?(system: CoordSystem | null): void;
  /** The column-mapping step, while the chosen file's headers need one; it stands in for the check. */
  mapping?: ColumnMappingStepProps | null;
}

const KINDS: readonly ImportKind[] = ['visits', 'officers', 'outcomes', 'availability'];

/** The import dialog: what the file holds, which file, the check's findings and the import buttons. */
export function ImportDialog(props: ImportDialogProps) {
  const { kind, preview, result, isChecking, isStoring, error } = props;
  const { t } = useT();
  const dialogRef = useModalDialog(props.returnFocusTo);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const fileId = useId();
  const coordsId = useId();
  const kindName = useId();
  const shown = result ?? preview;
  const choices = importChoices(result ? null : preview);
  const busy = isChecking || isStoring;
  const outcome = shown && !busy ? outcomePhrase(shown) : null;

  // The import buttons disappear once rows are stored; keep focus inside the dialog. A layout
  // effect, so focus has moved by the time the stored report is on screen.
  useLayoutEffect(() => {
    if (result) closeRef.current?.focus();
  }, [result]);

  const requestClose = () => {
    if (!isStoring) props.onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault(); // we close through React state, not the browser's own close
    requestClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
    >
      <h2 id={titleId}>{t('import.title')}</h2>
      <fieldset className="import-kind">
        <legend>{t('import.kind')}</legend>
        {KINDS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={kindName}
              value={option}
              checked={kind === option}
              disabled={busy}
              onChange={() => props.onKindChange(option)}
            />
            {t(`import.kind.${option}`)}
          </label>
        ))}
      </fieldset>
      <p className="import-file">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.xlsx,.txt"
          disabled={isStoring}
          // Cleared on click, so choosing the same file again after fixing it checks it again.
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={(event) => props.onFileChange(event.currentTarget.files?.[0] ?? null)}
        />
      </p>
      {props.onCoordSystemChange && (
        <p className="import-coords">
          <label htmlFor={coordsId}>{t('import.coordSystem')}</label>
          <select
            id={coordsId}
            value={props.coordSystem ?? ''}
            disabled={busy}
            onChange={(event) =>
              props.onCoordSystemChange?.(event.currentTarget.value === '' ? null : CoordSystem.parse(event.currentTarget.value))
            }
          >
            <option value="">
              {t('import.coordSystem.workspace', {
                system: props.workspaceCoordSystem ? t(`coordSystem.${props.workspaceCoordSystem}`) : '…',
              })}
            </option>
            {CoordSystem.options.map((system) => (
              <option key={system} value={system}>
                {t(`coordSystem.${system}`)}
              </option>
            ))}
          </select>
        </p>
      )}
      <ErrorBanner error={error} onDismiss={props.onDismissError} />
      <p className="import-status" role="status" aria-live="polite">
        {isChecking ? t('import.checking') : isStoring ? t('import.storing') : outcome ? t(outcome.key, outcome.values) : ''}
      </p>
      {props.mapping ? <ColumnMappingStep {...props.mapping} /> : shown && <ImportPreview report={shown} />}
      <div className="import-actions">
        {!result && (
          <button type="button" className="primary" onClick={props.onImportAll} disabled={!choices.canImportAll || busy}>
            {t('import.importAll')}
          </button>
        )}
        {!result && choices.canImportValidOnly && (
          <button type="button" onClick={props.onImportValidOnly} disabled={busy}>
            {t('import.importValid', { count: choices.validCount })}
          </button>
        )}
        <button type="button" ref={closeRef} onClick={requestClose} disabled={isStoring}>
          {result ? t('import.close') : t('import.cancel')}
        </button>
      </div>
    </dialog>
  );
}
