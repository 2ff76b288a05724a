import { browser } from 'wxt/browser';

/** The one alarm for the next moment anything is due. */
export const NEXT_ALARM = 'linekeeper-next';
/** The periodic safety sweep, in case a wake is missed (alarms can be dropped on restart). */
export const SWEEP_ALARM = 'linekeeper-sweep';
export const SWEEP_MINUTES = 60;

/**
 * Sets the next-wake alarm to `at`, or clears it when nothing lies ahead. Left alone when already set
 * to that time, so rescheduling is idempotent.
 */
export async function setNextAlarm(at: number | null): Promise<void> {
  const existing = await browser.alarms.get(NEXT_ALARM);
  if (at === null) {
    if (existing) await browser.alarms.clear(NEXT_ALARM);
    return;
  }
  if (existing?.scheduledTime === at) return;
  await browser.alarms.create(NEXT_ALARM, { when: at });
}

/** Creates the sweep only when missing: re-creating a periodic alarm restarts its period. */
export async function ensureSweepAlarm(): Promise<void> {
  if (await browser.alarms.get(SWEEP_ALARM)) return;
  await browser.alarms.create(SWEEP_ALARM, { delayInMinutes: SWEEP_MINUTES, periodInMinutes: SWEEP_MINUTES });
}

export function isReminderAlarm(name: string): boolean {
  return name === NEXT_ALARM || name === SWEEP_ALARM;
}
