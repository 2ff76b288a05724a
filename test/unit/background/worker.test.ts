import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { closeStore, getLine, putLine, putPaymentMethod, putSettings } from '../../../utils/store/db';
import { getReminderMemoryOf } from '../../../utils/store/reminder-state';
import { NEXT_ALARM, SWEEP_ALARM } from '../../../utils/background/alarms';
import { reschedule, userZone } from '../../../utils/background/reschedule';
import { wallClockToInstant, addDays } from '../../../utils/domain/dates';
import type { Line } from '../../../utils/domain/types';
import { line, settings } from '../reminders/fixtures';

// The autofill engineer's custom-carrier script sync needs permissions events fakeBrowser lacks;
// it is not what these tests are about.
vi.mock('../../../utils/autofill/custom-scripts.background', () => ({ registerCustomCarrierScriptSync: () => undefined }));

// The worker's wiring against WXT's fakeBrowser: alarms are triggered by hand, time is frozen.
const zone = userZone();
const at = (date: string, time: string) => wallClockToInstant(date, time, zone).getTime();
const TODAY = '2026-12-03';

async function startWorker(): Promise<void> {
  // A fresh module graph is a fresh worker: nothing carried over in memory.
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background');
  background.main();
}

/** Lets the listeners' fire-and-forget reschedules finish (they run one after another). */
async function settle(): Promise<void> {
  const { reschedule: current } = await import('../../../utils/background/reschedule');
  await current();
}

const lines: Line[] = [
  line({ id: 'l-dead', label: 'Old SIM', expiresOn: '2026-11-20' }),
  line({ id: 'l-due', label: 'HK CMHK', carrier: 'cmhk', expiresOn: addDays(TODAY, 3) }),
  line({ id: 'l-alive', label: 'UK giffgaff', lastActivityOn: addDays(TODAY, -180), keepAlive: { activityEveryDays: 187 } }),
  line({ id: 'l-far', label: 'Far off', expiresOn: addDays(TODAY, 200) }),
];

