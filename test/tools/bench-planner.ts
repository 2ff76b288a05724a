// Planner and worker-wake figures for `npm run bench`:
//   npx tsx test/tools/bench-planner.ts
// 1. planReminders over 1,000 and 10,000 lines in Node (median of several runs) and their ratio.
// 2. One worker wake with 1,000 lines, measured in real Chromium on the built extension
//    (.output/chrome-mv3): a page sends 'data-changed', whose reply comes once the worker's
//    reschedule (read store, plan, record, notify, badge, alarms) has finished.
// Prints readable lines, then one JSON line.
import { performance } from 'node:perf_hooks';
import { addDays, todayIn } from '../../utils/domain/dates';
import { DEFAULT_SETTINGS, type Line, type RenewalPlan } from '../../utils/domain/types';
import { planReminders } from '../../utils/reminders/plan';
import type { ReminderMemory } from '../../utils/reminders/types';

const ZONES = [undefined, undefined, undefined, 'Asia/Hong_Kong', 'Europe/London', 'America/New_York'];

/** Deterministic pseudo-random lines, every reminder kind represented. */
function makeLines(count: number, today: string): Line[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i): Line => {
    const renewal: RenewalPlan = pick<RenewalPlan>([
      { kind: 'none' },
      { kind: 'cycle', months: 6, amount: 5000, nextOn: addDays(today, Math.floor(random() * 180)) },
      { kind: 'monthly', day: 1 + Math.floor(random() * 31), amount: 300 },
      { kind: 'threshold', below: 1000, topUp: 3000 },
    ]);
    return {
      id: `bench-${i}`,
      label: `Line ${i}`,
      number: '+447700900123',
      carrier: pick(['giffgaff', 'cmhk', 'ultra', 'three-uk']),
      kind: 'keep-number',
      currency: pick(['GBP', 'HKD', 'USD']),
      balance: Math.floor(random() * 5000),
      dataMB: random() < 0.3 ? Math.floor(random() * 2000) : null,
      expiresOn: random() < 0.8 ? addDays(today, Math.floor(random() * 400) - 30) : null,
      lastActivityOn: random() < 0.6 ? addDays(today, -Math.floor(random() * 200)) : null,
      keepAlive: random() < 0.6 ? { activityEveryDays: pick([90, 180, 365]) } : null,
      renewal,
      reminders:
        random() < 0.3
          ? { daysBefore: [30, 7, 1], lowBalanceBelow: 2000, lowDataBelowMB: 500, timeOfDay: pick(['07:00', '09:00', '20:30']), repeat: pick(['once', 'daily', 'weekly'] as const) }
          : null,
      paymentMethodId: random() < 0.3 ? 'pm-visa' : null,
      notes: '',
      archived: random() < 0.05,
      ...(pick(ZONES) ? { timeZone: pick(ZONES)! } : {}),
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timePlanner(count: number, runs: number, warmUps: number): number {
  const zone = 'Europe/London';
  const now = new Date();
  const lines = makeLines(count, todayIn(now, zone));
  const paymentMethods = [{ id: 'pm-visa', label: 'Visa', type: 'credit' as const, last4: '4242', expires: '2027-01' }];
  // Memory as after a first wake: everything due is delivered.
  const first = planReminders({ lines, settings: DEFAULT_SETTINGS, paymentMethods, memory: new Map(), now, zone });
  const memory = new Map<string, ReminderMemory>(first.due.map((due) => [due.key, { key: due.key, lineId: due.lineId, kind: due.kind, sentOn: due.occurrenceOn }]));
  // Warm the JIT (and the planner's calendar memo) first: the figure is the steady cost.
  for (let run = 0; run < warmUps; run++) planReminders({ lines, settings: DEFAULT_SETTINGS, paymentMethods, memory, now, zone });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    planReminders({ lines, settings: DEFAULT_SETTINGS, paymentMethods, memory, now, zone });
    times.push(performance.now() - started);
  }
  return median(times);
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function timeWorkerWake(count: number): Promise<{ firstMs: number; steadyMs: number } | { skipped: string }> {
  const { existsSync } = await import('node:fs');
  const { EXTENSION_DIR, launchExtension } = await import('../e2e/harness');
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) return { skipped: 'no build at .output/chrome-mv3 (run npx wxt build)' };
  const session = await launchExtension();
  try {
    const zone = await session.worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const lines = makeLines(count, todayIn(new Date(), zone));
    const page = await session.openPage('popup.html');
    // tsx keeps function names with a `__name` helper the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    return await page.evaluate(async (lines) => {
      const wake = async () => {
        const started = performance.now();
        await chrome.runtime.sendMessage({ type: 'data-changed', payload: {} });
        return performance.now() - started;
      };
      await wake(); // the store exists once the worker has run
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('linekeeper');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('lines', 'readwrite');
      for (const line of lines) tx.objectStore('lines').put(line);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      const firstMs = await wake(); // delivers everything due
      const steady: number[] = [];
      for (let i = 0; i < 5; i++) steady.push(await wake());
      steady.sort((a, b) => a - b);
      return { firstMs, steadyMs: steady[2]! };
    }, lines);
  } finally {
    await session.close();
  }
}

const planner1k = timePlanner(1_000, 15, 20);
const planner10k = timePlanner(10_000, 7, 3);
const ratio = planner10k / planner1k;
console.log(`planner, 1,000 lines:   ${planner1k.toFixed(1)} ms (median of 15, Node)`);
console.log(`planner, 10,000 lines:  ${planner10k.toFixed(1)} ms (median of 7, Node)`);
console.log(`planner 10k/1k ratio:   ${ratio.toFixed(2)} (10 = linear)`);
const wake = await timeWorkerWake(1_000);
if ('skipped' in wake) console.log(`worker wake, 1,000 lines: skipped (${wake.skipped})`);
else {
  console.log(`worker wake, 1,000 lines: ${wake.steadyMs.toFixed(1)} ms steady (median of 5), ${wake.firstMs.toFixed(1)} ms first (delivers all due) — real Chromium, page→worker message round trip`);
}
console.log(
  JSON.stringify({
    plannerMs1k: Number(planner1k.toFixed(2)),
    plannerMs10k: Number(planner10k.toFixed(2)),
    plannerRatio: Number(ratio.toFixed(2)),
    workerWakeMs1k: 'skipped' in wake ? null : Number(wake.steadyMs.toFixed(2)),
    workerFirstWakeMs1k: 'skipped' in wake ? null : Number(wake.firstMs.toFixed(2)),
  }),
);
