import { vi } from 'vitest';
import type { PopupActions } from '../../components/popup/PopupApp';

/** The popup's actions as spies that succeed, for tests to check what was asked or make one fail. */
export function fakePopupActions(): PopupActions {
  return {
    openRecharge: vi.fn(async () => {}),
    logTopUp: vi.fn(async () => {}),
    markActivityDone: vi.fn(async () => {}),
    confirmRenewal: vi.fn(async () => {}),
    forgetLastFill: vi.fn(),
    snooze: vi.fn(async () => {}),
    reminderDone: vi.fn(async () => {}),
    openOptions: vi.fn(),
  };
}
