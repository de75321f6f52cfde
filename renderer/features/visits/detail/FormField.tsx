import type { Message } from '../../../../shared/domain';
import { pickMessage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';

export interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  problems?: readonly Message[];
  hint?: string;
  multiline?: boolean;
  /** Options of a choice (value → label); a text input without them. */
  options?: readonly (readonly [string, string])[];
}

/** One labelled field of the visit forms, with the back end's sentences about it under it. */
export function FormField({ id, label, value, onChange, problems = [], hint, multiline, options }: FormFieldProps) {
  const { language } = useT();
  const describedBy = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`form-field${problems.length > 0 ? ' form-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {problems.length > 0 && (
        <small id={`${id}-problem`} className="form-field__problem">
          {problems.map((p) => pickMessage(p, language)).join(' ')}
        </small>
      )}
    </div>
  );
}
