import { t } from '../../utils/i18n';
import type { PaymentMethod } from '../../utils/domain/types';

/** A payment-method select's options: "none" first, then each method by its name and last 4 digits. */
export function PaymentMethodOptions({ methods, noneLabel }: { methods: readonly PaymentMethod[]; noneLabel: string }) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {methods.map((method) => (
        <option key={method.id} value={method.id}>
          {method.last4 ? `${method.label} (${t('opt_pm_ending', method.last4)})` : method.label}
        </option>
      ))}
    </>
  );
}
