import type { ItinerarySettings } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/useT';

const SETTINGS: readonly (keyof ItinerarySettings)[] = ['officersCallCustomers', 'officersSeeOverdueAmounts'];

/**
 * The workspace's rules for what officer copies may show beyond the minimum: full phone numbers
 * (officers call customers themselves) and amounts overdue on collection visits. Saved at once.
 */
export function OfficerCopySettings() {
  const { t } = useT();
  const settings = useApiQuery('settings.itinerary', {});
  const save = useApiMutation('settings.setItinerary');
  const current = settings.data;
  if (!current) return null;
  const toggle = async (key: keyof ItinerarySettings, on: boolean) => {
    const saved = await save.run({ ...current, [key]: on });
    if (saved) settings.patch(() => saved);
  };
  return (
    <fieldset className="officer-copy-settings">
      <legend>{t('exportDialog.officerCopies')}</legend>
      {SETTINGS.map((key) => (
        <label key={key} className="checkbox">
          <input type="checkbox" checked={current[key]} disabled={save.isBusy} onChange={(e) => void toggle(key, e.target.checked)} />
          {t(`exportDialog.setting.${key}`)}
        </label>
      ))}
    </fieldset>
  );
}