// Called as create(id, options): the overloads confuse the spy's inferred type.
let created: MockInstance<(id: string, options: Record<string, unknown>) => Promise<string>>;
beforeEach(async () => {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'], now: at(TODAY, '10:00') });
  await putSettings(settings({ timeOfDay: '09:00', daysBefore: [30, 7, 3, 1, 0], repeat: 'daily' }));
  for (const l of lines) await putLine(l);
  created = vi.spyOn(fakeBrowser.notifications, 'create') as unknown as typeof created;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the background worker', () => {
  it('on install: notifies what is due, sets the badge, one next alarm and the sweep', async () => {
    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();

    const ids = created.mock.calls.map((call) => call[0]);
    expect(ids.sort()).toEqual(['expiry:l-dead:2026-11-20', 'expiry:l-due:2026-12-06', 'keep-alive:l-alive:2026-12-10']);
    const options = Object.fromEntries(created.mock.calls.map((call) => [call[0], call[1]]));
    expect(options['expiry:l-due:2026-12-06']).toMatchObject({ title: 'HK CMHK expires in 3 days', buttons: [{ title: 'Top up now' }, { title: 'Snooze 1 hour' }] });
    expect(options['keep-alive:l-alive:2026-12-10']).toMatchObject({ title: 'UK giffgaff: use it within 7 days', buttons: [{ title: 'Top up now' }, { title: 'Used it today' }] });

    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe('LineKeeper — lines that need attention: 3');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([NEXT_ALARM, SWEEP_ALARM]);
    // Daily repeats: tomorrow 09:00 is the next moment anything is due.
    expect(alarms.find((a) => a.name === NEXT_ALARM)!.scheduledTime).toBe(at(addDays(TODAY, 1), '09:00'));
  });

  it('does not notify again on the same day after alarms, a restart or a killed worker', async () => {
    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    const sweep = (await fakeBrowser.alarms.get(SWEEP_ALARM))!;
    expect(created).toHaveBeenCalledTimes(3);

    await fakeBrowser.alarms.onAlarm.trigger(sweep);
    await settle();
    await startWorker(); // killed and started again
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(created).toHaveBeenCalledTimes(3);
    // The sweep was not re-created (that would restart its period).
    expect((await fakeBrowser.alarms.get(SWEEP_ALARM))!.scheduledTime).toBe(sweep.scheduledTime);
  });

  it('fires the next occurrence when its alarm goes off, once', async () => {
    await startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    created.mockClear();
    const next = (await fakeBrowser.alarms.get(NEXT_ALARM))!;
    vi.setSystemTime(next.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(next);
    await fakeBrowser.alarms.onAlarm.trigger(next); // delivered twice by the browser: still once
    await settle();
    expect(created.mock.calls.map((call) => call[0]).sort()).toEqual(['expiry:l-due:2026-12-06', 'keep-alive:l-alive:2026-12-10']);
    expect(created.mock.calls.find((call) => call[0] === 'expiry:l-due:2026-12-06')![1]).toMatchObject({ title: 'HK CMHK expires in 2 days' });
  });

  it('catches up once after the computer slept for a week', async () => {
    await startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    created.mockClear();
    vi.setSystemTime(at(addDays(TODAY, 6), '15:00'));
    await fakeBrowser.alarms.onAlarm.trigger((await fakeBrowser.alarms.get(NEXT_ALARM))!);
    await settle();
    // l-due expired on the 6th (one catch-up), l-alive's keep-alive deadline is in 1 day (one catch-up).
    expect(created.mock.calls.map((call) => call[0]).sort()).toEqual(['expiry:l-due:2026-12-06', 'keep-alive:l-alive:2026-12-10']);
  });

  it('after every change of data: a new line is reminded of and the badge follows', async () => {
    await startWorker();
    await settle();
    created.mockClear();
    await putLine(line({ id: 'l-new', label: 'New', expiresOn: TODAY }));
    await settle();
    expect(created.mock.calls.map((call) => call[0])).toEqual(['expiry:l-new:2026-12-03']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
  });

  it('a page\'s data-changed message reschedules', async () => {
    await startWorker();
    await settle();
    created.mockClear();
    // A page wrote a line in its own context and announces it.
    await (await import('../../../utils/store/db')).putLine(line({ id: 'l-page', label: 'Page', expiresOn: TODAY }));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'data-changed', payload: {} }, { id: fakeBrowser.runtime.id });
    await settle();
    expect(created.mock.calls.map((call) => call[0])).toContain('expiry:l-page:2026-12-03');
  });

  it('"Used it today" marks activity done, which resolves the keep-alive reminder', async () => {
    await startWorker();
    await settle();
    await fakeBrowser.notifications.onButtonClicked.trigger('keep-alive:l-alive:2026-12-10', 1);
    await settle();
    expect((await getLine('l-alive'))!.lastActivityOn).toBe(TODAY);
    expect(await getReminderMemoryOf('keep-alive:l-alive:2026-12-10')).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('"Used it today" on a 30-day keep-alive shows no new "30 days left" notification, and remembers it', async () => {
    await putLine(line({ id: 'l-30', label: 'US Ultra', lastActivityOn: addDays(TODAY, -27), keepAlive: { activityEveryDays: 30 } }));
    await startWorker();
    await settle();
    expect(created.mock.calls.map(([id]) => id)).toContain(`keep-alive:l-30:${addDays(TODAY, 3)}`);
    created.mockClear();
    await fakeBrowser.notifications.onButtonClicked.trigger(`keep-alive:l-30:${addDays(TODAY, 3)}`, 1);
    await settle();
    const renewed = `keep-alive:l-30:${addDays(TODAY, 30)}`;
    expect(created.mock.calls.map(([id]) => id)).not.toContain(renewed);
    expect((await getReminderMemoryOf(renewed))?.sentOn).toBe(TODAY);
  });

  it('"Snooze 1 hour" holds the reminder and wakes an hour later to show it again', async () => {
    await startWorker();
    await settle();
    await fakeBrowser.notifications.onButtonClicked.trigger('expiry:l-due:2026-12-06', 1);
    await settle();
    const next = (await fakeBrowser.alarms.get(NEXT_ALARM))!;
    expect(next.scheduledTime).toBe(at(TODAY, '11:00'));
    created.mockClear();
    vi.setSystemTime(next.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(next);
    await settle();
    expect(created.mock.calls.map((call) => call[0])).toEqual(['expiry:l-due:2026-12-06']);
  });

  it('"Top up now" opens the carrier\'s recharge page; a click opens LineKeeper on the line', async () => {
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await startWorker();
    await settle();
    await fakeBrowser.notifications.onButtonClicked.trigger('expiry:l-due:2026-12-06', 0);
    await fakeBrowser.notifications.onClicked.trigger('expiry:l-due:2026-12-06');
    await settle();
    const urls = tabs.mock.calls.map((call) => call[0].url);
    expect(urls[0]).toMatch(/^https:\/\/.*/);
    expect(urls[1]).toBe(`chrome-extension://${fakeBrowser.runtime.id}/options.html#line=l-due`);
  });

  it('a payment card about to expire is named with the lines it pays for', async () => {
    await putPaymentMethod({ id: 'pm-visa', label: 'Visa travel card', type: 'credit', last4: '4242', expires: '2026-12' });
    await putLine({ ...lines[3]!, paymentMethodId: 'pm-visa' });
    await startWorker();
    await settle();
    const card = created.mock.calls.find((call) => call[0] === 'card-expiry:pm-visa:2026-12');
    expect(card?.[1]).toMatchObject({ title: 'Payment card Visa travel card ····4242 expires soon', message: expect.stringContaining('It pays for: Far off.') });
  });

  it('empties the badge when nothing needs attention', async () => {
    await startWorker();
    await settle();
    for (const l of lines) await putLine({ ...l, archived: true });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(NEXT_ALARM)).toBeUndefined();
  });
});

describe('Firefox: no notification buttons', () => {
  it('creates notifications without buttons and registers no button listener', async () => {
    vi.stubEnv('FIREFOX', true as unknown as string);
    const addButtonListener = vi.spyOn(fakeBrowser.notifications.onButtonClicked, 'addListener');
    await startWorker();
    await reschedule();
    await settle();
    expect(addButtonListener).not.toHaveBeenCalled();
    expect(created.mock.calls.length).toBeGreaterThan(0);
    for (const call of created.mock.calls) expect(call[1]).not.toHaveProperty('buttons');
    vi.unstubAllEnvs();
  });
});
