import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { minorToInput, parseAmount } from '../../utils/domain/money';
import type { Line } from '../../utils/domain/types';

interface Props {
  line: Line;
  /** Prefilled amount in minor units (the renewal amount, or what autofill just filled). */
  suggested: number | null;
  onSave(amountMinor: number): Promise<void>;
  onCancel(): void;
}

const AMOUNT_ERRORS: Record<string, MessageKey> = {
  empty: 'popup_amount_empty',
  format: 'popup_amount_format',
  precision: 'popup_amount_precision',
  negative: 'popup_amount_negative',
  'too-large': 'popup_amount_too_large',
};

/** Inline form: how much was topped up. Validates as the user types; saves nothing while invalid. */
export function LogTopUpForm({ line, suggested, onSave, onCancel }: Props) {
  const [text, setText] = useState(suggested ? minorToInput(suggested, line.currency) : '');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const parsed = parseAmount(text, line.currency);
  const error = !parsed.ok ? t(AMOUNT_ERRORS[parsed.error]!) : parsed.minor === 0 ? t('popup_amount_zero') : null;
  const inputId = `amount-${line.id}`;
  // Focused on every opening: the autofocus attribute is honoured once per page at most.
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);
  const errorId = `${inputId}-error`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (error || !parsed.ok) return;
    setBusy(true);
    try {
      await onSave(parsed.minor);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="log-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label for={inputId}>{t('popup_amount', line.currency)}</label>
      <input
        id={inputId}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        ref={input}
        aria-invalid={touched && !!error}
        aria-describedby={touched && error ? errorId : undefined}
        onInput={(event) => {
          setText((event.target as HTMLInputElement).value);
          setTouched(true);
        }}
      />
      <button type="submit" class="primary" disabled={busy}>
        {t('popup_save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('popup_cancel')}
      </button>
      {touched && error && (
        <p id={errorId} class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
