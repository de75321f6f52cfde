import { useT } from '../../i18n/useT';

export interface ExportButtonProps {
  onOpen(): void;
  disabled?: boolean;
}

/** Opens the export dialog for the day on screen (Alt+E). */
export function ExportButton({ onOpen, disabled = false }: ExportButtonProps) {
  const { t } = useT();
  return (
    <button type="button" onClick={onOpen} disabled={disabled} aria-keyshortcuts="Alt+E" aria-haspopup="dialog">
      {t('export.button')}
    </button>
  );
}
