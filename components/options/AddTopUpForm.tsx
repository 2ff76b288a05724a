import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { findCarrier } from '../../utils/carriers/registry';
import { formatMoney } from '../../utils/domain/money';
import { lineToday } from '../../utils/domain/status';
import { emptyTopUpForm, topUpFromForm, withLine, TOP_UP_NOTE_MAX, type TopUpFormField, type TopUpFormValues } from '../../utils/domain/topup-form';
import { updateLine } from '../../utils/store/db';
import { applyTopUp } from '../../utils/domain/topup';
import { Checkbox } from './Checkbox';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { PaymentMethodOptions } from './PaymentMethodOptions';
import { useCheckedForm } from './use-checked-form';
import { useFocusOnMount } from './focus';
import { writeAndAnnounce, type SectionProps } from './types';

/** "Add a top-up": one made away from the popup, recorded in the history and, if asked, on the line. */
export function AddTopUpForm({ data, locale, zone, announce, onDone }: Omit<SectionProps, 'reload'> & { onDone: () => void }) {
  // The clock is read at each render and again on saving, not once when the form opened: a top-up
  // dated today is stamped with the moment of saving, and after midnight "today" is the new day.
  const now = new Date();
  const [id] = useState(() => `tu-${crypto.randomUUID()}`);
  // Archived lines are kept but no longer topped up: the picker offers the others, by name.
  const pickable = data.lines.filter((candidate) => !candidate.archived).sort((a, b) => a.label.localeCompare(b.label, locale));
  const { form, setForm, formRef, markSubmitted, markTouched, shownFor, bind } = useCheckedForm<TopUpFormValues>(() => emptyTopUpForm(pickable, now, zone));
  const line = data.lines.find((candidate) => candidate.id === form.lineId);
  const check = (at: Date) =>
    topUpFromForm(form, {
      lines: data.lines,
      paymentMethodIds: data.paymentMethods.map((method) => method.id),
      ruleOf: (of) => findCarrier(of.carrier, data.customCarriers)?.rule,
      now: at,
      userZone: zone,
      id,
    });
  const result = check(now);
  const shown = shownFor<TopUpFormField>(result.ok ? {} : result.problems);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const saved = check(new Date());
    markSubmitted(!saved.ok);
    if (!saved.ok) return;
    const { topUp, line: updated } = saved;
    const label = line?.label ?? '';
    // One transaction with the line as stored then: counted on it, the rule applies to that line (a
    // top-up logged in the popup meanwhile is kept); history only, the line is left as it is. A line
    // deleted in another tab meanwhile gets no record, and a payment method deleted there is unlinked.
    const record = async () => {
      const written = await updateLine(topUp.lineId, (stored) => (stored ? { line: updated ? applyTopUp(stored, topUp.amount, form.date, findCarrier(stored.carrier, data.customCarriers)?.rule) : stored, topUp } : null));
      if (!written) throw new Error(t('popup_err_no_such_line'));
    };
    await writeAndAnnounce(announce, record, t('opt_tu_added', [formatMoney(topUp.amount, topUp.currency, locale), label]), onDone);
  }

  return (
    <form class="card" ref={formRef} onSubmit={save} noValidate aria-labelledby="tu-form-title">
      <h3 id="tu-form-title" tabIndex={-1} ref={heading}>{t('opt_tu_add')}</h3>
      <p class="muted">{t('opt_tu_add_intro')}</p>
      <div class="grid">
        <Field id="tu-line" label={t('opt_tu_field_line')} error={shown('lineId')}>
          {(control) => (
            <select
              {...control}
              value={form.lineId}
              onChange={(event) => {
                const chosen = data.lines.find((candidate) => candidate.id === (event.currentTarget as HTMLSelectElement).value);
                if (chosen) setForm((current) => withLine(current, chosen, now, zone));
              }}
            >
              {pickable.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tu-date" label={t('opt_tu_field_date')} error={shown('date')}>
          {(control) => <input {...control} type="date" max={line ? lineToday(line, now, zone) : undefined} {...bind('date')} />}
        </Field>
        <Field id="tu-amount" label={t('opt_tu_field_amount', line?.currency ?? '')} error={shown('amount')}>
          {(control) => <input {...control} type="text" inputMode="decimal" class="short" autoComplete="off" {...bind('amount')} />}
        </Field>
        <Field id="tu-method" label={t('opt_tu_field_method')} error={shown('paymentMethodId')} optional>
          {(control) => (
            <select
              {...control}
              value={form.paymentMethodId}
              onChange={(event) => {
                setForm((current) => ({ ...current, paymentMethodId: (event.currentTarget as HTMLSelectElement).value }));
                markTouched('paymentMethodId');
              }}
            >
              <PaymentMethodOptions methods={data.paymentMethods} noneLabel={t('opt_tu_method_none')} />
            </select>
          )}
        </Field>
        <Field id="tu-note" label={t('opt_tu_field_note')} error={shown('note')} optional>
          {(control) => <input {...control} type="text" maxLength={TOP_UP_NOTE_MAX} autoComplete="off" {...bind('note')} />}
        </Field>
      </div>
      <Checkbox id="tu-apply" label={t('opt_tu_apply')} checked={form.applyToLine} describedBy="tu-apply-help" onChange={(applyToLine) => setForm((current) => ({ ...current, applyToLine }))} />
      <p id="tu-apply-help" class="muted field-help">
        {t('opt_tu_apply_help')}
      </p>
      <FormActions saveLabel={t('opt_tu_save')} onCancel={onDone} />
    </form>
  );
}
