import { getLines, getPaymentMethods, getSettings } from '../store/db';
import { claimDeliveries, forgetReminders, getReminderMemory } from '../store/reminder-state';
import { planReminders, type Plan } from '../reminders/plan';
import { uiLocale } from '../i18n';
import { ensureSweepAlarm, setNextAlarm } from './alarms';
import { showAttention } from './badge';
import { showReminders } from './notifications';

/** The user's zone, as the browser knows it now (it may change while travelling). */
export function userZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * One wake: read everything from the store, plan, record then show what is due, update the badge,
 * set the one next alarm and make sure the sweep exists. Idempotent: run twice, the second run finds
 * everything delivered and the alarms already right.
 */
export async function wake(now: Date = new Date()): Promise<Plan> {
  const [lines, settings, paymentMethods, memory] = await Promise.all([getLines(), getSettings(), getPaymentMethods(), getReminderMemory()]);
  const plan = planReminders({ lines, settings, paymentMethods, memory, now, zone: userZone() });
  const claimed = await claimDeliveries([...plan.due, ...plan.settled], now);
  await showReminders(claimed.filter((occurrence) => !plan.settled.includes(occurrence)), uiLocale());
  await forgetReminders(plan.staleKeys);
  await showAttention(plan.attention);
  await setNextAlarm(plan.nextWakeAt);
  await ensureSweepAlarm();
  return plan;
}

// Overlapping wakes (an alarm and a data change together) run one after the other. This is
// coordination only: nothing is remembered between runs, each reads the store afresh.
let queue: Promise<unknown> = Promise.resolve();

/** Recompute and act on everything; called on install, start, every alarm and every data change. */
export function reschedule(): Promise<void> {
  const run = queue.then(() => wake());
  queue = run.catch((error: unknown) => console.error('LineKeeper: reschedule failed', error));
  return run.then(() => undefined);
}
