/** The worker's wiring: custom carriers' content script, the message protocol's own keys, a wake that survives a refused notification. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { closeStore, putCustomCarrier } from '../../../utils/store/db';
import { syncCustomCarrierScripts } from '../../../utils/autofill/custom-scripts.background';
import { CARRIER_MATCH_PATTERNS } from '../../../utils/autofill/carrier-matches';
import { isAllowed, isEnvelope } from '../../../utils/messaging/protocol';
import { NEXT_ALARM, SWEEP_ALARM } from '../../../utils/background/alarms';
import { userZone } from '../../../utils/background/reschedule';
import { wallClockToInstant, addDays } from '../../../utils/domain/dates';
import type { CustomCarrier } from '../../../utils/domain/types';
import { line, settings } from '../reminders/fixtures';

// A small fake of the permissions and scripting APIs (fakeBrowser has neither).
type Script = { id: string; matches: string[]; js: string[] };
let registered: Script[];
let granted: Set<string>;
type Listener = (...args: unknown[]) => unknown;
const events = () => {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => listeners.push(l), trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))), listeners };
};
let onAdded: ReturnType<typeof events>;
let onRemoved: ReturnType<typeof events>;

function installFakes(manifestHosts: readonly string[]): void {
  registered = [];
  granted = new Set(manifestHosts);
  onAdded = events();
  onRemoved = events();
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o) || granted.has('https://*/*')),
    onAdded,
    onRemoved,
  };
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    },
    registerContentScripts: async (scripts: Script[]) => {
      for (const s of scripts) if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.push(...scripts);
    },
  };
}

const carrier = (name: string, domains: string[]): CustomCarrier => ({
  id: `custom:${name}`,
  name,
  domains,
  rechargeUrl: `https://www.${domains[0]}/top-up`,
  activityEveryDays: null,
  topUpExtendsDays: null,
});

async function startWorker(): Promise<void> {
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background');
  background.main();
}

async function settle(): Promise<void> {
  const { reschedule } = await import('../../../utils/background/reschedule');
  await reschedule();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

beforeEach(async () => {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
  installFakes(CARRIER_MATCH_PATTERNS);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('custom carriers\' content script', () => {
  it('is not registered a second time on a built-in carrier\'s domain (the manifest already injects it there)', async () => {
    // A user's own "giffgaff (work SIM)" carrier on giffgaff.com, beside a custom MVNO on its own granted domain.
    granted.add('https://ting.com/*');
    granted.add('https://*.ting.com/*');
    await putCustomCarrier(carrier('giffgaff work', ['giffgaff.com']));
    await putCustomCarrier(carrier('Lyca', ['ting.com']));
    await syncCustomCarrierScripts();
    const matches = registered.flatMap((script) => script.matches);
    expect(matches).toContain('https://*.ting.com/*');
    // Registered here too, the carrier script runs twice on giffgaff pages: two in-page offers.
    expect(matches.filter((pattern) => CARRIER_MATCH_PATTERNS.includes(pattern))).toEqual([]);
  });

  it('is registered when a page saves a carrier on a domain already granted (data-changed)', async () => {
    // Access to the domain is already there (e.g. Firefox's about:addons "all websites" toggle,
    // or the domain granted before): permissions.request resolves at once and onAdded never fires.
    granted.add('https://*/*');
    await startWorker();
    await putCustomCarrier(carrier('Lyca', ['ting.com'])); // written by the options page
    await fakeBrowser.runtime.onMessage.trigger({ type: 'data-changed', payload: {} }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    await settle();
    expect(registered.flatMap((script) => script.matches)).toContain('https://*.ting.com/*');
  });
});

describe('control (passes today): the fakes work', () => {
  it('a permission added registers the script', async () => {
    await startWorker();
    await putCustomCarrier(carrier('Lyca', ['ting.com']));
    granted.add('https://ting.com/*');
    granted.add('https://*.ting.com/*');
    await onAdded.trigger({ origins: ['https://ting.com/*', 'https://*.ting.com/*'] });
    await settle();
    expect(registered.flatMap((script) => script.matches)).toContain('https://*.ting.com/*');
  });
});

describe('message protocol', () => {
  it('refuses message types that are Object.prototype members', () => {
    expect(isEnvelope({ type: 'toString', payload: {} })).toBe(false);
    expect(isEnvelope({ type: 'constructor', payload: {} })).toBe(false);
  });
  it('drops a content script\'s "__proto__" message instead of throwing in the listener', () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.giffgaff.com/top-up', tab: { id: 7 } as never, frameId: 0 };
    expect(() => isAllowed({ type: '__proto__', payload: {} }, sender)).not.toThrow();
  });
});

/**
 * 3 Dec 2026, 10:00 in the user's zone, with the reminder ladder 30, 7, 3, 1, 0 days at 09:00 and one
 * line expiring `days` later. Fresh modules, so the store and the worker share one connection to
 * this test's database.
 */
async function seedExpiringLine(days: number): Promise<void> {
  const TODAY = '2026-12-03';
  vi.useFakeTimers({ toFake: ['Date'], now: wallClockToInstant(TODAY, '10:00', userZone()).getTime() });
  vi.resetModules();
  const db = await import('../../../utils/store/db');
  await db.putSettings(settings({ timeOfDay: '09:00', daysBefore: [30, 7, 3, 1, 0], repeat: 'daily' }));
  await db.putLine(line({ id: 'l-cmhk', label: 'HK CMHK', carrier: 'cmhk', expiresOn: addDays(TODAY, days) }));
}

describe('a wake whose notification fails', () => {
  it('still sets the badge, the next alarm and the sweep', async () => {
    await seedExpiringLine(3);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Unable to download all specified images.'));
    const { wake } = await import('../../../utils/background/reschedule');
    await wake();
    expect(create).toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toBeDefined();
    expect(await fakeBrowser.alarms.get(NEXT_ALARM)).toBeDefined();
  });
});

describe('a worker started with its alarms gone', () => {
  it('sets the next wake and the sweep again, with no install or startup event (Firefox re-enabling the add-on)', async () => {
    // Firefox clears an add-on's alarms when it is disabled; enabling it starts the background page
    // and fires neither runtime.onInstalled nor runtime.onStartup.
    await seedExpiringLine(10);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    const { default: background } = await import('../../../entrypoints/background');
    background.main();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual([NEXT_ALARM, SWEEP_ALARM]));
  });
});
