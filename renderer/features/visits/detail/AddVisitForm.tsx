import { useId, useState, type FormEvent } from 'react';
import { VisitKind } from '../../../../shared/domain';
import type { NewVisit } from '../../../../shared/api/visit-edit';
import type { MessageKey } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { ErrorBanner } from '../../../app/ErrorBanner';
import { FormField } from './FormField';
import { COORD_SYSTEMS } from './VisitEditForm';
import { blankAddFields, newVisitOf, problemsByField, type AddFields } from './visit-form';

export interface AddVisitFormProps {
  date: string;
  /** Adds; resolves to the refusal, or null once added. */
  onAdd(visit: NewVisit): Promise<unknown>;
  onClose(): void;
}

/** The fields in the order of a visits file, each named as the import names its column. */
const FIELDS: readonly [keyof AddFields, MessageKey][] = [
  ['id', 'column.visit_id'],
  ['date', 'column.date'],
  ['kind', 'column.kind'],
  ['customerId', 'column.customer_id'],
  ['customerName', 'column.customer_name'],
  ['phone', 'column.phone'],
  ['address', 'column.address'],
  ['lat', 'column.lat'],
  ['lng', 'column.lng'],
  ['coordSystem', 'column.coord_system'],
  ['windows', 'column.windows'],
  ['serviceMinutes', 'column.service_min'],
  ['priority', 'column.priority'],
  ['skills', 'column.skills'],
  ['approvalRef', 'column.approval_ref'],
  ['notes', 'column.notes'],
];

/** A visit added by hand (an urgent one): checked as an imported row; fitted into the plan afterwards. */
export function AddVisitForm({ date, onAdd, onClose }: AddVisitFormProps) {
  const { t } = useT();
  const id = useId();
  const [fields, setFields] = useState(() => blankAddFields(date));
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const problems = problemsByField(error);
  const kinds = VisitKind.options.map((kind) => [kind, t(`kind.${kind}`)] as const);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const failure = await onAdd(newVisitOf(fields));
    setSaving(false);
    if (failure) setError(failure);
  };

  return (
    <form
      className="visit-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h3 id={`${id}-title`}>{t('visitForm.addTitle')}</h3>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {FIELDS.map(([field, label]) => (
        <FormField
          key={field}
          id={`${id}-${field}`}
          label={t(label)}
          value={fields[field]}
          onChange={(value) => setFields((f) => ({ ...f, [field]: value }))}
          problems={problems.get(field)}
          hint={field === 'windows' ? t('visitForm.windowsHint') : undefined}
          multiline={field === 'notes'}
          options={field === 'kind' ? kinds : field === 'coordSystem' ? COORD_SYSTEMS : undefined}
        />
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('visitForm.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? t('visitForm.saving') : t('visitDetail.add')}
        </button>
      </div>
    </form>
  );
}
