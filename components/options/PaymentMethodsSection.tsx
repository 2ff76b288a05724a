import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { paymentMethodIssues } from '../../utils/domain/validate';
import type { FieldProblem } from '../../utils/domain/line-form';
import { PAYMENT_METHOD_TYPES, type PaymentMethod, type PaymentMethodType } from '../../utils/domain/types';
import { deletePaymentMethod, putPaymentMethod } from '../../utils/store/db';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { RowActions } from './RowActions';
import { useCheckedForm } from './use-checked-form';
import { useFocusOnMount, useReturnFocus } from './focus';
import { focusSection, writeAndAnnounce, type SectionProps } from './types';

const TYPE_LABELS: Record<PaymentMethodType, MessageKey> = {
  credit: 'opt_pm_type_credit',
  debit: 'opt_pm_type_debit',
  paypal: 'opt_pm_type_paypal',
  alipay: 'opt_pm_type_alipay',
  wechat: 'opt_pm_type_wechat',
  other: 'opt_pm_type_other',
};

type MethodField = 'label' | 'type' | 'last4' | 'expires';
interface MethodForm {
  label: string;
  type: string;
  last4: string;
  expires: string;
}

/**
 * The form read into a PaymentMethod. Only metadata: paymentMethodIssues refuses a card number in
 * the label or the last-4 field (Luhn-checked), so a pasted card number is never stored.
 */
export function methodFromForm(form: MethodForm, id: string): { method?: PaymentMethod; problems: Partial<Record<MethodField, FieldProblem>> } {
  // NFKC: a Chinese IME in full-width mode types "４２４２" and "２０２７－０１".
  const last4 = form.last4.normalize('NFKC').replace(/\s/g, '');
  const expires = form.expires.normalize('NFKC').trim();
  const method: PaymentMethod = {
    id,
    label: form.label.trim(),
    type: form.type as PaymentMethodType,
    ...(last4 !== '' ? { last4 } : {}),
    ...(expires !== '' ? { expires } : {}),
  };
  const problems: Partial<Record<MethodField, FieldProblem>> = {};
  for (const issue of paymentMethodIssues(method, 'method')) {
    const field = issue.path.split('.')[1] as MethodField | 'id';
    if (field === 'id') continue;
    problems[field] ??= { code: issue.code, ...(issue.detail ? { detail: issue.detail } : {}) };
  }
  return Object.keys(problems).length === 0 ? { method, problems } : { problems };
}

function MethodEditor({ method, onDone, announce }: { method?: PaymentMethod; onDone: () => void; announce: SectionProps['announce'] }) {
  const { form, setForm, formRef, markSubmitted, shownFor, bind } = useCheckedForm<MethodForm>(() => ({
    label: method?.label ?? '',
    type: method?.type ?? 'credit',
    last4: method?.last4 ?? '',
    expires: method?.expires ?? '',
  }));
  const [id] = useState(() => method?.id ?? `pm-${crypto.randomUUID()}`);
  const { method: checked, problems } = methodFromForm(form, id);
  const shown = shownFor<MethodField>(problems);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    markSubmitted(!checked);
    if (!checked) return;
    await writeAndAnnounce(announce, () => putPaymentMethod(checked), t('opt_pm_saved', checked.label), onDone);
  }

  return (
    <form class="card" ref={formRef} onSubmit={save} noValidate aria-labelledby="pm-form-title">
      <h3 id="pm-form-title" tabIndex={-1} ref={heading}>{method ? t('opt_pm_edit_title', method.label) : t('opt_pm_add')}</h3>
      <div class="grid">
        <Field id="pm-label" label={t('opt_pm_label')} help={t('opt_pm_label_help')} error={shown('label')}>
          {(control) => <input {...control} type="text" autoComplete="off" {...bind('label')} />}
        </Field>
        <Field id="pm-type" label={t('opt_pm_type')} error={shown('type')}>
          {(control) => (
            <select {...control} value={form.type} onChange={(event) => setForm((current) => ({ ...current, type: (event.currentTarget as HTMLSelectElement).value }))}>
              {PAYMENT_METHOD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(TYPE_LABELS[type])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {/* autocomplete=off: the browser must not offer to fill a saved card's number here. */}
        <Field id="pm-last4" label={t('opt_pm_last4')} error={shown('last4')} optional>
          {(control) => <input {...control} type="text" inputMode="numeric" class="short" autoComplete="off" {...bind('last4')} />}
        </Field>
        <Field id="pm-expires" label={t('opt_pm_expires')} help={t('opt_pm_expires_help')} error={shown('expires')} optional>
          {(control) => <input {...control} type="text" class="short" placeholder="YYYY-MM" autoComplete="off" {...bind('expires')} />}
        </Field>
      </div>
      <FormActions saveLabel={t('opt_pm_save')} onCancel={onDone} />
    </form>
  );
}

/** Payment methods: metadata only, so LineKeeper can warn before a card expires. */
export function PaymentMethodsSection({ data, announce, reload }: SectionProps) {
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const edited = editing?.id ? data.paymentMethods.find((method) => method.id === editing.id) : undefined;
  const returnFocus = useReturnFocus('payments-title');
  const open = (id?: string) => {
    setEditing({ id });
    returnFocus.open(id ? `edit-pm-${id}` : 'add-pm');
  };

  async function remove(method: PaymentMethod): Promise<void> {
    if (!window.confirm(t('opt_pm_confirm_delete', method.label))) return;
    await writeAndAnnounce(announce, () => deletePaymentMethod(method.id), t('opt_pm_deleted', method.label), reload);
    focusSection('payments-title');
  }

  return (
    <section id="payments" aria-labelledby="payments-title">
      <h2 id="payments-title" tabIndex={-1}>{t('opt_nav_payments')}</h2>
      <p class="muted">{t('opt_pm_intro')}</p>
      {data.paymentMethods.length === 0 ? <p>{t('opt_pm_empty')}</p> : null}
      <ul class="plain-list">
        {data.paymentMethods.map((method) => (
          <li key={method.id} class="line-row">
            <div class="line-main">
              <span class="line-label">{method.label}</span>
              <span class="muted">
                {[t(TYPE_LABELS[method.type]), method.last4 ? t('opt_pm_ending', method.last4) : '', method.expires ? t('opt_pm_expires_on', method.expires) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
            <RowActions
              editLabel={t('opt_pm_edit', method.label)}
              deleteLabel={t('opt_pm_delete', method.label)}
              editId={`edit-pm-${method.id}`}
              onEdit={() => open(method.id)}
              onDelete={() => void remove(method)}
            />
          </li>
        ))}
      </ul>
      {editing ? (
        <MethodEditor
          key={editing.id ?? 'new'}
          method={edited}
          announce={announce}
          onDone={() => {
            setEditing(null);
            returnFocus.close(reload());
          }}
        />
      ) : (
        <p>
          <button type="button" id="add-pm" onClick={() => open()}>
            {t('opt_pm_add')}
          </button>
        </p>
      )}
    </section>
  );
}
