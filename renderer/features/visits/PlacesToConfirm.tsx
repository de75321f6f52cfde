import { useId, useState, type KeyboardEvent } from 'react';
import type { VisitSummary } from '../../../shared/api/contract';
import type { GeocodeCounts } from '../../../shared/api/geocoding';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useApiEvent } from '../../api/useApiEvent';
import { useApiMutation } from '../../api/useApiMutation';
import { nextIndex } from '../../components/list-keys';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { placeSourceText, placesToConfirm } from './places-model';

export interface PlacesToConfirmProps {
  date: string;
  visits: readonly VisitSummary[];
  displayNames: ReadonlyMap<string, string>;
  /** Shows the visit in the detail panel, where Edit visit lets its pin be dragged or its coordinates typed. */
  onMovePin(visitId: string): void;
  /** Visits changed here (geocoded, confirmed): the board reads the day again. */
  onChanged(): void;
  onNotice(key: MessageKey, values?: Record<string, string | number>): void;
}

/**
 * "Places to confirm" (issue 20): the day's visits that wait for a place. Addresses not geocoded
 * yet are counted, with a button that geocodes them (progress, Cancel); guesses below the
 * threshold are listed: ↑ ↓ choose, Enter confirms the place as it is, P shows the visit so its
 * pin can be moved. Nothing here is planned until it is confirmed.
 */
export function PlacesToConfirm({ date, visits, displayNames, onMovePin, onChanged, onNotice }: PlacesToConfirmProps) {
  const { t } = useT();
  const id = useId();
  const { guessed, pending } = placesToConfirm(visits);
  const geocode = useApiMutation('geocoding.run');
  const cancel = useApiMutation('geocoding.cancel');
  const confirm = useApiMutation('visits.confirmPlace');
  const [progress, setProgress] = useState<GeocodeCounts | null>(null);
  const [active, setActive] = useState(0);
  useApiEvent('geocoding.progress', (event) => {
    if (event.date === date) setProgress(event);
  });

  if (guessed.length === 0 && pending.length === 0 && !geocode.isBusy) return null;
  const activeIndex = Math.min(active, guessed.length - 1);

  const runGeocoding = async () => {
    setProgress(null);
    const run = await geocode.run({ date });
    setProgress(null);
    if (!run) return;
    onNotice('toConfirm.done', { total: run.total, found: run.found, guessed: run.guessed, failed: run.failed });
    onChanged();
  };
  const confirmPlace = async (visitId: string) => {
    if (!(await confirm.run({ visitId }))) return;
    onNotice('toConfirm.confirmed', { id: visitId });
    onChanged();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const visit = guessed[activeIndex];
    const next = nextIndex(event.key, activeIndex, guessed.length, 5);
    if (next !== null) setActive(next);
    else if (event.key === 'Enter' && visit) void confirmPlace(visit.id);
    else if ((event.key === 'p' || event.key === 'P') && visit) onMovePin(visit.id);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <section className="places-to-confirm" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('toConfirm.title')}</h3>
      <p className="muted">{t('toConfirm.intro')}</p>
      {pending.length > 0 && <p>{t('toConfirm.pendingCount', { count: pending.length })}</p>}
      {geocode.isBusy ? (
        <button type="button" onClick={() => void cancel.run({})} disabled={cancel.isBusy}>
          {t('toConfirm.cancel')}
        </button>
      ) : (
        pending.length > 0 && (
          <button type="button" onClick={() => void runGeocoding()}>
            {t('toConfirm.geocode')}
          </button>
        )
      )}
      <p role="status" aria-live="polite">
        {geocode.isBusy && progress ? t('toConfirm.progress', { ...progress }) : ''}
      </p>
      <ErrorBanner
        error={geocode.error ?? confirm.error}
        onDismiss={() => {
          geocode.reset();
          confirm.reset();
        }}
      />
      {guessed.length > 0 && (
        <ul
          role="listbox"
          tabIndex={0}
          aria-label={t('toConfirm.listLabel')}
          aria-activedescendant={`${id}-place-${activeIndex}`}
          onKeyDown={onKeyDown}
          className="places-to-confirm__list"
        >
          {guessed.map((visit, i) => (
            <li key={visit.id} id={`${id}-place-${i}`} role="option" aria-selected={i === activeIndex} onClick={() => setActive(i)}>
              <span>
                {visit.id} · {displayNames.get(visit.id) ?? visit.displayName} · {visit.address}
              </span>
              <span className="muted"> {placeSourceText(visit, t)} </span>
              <button type="button" tabIndex={-1} onClick={() => void confirmPlace(visit.id)} disabled={confirm.isBusy}>
                {t('toConfirm.confirm')}
              </button>{' '}
              <button type="button" tabIndex={-1} onClick={() => onMovePin(visit.id)}>
                {t('toConfirm.movePin')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
