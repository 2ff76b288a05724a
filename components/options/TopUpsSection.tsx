import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { formatMoney } from '../../utils/domain/money';
import { likelyDuplicates, projectedMonthlyCost, spendByLine, spendByMonth, type CurrencyTotal } from '../../utils/domain/spend';
import { dateOnlyDay } from '../../utils/domain/topup-form';
import type { TopUp, TopUpSource } from '../../utils/domain/types';
import { deleteTopUp } from '../../utils/store/db';
import { AddTopUpForm } from './AddTopUpForm';
import { useReturnFocus } from './focus';
import { focusSection, writeAndAnnounce, type SectionProps } from './types';
import { formatDay, formatMonth, formatWhen } from './format';

const SOURCE_LABELS: Record<TopUpSource, MessageKey> = {
  'manual': 'opt_tu_source_manual',
  'autofill': 'opt_tu_source_autofill',
  'auto-renewal': 'opt_tu_source_auto_renewal',
};

/** Totals in several currencies, side by side: never added together. */
function Totals({ totals, locale }: { totals: CurrencyTotal[]; locale: string }) {
  // Each sum stays whole; a cell of several may wrap between them (" + "), not inside one.
  return <>{totals.flatMap((total, index) => [index > 0 ? ' + ' : '', <span key={total.currency} class="nowrap">{formatMoney(total.amount, total.currency, locale)}</span>])}</>;
}

/** Top-up history, spend per month and per line, projected cost of plans, and double-charge warnings. */
export function TopUpsSection({ data, locale, zone, announce, reload }: SectionProps) {
  const [adding, setAdding] = useState(false);
  const returnFocus = useReturnFocus('topups-title');
  const lineOf = (lineId: string) => data.lines.find((line) => line.id === lineId);
  // A record entered with a date only has no time of day to show (its noon is a stand-in).
  const whenOf = (topUp: TopUp) => {
    const day = dateOnlyDay(topUp, lineOf(topUp.lineId), zone);
    return day ? formatDay(day, locale) : formatWhen(topUp.at, locale);
  };
  const lineLabel = (lineId: string): string => lineOf(lineId)?.label ?? t('opt_tu_deleted_line');
  const methodLabel = (id: string | null | undefined): string => (id ? (data.paymentMethods.find((method) => method.id === id)?.label ?? '') : '');
  const history = [...data.topUps].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const duplicates = likelyDuplicates(data.topUps);
  const projected = projectedMonthlyCost(data.lines);

  async function remove(topUp: TopUp): Promise<void> {
    if (!window.confirm(t('opt_tu_confirm_delete'))) return;
    await writeAndAnnounce(announce, () => deleteTopUp(topUp.id), t('opt_tu_deleted'), reload);
    focusSection('topups-title');
  }

  return (
    <section id="topups" aria-labelledby="topups-title">
      <h2 id="topups-title" tabIndex={-1}>{t('opt_nav_topups')}</h2>

      {adding ? (
        <AddTopUpForm
          data={data}
          locale={locale}
          zone={zone}
          announce={announce}
          onDone={() => {
            setAdding(false);
            returnFocus.close(reload());
          }}
        />
      ) : data.lines.some((line) => !line.archived) ? (
        <p>
          <button
            type="button"
            id="add-tu"
            onClick={() => {
              setAdding(true);
              returnFocus.open('add-tu');
            }}
          >
            {t('opt_tu_add')}
          </button>
        </p>
      ) : null}

      {duplicates.length > 0 ? (
        <div class="warning" role="note" aria-labelledby="duplicates-title">
          <h3 id="duplicates-title">{t('opt_tu_duplicates')}</h3>
          <ul>
            {duplicates.map((pair) => (
              <li key={`${pair.first.id}-${pair.second.id}`}>
                {t('opt_tu_duplicate_item', [
                  lineLabel(pair.lineId),
                  formatMoney(pair.amount, pair.currency, locale),
                  whenOf(pair.first),
                  whenOf(pair.second),
                ])}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h3>{t('opt_tu_projected')}</h3>
      {projected.totals.length === 0 ? (
        <p>{t('opt_tu_projected_none')}</p>
      ) : (
        <p class="projected">
          {t('opt_tu_per_month_label', projected.totals.map((total) => formatMoney(total.amount, total.currency, locale)).join(' + '))}
        </p>
      )}
      {projected.unpredictableLineIds.length > 0 ? (
        <p class="muted">{t('opt_tu_projected_unpredictable', projected.unpredictableLineIds.map(lineLabel).join(t('rem_list_separator')))}</p>
      ) : null}

      {history.length === 0 ? (
        <p>{t('opt_tu_empty')}</p>
      ) : (
        <>
          <div class="spend-tables">
            <div class="table-wrap">
              <table>
                <caption>{t('opt_tu_by_month')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('opt_tu_col_month')}</th>
                    <th scope="col" class="number">{t('opt_tu_col_total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {spendByMonth(data.topUps).map((month) => (
                    <tr key={month.month}>
                      <th scope="row">{formatMonth(month.month, locale)}</th>
                      <td class="number totals">
                        <Totals totals={month.totals} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div class="table-wrap">
              <table>
                <caption>{t('opt_tu_by_line')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('opt_tu_col_line')}</th>
                    <th scope="col" class="number">{t('opt_tu_col_total')}</th>
                    <th scope="col" class="number">{t('opt_tu_col_count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {spendByLine(data.topUps).map((line) => (
                    <tr key={line.lineId}>
                      <th scope="row">{lineLabel(line.lineId)}</th>
                      <td class="number totals">
                        <Totals totals={line.totals} locale={locale} />
                      </td>
                      <td class="number">{line.totals.reduce((sum, total) => sum + total.count, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>

          <div class="table-wrap">
            <table class="history">
              <caption>{t('opt_tu_history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('opt_tu_col_when')}</th>
                  <th scope="col">{t('opt_tu_col_line')}</th>
                  <th scope="col" class="number">{t('opt_tu_col_amount')}</th>
                  <th scope="col">{t('opt_tu_col_source')}</th>
                  <th scope="col">{t('opt_tu_col_method')}</th>
                  <th scope="col">{t('opt_tu_col_note')}</th>
                  <th scope="col">{t('opt_tu_col_actions')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((topUp) => {
                  const amount = formatMoney(topUp.amount, topUp.currency, locale);
                  const when = whenOf(topUp);
                  return (
                    <tr key={topUp.id}>
                      <td class="nowrap">{when}</td>
                      <td>{lineLabel(topUp.lineId)}</td>
                      <td class="number">{amount}</td>
                      <td>{t(SOURCE_LABELS[topUp.source])}</td>
                      <td>{methodLabel(topUp.paymentMethodId)}</td>
                      <td>{topUp.note ?? ''}</td>
                      <td>
                        <button type="button" class="danger" aria-label={t('opt_tu_delete', [amount, lineLabel(topUp.lineId), when])} onClick={() => void remove(topUp)}>
                          {t('opt_delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
