import type { Line, PaymentMethod, Settings } from '../../../utils/domain/types';
import { DEFAULT_SETTINGS } from '../../../utils/domain/types';
import { planReminders, type Plan } from '../../../utils/reminders/plan';
import { delivered } from '../../../utils/reminders/memory';
import type { ReminderMemory } from '../../../utils/reminders/types';
import { makeLine } from '../fixtures';

/** A giffgaff line with no deadline of its own: each test adds the dates it is about. */
export function line(overrides: Partial<Line> = {}): Line {
  return makeLine({ label: 'UK giffgaff', lastActivityOn: null, keepAlive: null, ...overrides });
}

export const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, repeat: 'once', ...overrides });

export interface World {
  lines: Line[];
  settings: Settings;
  paymentMethods?: PaymentMethod[];
  memory?: Map<string, ReminderMemory>;
  zone?: string;
}

export function plan(world: World, at: string): Plan {
  return planReminders({
    lines: world.lines,
    settings: world.settings,
    paymentMethods: world.paymentMethods ?? [],
    memory: world.memory ?? new Map(),
    now: new Date(at),
    zone: world.zone ?? 'Europe/London',
  });
}

/** Plans at `at`, records what was due (and what was settled) as delivered, and forgets stale memory, as the worker does. */
export function wakeAt(world: World, at: string): Plan {
  world.memory ??= new Map();
  const result = plan(world, at);
  for (const due of [...result.due, ...result.settled]) world.memory.set(due.key, delivered(world.memory.get(due.key), due, new Date(at)));
  for (const key of result.staleKeys) world.memory.delete(key);
  return result;
}

export const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
