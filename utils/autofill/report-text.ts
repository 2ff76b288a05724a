import type { MessageKey } from '../i18n';
import type { FillReport, WantedField } from './payload';

/** What a filled field counts for; a country code alone is not the number (its box may have been refused). */
function wantedOf(field: string): WantedField | null {
  if (field === 'email') return 'email';
  if (field === 'amount' || field === 'amount-tile') return 'amount';
  return field === 'tel-country-code' ? null : 'phone';
}

const wantedIn = (report: FillReport): WantedField[] => report.filled.flatMap((field) => wantedOf(field.field) ?? []);

/**
 * The short report shown after a fill, as lines of plain text (rendered with textContent). Fields
 * are named by fill_field_phone, fill_field_amount and fill_field_email.
 */
export function reportLines(report: FillReport, translate: (key: MessageKey, substitutions?: string | string[]) => string): string[] {
  const names = (fields: WantedField[]) => fields.map((field) => translate(`fill_field_${field}`)).join(translate('fill_field_separator'));
  const filled = [...new Set(wantedIn(report))];
  // Not the receipt e-mail: it is optional, and most pages have no box for it.
  const missing = report.notFound.filter((field) => field !== 'email');
  const lines = [filled[0] ? translate('fill_report_filled', names(filled)) : translate('fill_report_nothing')];
  if (missing[0] && filled[0]) lines.push(translate('fill_report_not_found', names(missing)));
  const refused = report.refused.filter((field) => field.field !== 'frame').length;
  if (refused) lines.push(translate('fill_report_refused', String(refused)));
  return lines;
}

/**
 * One click's report on a page where earlier clicks (in the same offer) filled `earlier`: a field
 * filled before is not "not found" now (the number, on a form whose next step asks for the amount).
 * `fillAgain` while the number or the amount is still missing: the page may show it later. A
 * missing receipt box alone is no reason, since many top-up pages have none.
 */
export function afterClick(report: FillReport, earlier: ReadonlySet<WantedField>): { report: FillReport; filledSoFar: Set<WantedField>; fillAgain: boolean } {
  const filledSoFar = new Set([...earlier, ...wantedIn(report)]);
  const notFound = report.notFound.filter((field) => !filledSoFar.has(field));
  return { report: { ...report, notFound }, filledSoFar, fillAgain: notFound.some((field) => field !== 'email') };
}
