import { useId, useState, type FormEvent } from 'react';
import type { Officer, TerritoryGeometry } from '../../../shared/domain';
import type { TerritorySave } from '../../../shared/api/territories';
import { ErrorBanner } from '../../app/ErrorBanner';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n/useT';
import { blankFields, teamsOf, toSave, type TerritoryFields } from './territory-draft';

export interface TerritoryFormProps {
  /** The outline just drawn, in WGS-84. */
  geometry: TerritoryGeometry;
  roster: readonly Pick<Officer, 'id' | 'name' | 'team'>[];
  isBusy: boolean;
  /** The back end's refusal of the last try, if any. */
  error: unknown;
  onDismissError(): void;
  /** Stores the territory; true once stored (the dialog then closes). */
  onSave(territory: TerritorySave): Promise<boolean>;
  onCancel(): void;
}

/** After drawing: the territory's name, its team or officer, its rule, and for a soft rule the price per visit outside. */
export function TerritoryForm({ geometry, roster, isBusy, error, onDismissError, onSave, onCancel }: TerritoryFormProps) {
  const { t } = useT();
  const id = useId();
  const [fields, setFields] = useState<TerritoryFields>(() => blankFields(roster));
  const set = <K extends keyof TerritoryFields>(key: K, value: TerritoryFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const field = (name: string) => `${id}-${name}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onDismissError();
    if (await onSave(toSave(fields, geometry))) onCancel();
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onCancel}>
      <form className="territory-form" onSubmit={(e) => void submit(e)}>
        <h3 id={`${id}-title`}>{t('territories.formTitle')}</h3>
        <ErrorBanner error={error} onDismiss={onDismissError} />
        <div className="form-field">
          <label htmlFor={field('name')}>{t('territories.formName')}</label>
          <input id={field('name')} value={fields.name} onChange={(e) => set('name', e.target.value)} maxLength={80} required autoFocus />
        </div>
        <div className="form-field">
          <label htmlFor={field('owner')}>{t('territories.formOwnerKind')}</label>
          <select
            id={field('owner')}
            value={fields.ownerKind}
            onChange={(e) => set('ownerKind', e.target.value as TerritoryFields['ownerKind'])}
          >
            <option value="team">{t('territories.formTeam')}</option>
            <option value="officer">{t('territories.formOfficer')}</option>
          </select>
        </div>
        {fields.ownerKind === 'team' ? (
          <div className="form-field">
            <label htmlFor={field('team')}>{t('territories.formTeam')}</label>
            <select id={field('team')} value={fields.team} onChange={(e) => set('team', e.target.value)}>
              {teamsOf(roster).map((team) => (
                <option key={team} value={team}>
                  {team}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="form-field">
            <label htmlFor={field('officer')}>{t('territories.formOfficer')}</label>
            <select id={field('officer')} value={fields.officerId} onChange={(e) => set('officerId', e.target.value)}>
              {roster.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.id})
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-field">
          <label htmlFor={field('rule')}>{t('territories.formRule')}</label>
          <select id={field('rule')} value={fields.rule} onChange={(e) => set('rule', e.target.value as TerritoryFields['rule'])}>
            <option value="hard">{t('territories.ruleHard')}</option>
            <option value="soft">{t('territories.ruleSoft')}</option>
          </select>
        </div>
        {fields.rule === 'soft' && (
          <div className="form-field">
            <label htmlFor={field('price')}>{t('territories.formPrice')}</label>
            <input
              id={field('price')}
              type="number"
              min={0}
              max={86_400}
              step={1}
              value={fields.price}
              onChange={(e) => set('price', e.target.value)}
            />
          </div>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={isBusy}>
            {t('territories.formSave')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('territories.formCancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
