import { useMemo, useRef, useState } from 'preact/hooks';
import { getCountries } from 'libphonenumber-js/min';
import { t, uiLocale, type MessageKey } from '../../utils/i18n';
import {
  CUSTOM_CARRIER_ENTRY,
  currencyCodeOf,
  emptyLineForm,
  formFromLine,
  lineFromForm,
  mergeEdit,
  withCarrierDefaults,
  type FieldProblems,
  type LineFormField,
  type LineFormValues,
} from '../../utils/domain/line-form';
import { parsePhone, phoneFormats } from '../../utils/domain/phone';
import { isCurrencyCode } from '../../utils/domain/money';
import { LINE_KINDS, RENEWAL_MONTHS, REMINDER_REPEATS, type Line, type RenewalKind } from '../../utils/domain/types';
import { CARRIERS } from '../../utils/carriers/catalog';
import { CARRIER_SOURCES, ruleSummary } from '../../utils/carriers/catalog-sources';
import { findCarrier } from '../../utils/carriers/registry';
import { updateLine } from '../../utils/store/db';
import { Checkbox } from './Checkbox';
import { Field, type ControlProps } from './Field';
import { PaymentMethodOptions } from './PaymentMethodOptions';
import { problemText, regionName } from './problem-text';
import { errorText, type SectionProps } from './types';
import { useFocusOnMount } from './focus';

/** The label of each field, for the error summary (same words as the field's own label), in the form's order. */
const FIELD_LABELS: Record<LineFormField | 'form', MessageKey> = {
  label: 'opt_f_label',
  carrier: 'opt_f_carrier',
  customCarrierName: 'opt_f_custom_carrier_name',
  country: 'opt_f_country',
  number: 'opt_f_number',
  kind: 'opt_f_kind',
  currency: 'opt_f_currency',
  balance: 'opt_f_balance',
  dataMB: 'opt_f_data_mb',
  expiresOn: 'opt_f_expires',
  lastActivityOn: 'opt_f_last_activity',
  keepAliveDays: 'opt_f_keep_alive',
  renewalKind: 'opt_f_renewal',
  renewalMonths: 'opt_f_renewal_months',
  renewalDay: 'opt_f_renewal_day',
  renewalAmount: 'opt_f_renewal_amount',
  renewalNextOn: 'opt_f_renewal_next',
  renewalCycleDay: 'opt_f_renewal_next',
  renewalBelow: 'opt_f_renewal_below',
  renewalTopUp: 'opt_f_renewal_topup',
  remindersOwn: 'opt_f_reminders',
  remindersDaysBefore: 'opt_f_days_before',
  remindersTime: 'opt_f_time',
  remindersRepeat: 'opt_f_repeat',
  remindersLowBalance: 'opt_f_low_balance',
  remindersLowDataMB: 'opt_f_low_data',
  paymentMethodId: 'opt_f_payment',
  timeZone: 'opt_f_zone',
  notes: 'opt_f_notes',
  archived: 'opt_f_archived',
  form: 'opt_f_label',
};

const KIND_LABELS: Record<string, MessageKey> = { 'keep-number': 'opt_kind_keep_number', 'esim': 'opt_kind_esim', 'data': 'opt_kind_data' };
const RENEWAL_LABELS: Record<RenewalKind, MessageKey> = {
  none: 'opt_renewal_none',
  cycle: 'opt_renewal_cycle',
  monthly: 'opt_renewal_monthly',
  threshold: 'opt_renewal_threshold',
};
export const REPEAT_LABELS: Record<string, MessageKey> = { once: 'opt_repeat_once', daily: 'opt_repeat_daily', weekly: 'opt_repeat_weekly' };

const fieldId = (field: LineFormField | 'form'): string => `line-${field}`;

