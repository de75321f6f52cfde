import { useId, useMemo, useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import { localDateOf } from '../../../shared/domain';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { holdRows } from './hold-rows';
import { HoldsTable } from './HoldsTable';
import { PlaceHoldForm } from './PlaceHoldForm';
import { ReleaseHoldForm } from './ReleaseHoldForm';
import { useHolds, type HoldNotice } from './useHolds';

/** The customer holds part of the screen: what happened last, the form to place one, and the list with its filter. */
export function CustomerHolds() {
  const { t, language } = useT();
  const id = useId();
  const holds = useHolds();
  const [filter, setFilter] = useState('');
  const [releasingId, setReleasingId] = useState<number | null>(null);
  const today = localDateOf(new Date());
  const rows = useMemo(() => holdRows(holds.holds ?? [], today, filter), [holds.holds, today, filter]);
  const names = useMemo(() => new Map(holds.officers.map((o) => [o.id as string, o.name])), [holds.officers]);
  const releasing = rows.find((r) => r.hold.id === releasingId)?.hold ?? null;

  const startRelease = (holdId: number) => {
    holds.resetRelease();
    setReleasingId(holdId);
  };
  const cancelRelease = () => {
    holds.resetRelease();
    setReleasingId(null);
  };
  const release = async (reason: string) => {
    if (releasingId !== null && (await holds.release(releasingId, reason))) setReleasingId(null);
  };

  const loadError = holds.loadError;
  const loadRefusal = loadError instanceof AppError ? pickMessage(loadError.userMessage, language) : loadError ? t('error.unknown') : null;
  const releaseFormId = `${id}-release`;

  return (
    <section className="panel holds-screen__holds" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 id={`${id}-title`}>{t('holdsScreen.title')}</h2>
      </div>
      <p className="muted">{t('holdsScreen.intro')}</p>
      <p className="notice" role="status" aria-live="polite">
        {holds.notice ? noticeText(holds.notice, t) : ''}
      </p>
      {loadRefusal && (
        <p className="error-banner" role="alert">
          {loadRefusal}
        </p>
      )}
      <PlaceHoldForm
        officers={holds.officers}
        isBusy={holds.isPlacing}
        error={holds.placeError}
        onDismissError={holds.resetPlace}
        onPlace={holds.place}
      />
      <div className="form-field holds-screen__filter">
        <label htmlFor={`${id}-filter`}>{t('holdsScreen.filter')}</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
      </div>
      {holds.holds === undefined && !loadError && <p className="muted">{t('holdsScreen.loading')}</p>}
      {holds.holds !== undefined && rows.length === 0 && (
        <p className="muted">{filter.trim() === '' ? t('hold.none') : t('holdsScreen.filterNone', { text: filter.trim() })}</p>
      )}
      {rows.length > 0 && (
        <HoldsTable
          rows={rows}
          officerName={(officerId) => names.get(officerId) ?? officerId}
          releasingId={releasing ? releasingId : null}
          releaseFormId={releaseFormId}
          onStartRelease={startRelease}
          releaseForm={
            releasing && (
              <ReleaseHoldForm
                key={releasing.id}
                id={releaseFormId}
                hold={releasing}
                isBusy={holds.isReleasing}
                error={holds.releaseError}
                onDismissError={holds.resetRelease}
                onRelease={(reason) => void release(reason)}
                onCancel={cancelRelease}
              />
            )
          }
        />
      )}
    </section>
  );
}

function noticeText(notice: HoldNotice, t: ReturnType<typeof useT>['t']): string {
  const { hold } = notice;
  if (notice.action === 'released') return t('hold.released', { id: hold.id, customerId: hold.customerId });
  return t('hold.placed', { id: hold.id, customerId: hold.customerId, kind: t(`hold.kind.${hold.kind}`) });
}
