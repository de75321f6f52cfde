import { useId, useState, type FormEvent } from 'react';
import { DISPATCHING_FORMATS, ExportFormat, PrivacyProfile, type Plan } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';
import { OfficerCopySettings } from './OfficerCopySettings';
import { PreDispatchCheck } from './PreDispatchCheck';
import type { ExportChoice } from './useExportDay';

/** An officer the day's plan routes, with how many visits. */
export interface ExportableOfficer {
  id: string;
  name: string;
  visits: number;
}

/** The officers the day's plan gives visits, in the plan's order. */
export function exportableOfficers(plan: Plan | null, names: ReadonlyMap<string, string>): ExportableOfficer[] {
  return (plan?.routes ?? [])
    .filter((route) => route.stops.length > 0)
    .map((route) => ({ id: route.officerId, name: names.get(route.officerId) ?? route.officerId, visits: route.stops.length }));
}

export interface ExportDialogProps {
  date: string;
  officerNames: ReadonlyMap<string, string>;
  officers: readonly ExportableOfficer[];
  /** Visits of the day already dispatched. */
  dispatchedCount: number;
  choice: ExportChoice;
  onChoiceChange(choice: ExportChoice): void;
  isBusy: boolean;
  onExport(): void;
  onTakeBack(): void;
  onClose(): void;
}

/**
 * What to export for the day on screen: which files, for whom (all officers or one), and for
 * which reader (officer copies are masked and dispatch the visits; supervisor copies are full).
 * The files are written in the screen's language. Dispatched visits can be taken back here.
 */
export function ExportDialog(props: ExportDialogProps) {
  const { date, officerNames, officers, dispatchedCount, choice, onChoiceChange, isBusy, onExport, onTakeBack, onClose } = props;
  const { t } = useT();
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  const id = useId();
  const change = (part: Partial<ExportChoice>) => onChoiceChange({ ...choice, ...part });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isBusy) onExport();
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog export-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('exportDialog.title', { date })}</h2>
        <PreDispatchCheck date={date} officerNames={officerNames} />
        <label htmlFor={`${id}-format`}>{t('exportDialog.format')}</label>
        <select id={`${id}-format`} value={choice.format} onChange={(e) => change({ format: ExportFormat.parse(e.target.value) })}>
          {ExportFormat.options.map((format) => (
            <option key={format} value={format}>
              {t(`exportDialog.format.${format}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-officer`}>{t('exportDialog.officer')}</label>
        <select id={`${id}-officer`} value={choice.officerId ?? ''} onChange={(e) => change({ officerId: e.target.value || null })}>
          <option value="">{t('exportDialog.allOfficers', { count: officers.length })}</option>
          {officers.map((officer) => (
            <option key={officer.id} value={officer.id}>
              {t('exportDialog.officerOption', { name: officer.name, id: officer.id, count: officer.visits })}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t('exportDialog.profile')}</legend>
          {PrivacyProfile.options.map((profile) => (
            <label key={profile} className="radio">
              <input
                type="radio"
                name={`${id}-profile`}
                value={profile}
                checked={choice.profile === profile}
                onChange={() => change({ profile })}
              />
              {t(`exportDialog.profile.${profile}`)}
            </label>
          ))}
        </fieldset>
        {choice.profile === 'officer' && <OfficerCopySettings />}
        {choice.profile === 'officer' && DISPATCHING_FORMATS.has(choice.format) && (
          <p className="muted">{t('exportDialog.dispatchNote')}</p>
        )}
        {dispatchedCount > 0 && (
          <p>
            {t('exportDialog.dispatched', { count: dispatchedCount })}{' '}
            <button type="button" onClick={onTakeBack} disabled={isBusy}>
              {t('exportDialog.takeBack')}
            </button>
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('exportDialog.close')}
          </button>
          <button type="submit" className="primary" disabled={isBusy} aria-busy={isBusy}>
            {isBusy ? t('export.busy') : t('exportDialog.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
