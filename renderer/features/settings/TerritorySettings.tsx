import { useId, useState, type ChangeEvent } from 'react';
import type { Officer, Territory } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/useT';
import { readFileBytes } from '../import/file-base64';
import { useTerritories } from '../territories/useTerritories';

const ALL = {};

/**
 * The territories section (issue 20): every team and officer territory with its rule and price,
 * a GeoJSON import (all or nothing, refusals listed by feature and field) and deleting one.
 * Territories are drawn on the board's map (Draw territory).
 */
export function TerritorySettings() {
  const { t, language } = useT();
  const id = useId();
  const { territories, importFile, remove, isBusy, error, dismissError } = useTerritories();
  const roster = useApiQuery('officers.list', ALL).data ?? [];
  const [status, setStatus] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    dismissError();
    const content = new TextDecoder('utf-8').decode(await readFileBytes(file));
    const result = await importFile(file.name, content);
    if (result) setStatus(t('territories.imported', { count: result.territories.length, added: result.added, replaced: result.replaced }));
  };
  const onRemove = async (territory: Territory) => {
    dismissError();
    if (await remove(territory.id)) setStatus(t('territories.removed', { name: territory.name }));
  };

  return (
    <section className="settings-section territory-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('territories.section')}</h3>
      <p className="muted">{t('territories.intro')}</p>
      <ErrorBanner error={error} onDismiss={dismissError} />
      {territories.length === 0 ? (
        <p>{t('territories.none')}</p>
      ) : (
        <table className="territory-table">
          <thead>
            <tr>
              <th scope="col">{t('territories.colName')}</th>
              <th scope="col">{t('territories.colOwner')}</th>
              <th scope="col">{t('territories.colRule')}</th>
              <th scope="col">{t('territories.colPrice')}</th>
              <th scope="col">{t('territories.colChanged')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {territories.map((territory) => (
              <tr key={territory.id} data-territory-id={territory.id}>
                <th scope="row">{territory.name}</th>
                <td>
                  {territory.owner.kind === 'team'
                    ? t('territories.ownerTeam', { team: territory.owner.team })
                    : t('territories.ownerOfficer', { name: officerName(roster, territory.owner.officerId) })}
                </td>
                <td>{territory.rule === 'hard' ? t('territories.ruleHard') : t('territories.ruleSoft')}</td>
                <td>{territory.rule === 'soft' ? t('territories.priceSeconds', { seconds: territory.outsidePrice }) : '—'}</td>
                <td>{new Date(territory.updatedAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB')}</td>
                <td>
                  <button
                    type="button"
                    disabled={isBusy}
                    aria-label={t('territories.removeLabel', { name: territory.name })}
                    onClick={() => void onRemove(territory)}
                  >
                    {t('territories.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="settings-field">
        <label htmlFor={`${id}-file`}>{t('territories.import')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          disabled={isBusy}
          onChange={(e) => void onFile(e)}
        />
        <span className="muted">{t('territories.importHint')}</span>
      </p>
      <p role="status">{status}</p>
    </section>
  );
}

function officerName(roster: readonly Officer[], officerId: string): string {
  const officer = roster.find((o) => o.id === officerId);
  return officer ? `${officer.name} (${officer.id})` : officerId;
}
