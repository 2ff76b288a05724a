import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { launchExtension, SAMPLE_BACKUP, type ExtensionSession } from './harness';
import { addDays, todayIn } from '../../utils/domain/dates';
import type { Line } from '../../utils/domain/types';

// Restores a backup's lines (dates rebased on today: Chromium's clock cannot be faked) into the
// built extension, then checks what the real worker did: badge, notifications, alarms; and that a
// browser restart on the same profile notifies nothing again and keeps the data.

/** The few extension APIs these checks call inside Chromium's contexts. */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const profileDir = mkdtempSync(join(tmpdir(), 'linekeeper-reminders-'));
let session: ExtensionSession | undefined;
afterAll(async () => {
  await session?.close({ keepProfile: true });
  rmSync(profileDir, { recursive: true, force: true });
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  if (!done(value)) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
  return value;
}

const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const notificationIds = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());
const alarms = (worker: Worker) => worker.evaluate(() => chrome.alarms.getAll());

describe('reminders in real Chromium', () => {
  it('a restored backup: badge, notifications, few alarms; a restart notifies nothing again', async () => {
    session = await launchExtension({ profileDir });
    const zone = await session.worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = todayIn(new Date(), zone);
    const sample = JSON.parse(readFileSync(SAMPLE_BACKUP, 'utf8')) as { lines: Line[] };
    const [giffgaff, cmhk, ultra, data] = sample.lines as [Line, Line, Line, Line];
    const lines: Line[] = [
      // keep-alive due: 180 days allowed, last activity 175 days ago (the 7-day step has passed)
      { ...giffgaff, lastActivityOn: addDays(today, -175) },
      // expired five days ago
      { ...cmhk, expiresOn: addDays(today, -5), renewal: { kind: 'none' }, balance: 9000 },
      // due: expires in 3 days, today is a ladder step
      { ...ultra, expiresOn: addDays(today, 3), renewal: { kind: 'none' }, balance: 1000 },
      // far off
      { ...data, expiresOn: addDays(today, 200), renewal: { kind: 'none' }, reminders: null, dataMB: null },
    ];
    // Midnight: today's occurrences have all come, whatever time the test runs.
    const settings = { timeOfDay: '00:00', daysBefore: [30, 7, 3, 1, 0], repeat: 'daily' };

    // The worker opens (and so creates) the store when it starts; wait for its first badge update.
    await until(() => session!.worker.evaluate(() => chrome.action.getTitle({})), (title) => title.startsWith('LineKeeper:'), 'first reschedule');
    const page = await session.openPage('popup.html');
    await page.evaluate(
      async ({ lines, settings }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('linekeeper');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['lines', 'meta'], 'readwrite');
        for (const line of lines) tx.objectStore('lines').put(line);
        tx.objectStore('meta').put(settings, 'settings');
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        await chrome.runtime.sendMessage({ type: 'data-changed', payload: {} });
      },
      { lines, settings },
    );

    const expected = [`expiry:${cmhk.id}:${addDays(today, -5)}`, `expiry:${ultra.id}:${addDays(today, 3)}`, `keep-alive:${giffgaff.id}:${addDays(today, 5)}`].sort();
    expect(await until(() => notificationIds(session!.worker), (ids) => ids.length >= 3, 'notifications')).toEqual(expected);
    expect(await badgeText(session.worker)).toBe('3');
    const set = await alarms(session.worker);
    expect(set.length).toBeLessThanOrEqual(2);
    expect(set.every((alarm) => alarm.scheduledTime > Date.now())).toBe(true);
    expect(set.map((alarm) => alarm.name).sort()).toEqual(['linekeeper-next', 'linekeeper-sweep']);

    // Restart the browser on the same profile.
    await session.close({ keepProfile: true });
    session = await launchExtension({ profileDir });
    const worker = session.worker;
    // Chromium does not keep the badge across a restart: seeing it again means the worker ran.
    expect(await until(() => badgeText(worker), (text) => text === '3', 'badge after restart')).toBe('3');
    // A second, explicit wake on top of the start-up one.
    const again = await session.openPage('popup.html');
    await again.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed', payload: {} }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notificationIds(worker)).toEqual([]);
    const stored = await again.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('linekeeper');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      return { lines: await count('lines'), reminderState: await count('reminderState') };
    });
    expect(stored).toEqual({ lines: 4, reminderState: 3 });
    expect((await alarms(worker)).length).toBeLessThanOrEqual(2);
  });
});
