import { useState } from 'preact/hooks';
import { getCountries } from 'libphonenumber-js/min';
import { t } from '../../utils/i18n';
import { customCarrierIssues } from '../../utils/domain/validate';
import { parseWholeNumber, type FieldProblem } from '../../utils/domain/line-form';
import type { CustomCarrier } from '../../utils/domain/types';
import { CARRIERS } from '../../utils/carriers/catalog';
import { CARRIER_SOURCES, ruleSummary } from '../../utils/carriers/catalog-sources';
import { CUSTOM_PREFIX } from '../../utils/carriers/registry';
import { hostMatchesDomain } from '../../utils/carriers/domains';
import { toAsciiDomain } from '../../utils/carriers/validate-domain';
import { releaseUnusedCarrierHosts, requestCarrierHosts } from '../../utils/carriers/host-permissions';
import { CarrierNameTakenError, deleteCustomCarrier, putCustomCarrier } from '../../utils/store/db';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { RowActions } from './RowActions';
import { useCheckedForm } from './use-checked-form';
import { useFocusOnMount, useReturnFocus } from './focus';
import { regionName } from './problem-text';
import { errorText, focusSection, writeAndAnnounce, type SectionProps } from './types';

type CarrierField = 'name' | 'country' | 'domains' | 'rechargeUrl' | 'activityEveryDays' | 'topUpExtendsDays';
type CarrierForm = Record<CarrierField, string>;

/** "smart.com.ph, Smart.ph\nx.com" -> ["smart.com.ph", "smart.ph", "x.com"]; "bücher.de" -> "xn--bcher-kva.de". */
export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;，、]+/)
    .map((domain) => toAsciiDomain(domain.trim().toLowerCase()))
    .filter((domain) => domain !== '');
}

/**
 * The form read into a CustomCarrier, checked by customCarrierIssues (the import check). `ownId`
 * is the edited carrier's id (undefined for a new one): its name may stay or change, but never to
 * another carrier's.
 */