let countryOptions: { code: string; name: string }[] | undefined;
function countries(locale: string): { code: string; name: string }[] {
  countryOptions ??= getCountries()
    .map((code) => ({ code, name: regionName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return countryOptions;
}

let zoneOptions: string[] | undefined;
function timeZones(): string[] {
  zoneOptions ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zoneOptions;
}

interface LineFormProps extends SectionProps {
  /** The line to edit; undefined adds a new one. */
  line?: Line;
  onDone: (saved?: Line) => void;
}

/** Add or edit one line: every field of the backup format, checked as the user types. */
export function LineForm({ line, data, locale, zone, announce, onDone }: LineFormProps) {
  const isNew = !line;
  const carrierIds = useMemo(() => [...CARRIERS.map((carrier) => carrier.id), ...data.customCarriers.map((carrier) => carrier.id)], [data.customCarriers]);
  const [initial] = useState<LineFormValues>(() => (line ? formFromLine(line, data.settings, carrierIds, data.formats.get(line.number)) : emptyLineForm(data.settings)));
  const [values, setValues] = useState<LineFormValues>(initial);
  // The line as the editor opened on it (the page re-reads the store on changes made elsewhere).
  const [opened] = useState(line);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [id] = useState(() => line?.id ?? `l-${crypto.randomUUID()}`);
  // The editor is keyed by its line, so it mounts anew for each line it opens on.
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const summaryRef = useRef<HTMLDivElement>(null);

  const paymentMethodIds = data.paymentMethods.map((method) => method.id);
  const result = lineFromForm(values, { id, paymentMethodIds });
  const problems: FieldProblems = result.problems;
  const shown = (field: LineFormField): string | undefined => {
    const problem = problems[field];
    return problem && (submitted || touched.has(field)) ? problemText(problem) : undefined;
  };

  const set = <K extends LineFormField>(field: K, value: LineFormValues[K]): void => setValues((current) => ({ ...current, [field]: value }));
  const touch = (field: LineFormField): void => setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  /** Text inputs: the value follows every keystroke; the message appears once the field is left, then follows keystrokes. */
  const text = (field: LineFormField) => ({
    value: values[field] as string,
    onInput: (event: Event) => set(field, (event.currentTarget as HTMLInputElement).value as never),
    onChange: () => touch(field),
  });
  const choose = (field: LineFormField) => ({
    value: values[field] as string,
    onChange: (event: Event) => {
      set(field, (event.currentTarget as HTMLSelectElement).value as never);
      touch(field);
    },
  });

  const chooseCarrier = (event: Event): void => {
    const carrierId = (event.currentTarget as HTMLSelectElement).value;
    setValues((current) => withCarrierDefaults({ ...current, carrier: carrierId }, findCarrier(carrierId, data.customCarriers), isNew));
    touch('carrier');
  };

  const currency = currencyCodeOf(values.currency);
  const amountHelp = isCurrencyCode(currency) ? t('opt_f_amount_help', currency) : undefined;
  const phone = parsePhone(values.number, values.country || undefined);
  const numberReads = phone.ok ? t('opt_f_number_reads', phoneFormats(phone.e164).international) : undefined;

  const carrier = values.carrier && values.carrier !== CUSTOM_CARRIER_ENTRY ? findCarrier(values.carrier, data.customCarriers) : undefined;
  const source = carrier ? CARRIER_SOURCES[carrier.id] : undefined;

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    // The last check is the shared record check (lineIssues), run inside lineFromForm.
    const checked = lineFromForm(values, { id, paymentMethodIds });
    if (!checked.ok) {
      queueMicrotask(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const baseline = lineFromForm(initial, { id, paymentMethodIds });
      const formats = phoneFormats(checked.line.number);
      // Read and written in one transaction (updateLine). Changed elsewhere while the editor was open
      // (a top-up logged in the popup, activity marked from a notification): the fields the user did
      // not touch take the stored values. Deleted elsewhere: the user's save brings it back.
      const written = await updateLine(id, (stored) => {
        const saved = stored && line && baseline.ok && JSON.stringify(stored) !== JSON.stringify(opened) ? (mergeEdit(baseline.line, checked.line, stored) ?? checked.line) : checked.line;
        return { line: saved, formats };
      });
      const saved = written!.line;
      announce(t('opt_saved_line', saved.label));
      onDone(saved);
    } catch (error) {
      announce(t('opt_write_failed', errorText(error)), 'error');
    } finally {
      setSaving(false);
    }
  }

  // In the order of the form (FIELD_LABELS lists the fields so), not the order the checks ran in.
  const fieldOrder = Object.keys(FIELD_LABELS);
  const summaryEntries = submitted
    ? (Object.entries(problems) as [LineFormField | 'form', NonNullable<FieldProblems[LineFormField]>][]).sort(([a], [b]) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b))
    : [];

  return (
    <form class="card line-form" onSubmit={save} noValidate aria-labelledby="line-form-title">
      <h3 id="line-form-title" tabIndex={-1} ref={headingRef}>
        {line ? t('opt_form_edit_title', line.label) : t('opt_form_add_title')}
      </h3>

      {summaryEntries.length > 0 ? (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{t('opt_fix_summary')}</p>
          <ul>
            {summaryEntries.map(([field, problem]) => (
              <li key={field}>
                {/* Each item links to its field, so the keyboard gets there in one step. */}
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {t('opt_summary_item', [t(FIELD_LABELS[field]), problemText(problem)])}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>{t('opt_f_section_number')}</legend>
        <div class="grid">
          <Field id={fieldId('label')} label={t('opt_f_label')} help={t('opt_f_label_help')} error={shown('label')}>
            {(control) => <input {...control} type="text" autoComplete="off" {...text('label')} />}
          </Field>
          <Field id={fieldId('carrier')} label={t('opt_f_carrier')} error={shown('carrier')}>
            {(control) => (
              <select {...control} value={values.carrier} onChange={chooseCarrier}>
                <option value="">{t('opt_f_carrier_choose')}</option>
                <optgroup label={t('opt_f_carrier_builtin')}>
                  {CARRIERS.map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.name}
                    </option>
                  ))}
                </optgroup>
                {data.customCarriers.length > 0 ? (
                  <optgroup label={t('opt_f_carrier_custom_group')}>
                    {data.customCarriers.map((entry) => (
                      <option key={entry.id} value={entry.id}>
                        {entry.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                <option value={CUSTOM_CARRIER_ENTRY}>{t('opt_f_carrier_other')}</option>
              </select>
            )}
          </Field>
          {values.carrier === CUSTOM_CARRIER_ENTRY ? (
            <Field id={fieldId('customCarrierName')} label={t('opt_f_custom_carrier_name')} error={shown('customCarrierName')}>
              {(control) => <input {...control} type="text" autoComplete="off" {...text('customCarrierName')} />}
            </Field>
          ) : null}
          <Field id={fieldId('country')} label={t('opt_f_country')} help={t('opt_f_country_help')}>
            {(control) => (
              <select {...control} {...choose('country')}>
                <option value="">{t('opt_f_country_any')}</option>
                {countries(locale).map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={fieldId('number')}
            label={t('opt_f_number')}
            help={numberReads ?? t('opt_f_number_help')}
            error={shown('number')}
          >
            {(control) => <input {...control} type="tel" autoComplete="off" {...text('number')} />}
          </Field>
          <Field id={fieldId('kind')} label={t('opt_f_kind')} error={shown('kind')}>
            {(control) => (
              <select {...control} {...choose('kind')}>
                {LINE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(KIND_LABELS[kind]!)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('opt_f_section_money')}</legend>
        <div class="grid">
          <Field id={fieldId('currency')} label={t('opt_f_currency')} help={t('opt_f_currency_help')} error={shown('currency')}>
            {(control) => <input {...control} type="text" class="short" autoComplete="off" autoCapitalize="characters" {...text('currency')} />}
          </Field>
          <Field id={fieldId('balance')} label={t('opt_f_balance')} help={amountHelp} error={shown('balance')} optional>
            {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...text('balance')} />}
          </Field>
          <Field id={fieldId('dataMB')} label={t('opt_f_data_mb')} error={shown('dataMB')} optional>
            {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...text('dataMB')} />}
          </Field>
          <Field id={fieldId('expiresOn')} label={t('opt_f_expires')} error={shown('expiresOn')} optional>
            {(control) => <input {...control} type="date" {...text('expiresOn')} />}
          </Field>
          <Field id={fieldId('lastActivityOn')} label={t('opt_f_last_activity')} help={t('opt_f_last_activity_help')} error={shown('lastActivityOn')} optional>
            {(control) => <input {...control} type="date" {...text('lastActivityOn')} />}
          </Field>
          <Field id={fieldId('keepAliveDays')} label={t('opt_f_keep_alive')} help={t('opt_f_keep_alive_help')} error={shown('keepAliveDays')} optional>
            {(control) => <input {...control} type="text" inputMode="numeric" class="short" autoComplete="off" {...text('keepAliveDays')} />}
          </Field>
        </div>
        {carrier && source ? (
          <div class="rule-note" data-testid="carrier-rule">
            <p>
              {t('opt_f_rule', ruleSummary(source, uiLocale()))}{' '}
              {source.estimate ? <span class="badge estimate">{t('opt_estimate')}</span> : null}
            </p>
            {source.estimate ? <p class="muted">{t('opt_estimate_note')}</p> : null}
            <p class="muted">{t('opt_f_rule_source', [source.source.title, source.source.checkedOn])}</p>
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('opt_f_renewal')}</legend>
        <div class="choices">
          {(['none', 'cycle', 'monthly', 'threshold'] as const).map((kind) => (
            <label key={kind} class="choice">
              <input
                type="radio"
                name="line-renewal"
                value={kind}
                checked={values.renewalKind === kind}
                onChange={() => {
                  set('renewalKind', kind);
                  touch('renewalKind');
                }}
              />{' '}
              {t(RENEWAL_LABELS[kind])}
            </label>
          ))}
        </div>
        <div class="grid">
          {values.renewalKind === 'cycle' ? (
            <Field id={fieldId('renewalMonths')} label={t('opt_f_renewal_months')} error={shown('renewalMonths')}>
              {(control) => (
                <select {...control} {...choose('renewalMonths')}>
                  {RENEWAL_MONTHS.map((months) => (
                    <option key={months} value={String(months)}>
                      {months === 1 ? t('opt_months_one') : t('opt_months_n', String(months))}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {values.renewalKind === 'monthly' ? (
            <Field id={fieldId('renewalDay')} label={t('opt_f_renewal_day')} help={t('opt_f_renewal_day_help')} error={shown('renewalDay')}>
              {(control) => <input {...control} type="text" inputMode="numeric" class="short" autoComplete="off" {...text('renewalDay')} />}
            </Field>
          ) : null}
          {values.renewalKind === 'cycle' || values.renewalKind === 'monthly' ? (
            <Field id={fieldId('renewalAmount')} label={t('opt_f_renewal_amount')} help={amountHelp} error={shown('renewalAmount')}>
              {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...text('renewalAmount')} />}
            </Field>
          ) : null}
          {values.renewalKind === 'cycle' ? (
            <Field id={fieldId('renewalNextOn')} label={t('opt_f_renewal_next')} error={shown('renewalNextOn')}>
              {(control) => <input {...control} type="date" {...text('renewalNextOn')} />}
            </Field>
          ) : null}
          {values.renewalKind === 'threshold' ? (
            <>
              <Field id={fieldId('renewalBelow')} label={t('opt_f_renewal_below')} help={amountHelp} error={shown('renewalBelow')}>
                {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...text('renewalBelow')} />}
              </Field>
              <Field id={fieldId('renewalTopUp')} label={t('opt_f_renewal_topup')} help={amountHelp} error={shown('renewalTopUp')}>
                {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...text('renewalTopUp')} />}
              </Field>
            </>
          ) : null}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('opt_f_reminders')}</legend>
        <div class="choices">
          <label class="choice">
            <input type="radio" name="line-reminders" checked={!values.remindersOwn} onChange={() => set('remindersOwn', false)} /> {t('opt_reminders_default')}
          </label>
          <label class="choice">
            <input type="radio" name="line-reminders" checked={values.remindersOwn} onChange={() => set('remindersOwn', true)} /> {t('opt_reminders_own')}
          </label>
        </div>
        {values.remindersOwn ? (
          <div class="grid">
            <Field id={fieldId('remindersDaysBefore')} label={t('opt_f_days_before')} help={t('opt_f_days_before_help')} error={shown('remindersDaysBefore')}>
              {(control) => <input {...control} type="text" autoComplete="off" {...text('remindersDaysBefore')} />}
            </Field>
            <Field id={fieldId('remindersTime')} label={t('opt_f_time')} error={shown('remindersTime')}>
              {(control) => <input {...control} type="time" {...text('remindersTime')} />}
            </Field>
            <Field id={fieldId('remindersRepeat')} label={t('opt_f_repeat')} error={shown('remindersRepeat')}>
              {(control) => <RepeatSelect control={control} {...choose('remindersRepeat')} />}
            </Field>
            <Field id={fieldId('remindersLowBalance')} label={t('opt_f_low_balance')} help={amountHelp} error={shown('remindersLowBalance')} optional>
              {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...text('remindersLowBalance')} />}
            </Field>
            <Field id={fieldId('remindersLowDataMB')} label={t('opt_f_low_data')} error={shown('remindersLowDataMB')} optional>
              {(control) => <input {...control} type="text" inputMode="numeric" class="short" autoComplete="off" {...text('remindersLowDataMB')} />}
            </Field>
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('opt_f_section_more')}</legend>
        <div class="grid">
          <Field id={fieldId('paymentMethodId')} label={t('opt_f_payment')} error={shown('paymentMethodId')}>
            {(control) => (
              <select {...control} {...choose('paymentMethodId')}>
                <PaymentMethodOptions methods={data.paymentMethods} noneLabel={t('opt_none')} />
              </select>
            )}
          </Field>
          <Field id={fieldId('timeZone')} label={t('opt_f_zone')} help={t('opt_f_zone_help')} error={shown('timeZone')}>
            {(control) => (
              <select {...control} {...choose('timeZone')}>
                <option value="">{t('opt_f_zone_mine', zone)}</option>
                {values.timeZone && !timeZones().includes(values.timeZone) ? <option value={values.timeZone}>{values.timeZone}</option> : null}
                {timeZones().map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id={fieldId('notes')} label={t('opt_f_notes')} error={shown('notes')} optional>
          {(control) => <textarea {...control} rows={3} {...text('notes')} />}
        </Field>
        <Checkbox id={fieldId('archived')} label={t('opt_f_archived')} checked={values.archived} onChange={(archived) => set('archived', archived)} />
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('opt_save_line')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('opt_cancel')}
        </button>
      </div>
    </form>
  );
}

/** The once/daily/weekly choice, shared with the reminder defaults. */
export function RepeatSelect({ control, value, onChange }: { control: ControlProps; value: string; onChange: (event: Event) => void }) {
  return (
    <select {...control} value={value} onChange={onChange}>
      {REMINDER_REPEATS.map((repeat) => (
        <option key={repeat} value={repeat}>
          {t(REPEAT_LABELS[repeat]!)}
        </option>
      ))}
    </select>
  );
}
