import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';

/** The attributes a control needs to be tied to its label, help and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface FieldProps {
  id: string;
  label: string;
  help?: string;
  /** Shown under the control and announced through aria-describedby. */
  error?: string;
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ComponentChildren;
}

/** A labelled control with its help and error text, wired for screen readers. */
export function Field({ id, label, help, error, optional, className, children }: FieldProps) {
  const describedBy = [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>
        {label}
        {/* "(optional)" after a space; "（可选）" brings its own with its full-width bracket. */}
        {optional ? <span class="muted">{t('opt_optional').startsWith('（') ? '' : ' '}{t('opt_optional')}</span> : null}
      </label>
      {children({ id, 'aria-invalid': !!error, ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error ? (
        <p id={`${id}-error`} class="error field-error">
          {error}
        </p>
      ) : null}
      {help ? (
        <p id={`${id}-help`} class="muted field-help">
          {help}
        </p>
      ) : null}
    </div>
  );
}