export function carrierFromForm(
  form: CarrierForm,
  existingIds: readonly string[],
  ownId?: string,
): { carrier?: CustomCarrier; problems: Partial<Record<CarrierField, FieldProblem>> } {
  const problems: Partial<Record<CarrierField, FieldProblem>> = {};
  const days = (field: 'activityEveryDays' | 'topUpExtendsDays'): number | null => {
    if (form[field].trim() === '') return null;
    const parsed = parseWholeNumber(form[field], 1, 3650);
    if (!parsed.ok) problems[field] = parsed.problem;
    return parsed.ok ? parsed.value : null;
  };
  const name = form.name.trim();
  const carrier: CustomCarrier = {
    id: `${CUSTOM_PREFIX}${name}`,
    name,
    ...(form.country ? { country: form.country } : {}),
    domains: splitDomains(form.domains),
    rechargeUrl: form.rechargeUrl.trim(),
    activityEveryDays: days('activityEveryDays'),
    topUpExtendsDays: days('topUpExtendsDays'),
  };
  // One name, one carrier, whatever its case or width ("lycamobile uk", "ｇｉｆｆｇａｆｆ"), built-in ones included.
  const key = (text: string) => text.normalize('NFKC').toLowerCase();
  const taken = [...existingIds.filter((id) => id !== ownId).map((id) => id.slice(CUSTOM_PREFIX.length)), ...CARRIERS.map((builtIn) => builtIn.name)];
  if (name !== '' && taken.some((other) => key(other) === key(name))) problems.name = { code: 'duplicate-id', detail: name };
  for (const issue of customCarrierIssues(carrier, 'carrier')) {
    const key = issue.path.split(/[.[]/)[1] ?? '';
    const field: CarrierField = key === 'id' ? 'name' : (key as CarrierField);
    problems[field] ??= { code: issue.code, ...(issue.detail ? { detail: issue.detail } : {}) };
  }
  // The fill runs only on the carrier's domains: a top-up page elsewhere would open and never be
  // filled. Asked of the form only: carriers saved before this rule, and their backups, still load.
  if (URL.canParse(carrier.rechargeUrl) && carrier.domains.length > 0 && !carrier.domains.some((domain) => hostMatchesDomain(new URL(carrier.rechargeUrl).hostname, domain))) {
    problems.rechargeUrl ??= { code: 'not-on-domains' };
  }
  return Object.keys(problems).length === 0 ? { carrier, problems } : { problems };
}

function CarrierEditor({ carrier, existingIds, locale, onDone, announce }: {
  carrier?: CustomCarrier;
  existingIds: readonly string[];
  locale: string;
  onDone: () => void;
  announce: SectionProps['announce'];
}) {
  const { form, setForm, formRef, markSubmitted, shownFor, bind } = useCheckedForm<CarrierForm>(() => ({
    name: carrier?.name ?? '',
    country: carrier?.country ?? '',
    domains: carrier?.domains.join(', ') ?? '',
    rechargeUrl: carrier?.rechargeUrl ?? 'https://',
    activityEveryDays: carrier?.activityEveryDays?.toString() ?? '',
    topUpExtendsDays: carrier?.topUpExtendsDays?.toString() ?? '',
  }));
  const { carrier: checked, problems } = carrierFromForm(form, existingIds, carrier?.id);
  const shown = shownFor<CarrierField>(problems);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  function save(event: Event): void {
    event.preventDefault();
    markSubmitted(!checked);
    if (!checked) return;
    // The permission prompt needs the user's gesture: ask now, before any await.
    const permission = requestCarrierHosts(checked.domains);
    void (async () => {
      try {
        // The carrier is saved whatever the answer: it still names lines and opens its top-up page.
        await putCustomCarrier(checked, carrier?.id);
        // Domains it no longer has: their access goes back (unless another carrier has them).
        if (carrier) await releaseUnusedCarrierHosts(carrier.domains).catch(() => undefined);
      } catch (error) {
        // A stale form (another tab took the name meanwhile): the store refused and changed nothing.
        announce(error instanceof CarrierNameTakenError ? t('opt_fe_duplicate_carrier') : t('opt_write_failed', errorText(error)), 'error');
        return;
      }
      const domains = checked.domains.join(', ');
      try {
        const granted = await permission;
        announce(t(granted ? 'opt_car_permission_granted' : 'opt_car_permission_refused', [checked.name, domains]), granted ? 'ok' : 'error');
      } catch (error) {
        announce(t('opt_car_permission_failed', [checked.name, domains, errorText(error)]), 'error');
      }
      onDone();
    })();
  }

  return (
    <form class="card" ref={formRef} onSubmit={save} noValidate aria-labelledby="carrier-form-title">
      <h3 id="carrier-form-title" tabIndex={-1} ref={heading}>{carrier ? t('opt_car_edit_title', carrier.name) : t('opt_car_add')}</h3>
      <div class="grid">
        <Field id="carrier-name" label={t('opt_car_name')} help={carrier ? t('opt_car_name_rename') : undefined} error={shown('name')}>
          {(control) => <input {...control} type="text" autoComplete="off" {...bind('name')} />}
        </Field>
        <Field id="carrier-country" label={t('opt_car_country')} optional>
          {(control) => (
            <select {...control} value={form.country} onChange={(event) => setForm((current) => ({ ...current, country: (event.currentTarget as HTMLSelectElement).value }))}>
              <option value="">{t('opt_none')}</option>
              {getCountries()
                .map((code) => ({ code, name: regionName(code, locale) }))
                .sort((a, b) => a.name.localeCompare(b.name, locale))
                .map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field id="carrier-domains" label={t('opt_car_domains')} help={t('opt_car_domains_help')} error={shown('domains')}>
          {(control) => <textarea {...control} rows={2} {...bind('domains')} />}
        </Field>
        <Field id="carrier-url" label={t('opt_car_url')} help={t('opt_car_url_help')} error={shown('rechargeUrl')}>
          {(control) => <input {...control} type="url" autoComplete="off" {...bind('rechargeUrl')} />}
        </Field>
        <Field id="carrier-activity" label={t('opt_car_activity')} error={shown('activityEveryDays')} optional>
          {(control) => <input {...control} type="text" inputMode="numeric" class="short" autoComplete="off" {...bind('activityEveryDays')} />}
        </Field>
        <Field id="carrier-extends" label={t('opt_car_extends')} error={shown('topUpExtendsDays')} optional>
          {(control) => <input {...control} type="text" inputMode="numeric" class="short" autoComplete="off" {...bind('topUpExtendsDays')} />}
        </Field>
      </div>
      <FormActions saveLabel={t('opt_car_save')} onCancel={onDone} />
    </form>
  );
}

const days = (value: number | null): string => (value === null ? t('opt_unknown') : t('opt_days_n', String(value)));

/** The built-in catalog (read-only, with sources) and the user's own carriers. */
export function CarriersSection({ data, locale, announce, reload }: SectionProps) {
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const edited = editing?.id ? data.customCarriers.find((carrier) => carrier.id === editing.id) : undefined;
  // A renamed carrier has a new id, so its Edit button is a new one: focus then goes to the heading.
  const returnFocus = useReturnFocus('carriers-title');
  const open = (id?: string) => {
    setEditing({ id });
    returnFocus.open(id ? `edit-carrier-${id}` : 'add-carrier');
  };

  async function remove(carrier: CustomCarrier): Promise<void> {
    if (!window.confirm(t('opt_car_confirm_delete', carrier.name))) return;
    await writeAndAnnounce(announce, () => deleteCustomCarrier(carrier.id), t('opt_car_deleted', carrier.name), reload);
    await releaseUnusedCarrierHosts(carrier.domains).catch(() => undefined);
    focusSection('carriers-title');
  }

  return (
    <section id="carriers" aria-labelledby="carriers-title">
      <h2 id="carriers-title" tabIndex={-1}>{t('opt_nav_carriers')}</h2>

      <h3>{t('opt_car_custom')}</h3>
      <p class="muted">{t('opt_car_custom_intro')}</p>
      {data.customCarriers.length === 0 ? <p>{t('opt_car_custom_empty')}</p> : null}
      <ul class="plain-list">
        {data.customCarriers.map((carrier) => (
          <li key={carrier.id} class="line-row">
            <div class="line-main">
              <span class="line-label">{carrier.name}</span>
              <span class="muted">{carrier.domains.join(', ')}</span>
              <span class="muted">
                {t('opt_car_col_keep')}: {days(carrier.activityEveryDays)} · {t('opt_car_col_extends')}: {days(carrier.topUpExtendsDays)}
              </span>
            </div>
            <RowActions
              editLabel={t('opt_car_edit', carrier.name)}
              deleteLabel={t('opt_car_delete', carrier.name)}
              editId={`edit-carrier-${carrier.id}`}
              onEdit={() => open(carrier.id)}
              onDelete={() => void remove(carrier)}
            />
          </li>
        ))}
      </ul>
      {editing ? (
        <CarrierEditor
          key={editing.id ?? 'new'}
          carrier={edited}
          existingIds={data.customCarriers.map((carrier) => carrier.id)}
          locale={locale}
          announce={announce}
          onDone={() => {
            setEditing(null);
            returnFocus.close(reload());
          }}
        />
      ) : (
        <p>
          <button type="button" id="add-carrier" onClick={() => open()}>
            {t('opt_car_add')}
          </button>
        </p>
      )}

      <h3>{t('opt_car_builtin')}</h3>
      <p class="muted">{t('opt_car_builtin_intro')}</p>
      <div class="table-wrap">
        <table class="catalog">
          <thead>
            <tr>
              <th scope="col">{t('opt_car_col_name')}</th>
              <th scope="col">{t('opt_car_col_keep')}</th>
              <th scope="col">{t('opt_car_col_extends')}</th>
              <th scope="col">{t('opt_car_col_rule')}</th>
              <th scope="col">{t('opt_car_col_source')}</th>
              <th scope="col">{t('opt_car_col_checked')}</th>
            </tr>
          </thead>
          <tbody>
            {CARRIERS.map((carrier) => {
              const source = CARRIER_SOURCES[carrier.id];
              return (
                <tr key={carrier.id}>
                  <th scope="row">
                    {carrier.name}
                    <div class="muted small">
                      {regionName(carrier.country, locale)} · {carrier.domains.join(', ')}
                    </div>
                  </th>
                  <td>{days(carrier.rule.activityEveryDays)}</td>
                  <td>{days(carrier.rule.topUpExtendsDays)}</td>
                  <td>
                    {source ? ruleSummary(source, locale) : null}
                    {source?.estimate ? (
                      <>
                        {' '}
                        <span class="badge estimate" title={t('opt_estimate_note')}>
                          {t('opt_estimate')}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {source ? (
                      <a href={source.source.url} target="_blank" rel="noreferrer noopener">
                        {source.source.title}
                      </a>
                    ) : null}
                  </td>
                  <td>{source?.source.checkedOn}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
