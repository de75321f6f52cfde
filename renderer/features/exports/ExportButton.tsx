import { useId } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import { useT } from '../../i18n/useT';

/** The formats `exports.day` accepts. */
export type ExportFormat = MethodInput<'exports.day'>['format'];

export interface ExportButtonProps {
  format: ExportFormat;
  onFormatChange(format: ExportFormat): void;
  onExport(): void;
  isBusy: boolean;
  disabled?: boolean;
}

/** Export of the selected day, with the file format next to it. */
export function ExportButton({ format, onFormatChange, onExport, isBusy, disabled = false }: ExportButtonProps) {
  const { t } = useT();
  const selectId = useId();
  return (
    <span className="export">
      <label htmlFor={selectId} className="visually-hidden">
        {t('export.format')}
      </label>
      <select id={selectId} value={format} onChange={(e) => onFormatChange(e.target.value as ExportFormat)} disabled={disabled}>
        <option value="csv">CSV</option>
        <option value="json">JSON</option>
      </select>
      <button type="button" onClick={onExport} disabled={disabled || isBusy} aria-busy={isBusy} aria-keyshortcuts="Alt+E">
        {isBusy ? t('export.busy') : t('export.button')}
      </button>
    </span>
  );
}
