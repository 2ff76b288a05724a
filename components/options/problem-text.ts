import { t, uiLocale, type MessageKey } from '../../utils/i18n';
import type { FieldProblem } from '../../utils/domain/line-form';

/** Form messages that read as whole sentences beside a field; other codes use the backup wording. */
const FIELD_MESSAGES: Partial<Record<FieldProblem['code'], MessageKey>> = {
  'required': 'opt_fe_required',
  'amount-format': 'opt_fe_amount_format',
  'amount-precision': 'opt_fe_amount_precision',
  'too-large': 'opt_fe_too_large',
  'negative': 'opt_fe_negative',
  'zero': 'opt_fe_zero',
  'future': 'opt_fe_future',
  'range': 'opt_fe_range',
  'out-of-range': 'opt_fe_range',
  'not-date': 'opt_fe_not_date',
  'days-list': 'opt_fe_days_list',
  'too-long': 'opt_fe_too_long',
  'not-currency': 'opt_fe_not_currency',
  'not-zone': 'opt_fe_not_zone',
  'card-data': 'opt_fe_card_data',
  'not-time': 'opt_fe_not_time',
  'empty': 'opt_fe_empty',
  'not-last4': 'opt_fe_not_last4',
  'not-month': 'opt_fe_not_month',
  'dangling-ref': 'opt_fe_dangling_ref',
  'not-domain': 'opt_fe_not_domain',
  'not-https-url': 'opt_fe_not_https_url',
  'not-on-domains': 'opt_fe_not_on_domains',
  'quiet-hours-equal': 'opt_fe_quiet_hours_equal',
  'duplicate-id': 'opt_fe_duplicate_carrier',
  'data-format': 'opt_fe_data_format',
  'not-email': 'opt_fe_not_email',
};

/** The message shown beside a field for a problem. */
export function problemText(problem: FieldProblem): string {
  if (problem.code === 'not-phone') return problem.detail ? t('opt_fe_not_phone_in', regionName(problem.detail)) : t('opt_fe_not_phone');
  const key = FIELD_MESSAGES[problem.code];
  if (key) return t(key, problem.detail ?? '');
  return t(`err_${problem.code.replace(/-/g, '_')}` as MessageKey, problem.detail ?? '');
}

const regionNames = new Map<string, Intl.DisplayNames>();
/** "GB" -> "United Kingdom" / "英国", in the UI language. */
export function regionName(code: string, locale: string = uiLocale()): string {
  try {
    let names = regionNames.get(locale);
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
