import { useEffect, useId, useState, type FormEvent } from 'react';
import type { VisitSummary } from '../../../../shared/api/contract';
import type { VisitChanges } from '../../../../shared/api/visit-edit';
import type { MessageKey } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { ErrorBanner } from '../../../app/ErrorBanner';
import { FormField } from './FormField';
import { changesOf, EDIT_FIELDS, editFieldsOf, problemsByField, type EditFields } from './visit-form';

/** Where the visit's pin was dropped on the map (WGS-84, as the map draws). */
export interface DraggedPin {
  visitId: string;
  lat: number;
  lng: number;
}

export interface VisitEditFormProps {
  visit: VisitSummary;
  /** Without a plan a change cannot be undone: the form asks once more before saving. */
  hasPlan: boolean;
  draggedTo: DraggedPin | null;
  /** Saves; resolves to the refusal, or null once saved. */
  onSave(changes: VisitChanges): Promise<unknown>;
  onClose(): void;
}

const LABELS: Record<keyof EditFields, MessageKey> = {
  windows: 'column.windows',
  serviceMinutes: 'column.service_min',
  priority: 'column.priority',
  address: 'column.address',
  lat: 'column.lat',
  lng: 'column.lng',
  coordSystem: 'column.coord_system',
  notes: 'column.notes',
};

export const COORD_SYSTEMS = [
  ['wgs84', 'WGS-84'],
  ['gcj02', 'GCJ-02'],
  ['bd09', 'BD-09'],
] as const;

/**
 * The edit form of the detail panel: windows, service time, priority, address, place and notes.
 * The back end checks each field by the import's rules and the form shows its sentences by the field.
 * The place follows the visit's pin when it is dragged on the map; typing the coordinates is the keyboard way.
 */
export function VisitEditForm({ visit, hasPlan, draggedTo, onSave, onClose }: VisitEditFormProps) {
  const { t } = useT();
  const id = useId();
  const [start] = useState(() => editFieldsOf(visit));
  const [fields, setFields] = useState(start);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const problems = problemsByField(error);

  useEffect(() => {
    if (draggedTo?.visitId !== visit.id) return;
    setFields((f) => ({ ...f, lat: draggedTo.lat.toFixed(6), lng: draggedTo.lng.toFixed(6), coordSystem: 'wgs84' }));
  }, [draggedTo, visit.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = changesOf(start, fields);
    if (Object.keys(changes).length === 0) return onClose();
    if (!hasPlan && !confirming) return setConfirming(true);
    setSaving(true);
    const failure = await onSave(changes);
    setSaving(false);
    setConfirming(false);
    if (failure) setError(failure);
    else onClose();
  };
  const set = (field: keyof EditFields) => (value: string) => setFields((f) => ({ ...f, [field]: value }));

  return (
    <form
      className="visit-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h3 id={`${id}-title`}>{t('visitForm.editTitle', { visitId: visit.id })}</h3>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {EDIT_FIELDS.map((field) => (
        <FormField
          key={field}
          id={`${id}-${field}`}
          label={t(LABELS[field])}
          value={fields[field]}
          onChange={set(field)}
          problems={problems.get(field)}
          hint={field === 'windows' ? t('visitForm.windowsHint') : field === 'lat' ? t('visitForm.placeHint') : undefined}
          multiline={field === 'notes' || field === 'address'}
          options={field === 'coordSystem' ? COORD_SYSTEMS : undefined}
        />
      ))}
      {confirming && (
        <p className="warning-text" role="alert">
          {t('visitForm.confirmNoPlan')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('visitForm.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? t('visitForm.saving') : t('visitForm.save')}
        </button>
      </div>
    </form>
  );
}
