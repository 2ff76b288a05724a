import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { LineAttention, Severity } from '../reminders/types';

export const BADGE_COLOURS: Record<Severity, string> = { expired: '#C5221F', urgent: '#E8710A', soon: '#B06000' };

/** The toolbar badge: how many lines need attention, coloured by the worst; empty when none. */
export async function showAttention(attention: readonly LineAttention[]): Promise<void> {
  const count = attention.length;
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  const worst = attention[0];
  if (worst) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[worst.severity] });
  await browser.action.setTitle({ title: count > 0 ? t('rem_badge_title', [String(count)]) : t('rem_badge_title_none') });
}
