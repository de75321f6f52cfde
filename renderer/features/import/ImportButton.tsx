import type { Ref } from 'react';
import { useT } from '../../i18n/useT';

/** Opens the import dialog; App keeps a ref so focus comes back here when the dialog closes. */
export function ImportButton({ onOpen, ref }: { onOpen(): void; ref?: Ref<HTMLButtonElement> }) {
  const { t } = useT();
  return (
    <button ref={ref} type="button" onClick={onOpen} aria-haspopup="dialog" aria-keyshortcuts="Alt+I">
      {t('import.button')}
    </button>
  );
}
