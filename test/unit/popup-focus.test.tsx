/**
 * The popup's quick actions re-read the view (entrypoints/popup/main.tsx), and the new view may
 * remove the pressed button or move its line (WCAG 2.2 SC 2.4.3): focus goes back to the button,
 * or to the line's heading, never to <body>. A write that failed is shown on the line's card as an
 * alert (SC 4.1.3), not only read out of a visually hidden status, and says why in words.
 */
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { PopupApp, type PopupActions } from '../../components/popup/PopupApp';
import { fakePopupActions } from './popup-actions';
import { failureText } from '../../components/popup/describe';
import { buildPopupView, type PopupView } from '../../utils/popup/view';
import { parseBackup } from '../../utils/domain/backup';
import { confirmRenewal } from '../../utils/reminders/renewal';
import type { Line } from '../../utils/domain/types';
import zh from '../../public/_locales/zh_CN/messages.json';
import { catalogMessage } from './setup';
import { SAMPLE_BACKUP_TEXT } from './fixtures';

const NOW = new Date('2026-11-22T10:00:00Z');
const ZONE = 'Europe/London';

function sampleLines(): Line[] {
  const result = parseBackup(SAMPLE_BACKUP_TEXT);
  if (!result.ok) throw new Error('sample refused');
  return result.data.lines;
}

type Reminders = NonNullable<Parameters<typeof buildPopupView>[6]>;
const viewOf = (lines: Line[], now = NOW, reminders?: Reminders): PopupView => buildPopupView(lines, new Map(), [], now, ZONE, null, reminders);

const actions = fakePopupActions;

/** The popup, and a way to show it the view its actions re-read, as main.tsx's reload() does. */
function renderPopup(view: PopupView, spy: PopupActions) {
  const { rerender } = render(h(PopupApp, { view, locale: 'en-GB', actions: spy }));
  return (next: PopupView) => rerender(h(PopupApp, { view: next, locale: 'en-GB', actions: spy }));
}

function press(button: HTMLElement): void {
  button.focus();
  expect(document.activeElement).toBe(button);
  fireEvent.click(button);
}

const button = (name: string) => screen.getByRole('button', { name });
const heading = (lineId: string) => document.getElementById(`label-${lineId}`);
const reminder = { key: 'expiry:l-cmhk:2026-12-03', title: 'Expires in 11 days', fullTitle: 'HK CMHK expires in 11 days', message: 'Top up before 3 Dec.', actionable: true, snoozed: false };

describe('popup: focus after a quick action re-reads the view', () => {
  it('"Snooze till tomorrow": its buttons go, focus goes to the line\'s heading', async () => {
    const lines = sampleLines();
    const spy = actions();
    const show = renderPopup(viewOf(lines, NOW, new Map([['l-cmhk', [reminder]]])), spy);
    press(button('Snooze till tomorrow: HK CMHK expires in 11 days'));
    await vi.waitFor(() => expect(spy.snooze).toHaveBeenCalledWith(reminder.key, 'tomorrow'));
    show(viewOf(lines, NOW, new Map([['l-cmhk', [{ ...reminder, snoozed: true }]]])));
    expect(screen.getByText(/Snoozed/)).toBeTruthy();
    expect(document.activeElement).toBe(heading('l-cmhk'));
    expect(heading('l-cmhk')?.getAttribute('tabindex')).toBe('-1');
  });

  it('"Done": the reminder goes, focus goes to the line\'s heading', async () => {
    const lines = sampleLines();
    const spy = actions();
    const show = renderPopup(viewOf(lines, NOW, new Map([['l-cmhk', [reminder]]])), spy);
    press(button('Done: HK CMHK expires in 11 days'));
    await vi.waitFor(() => expect(spy.reminderDone).toHaveBeenCalled());
    show(viewOf(lines));
    expect(document.activeElement).toBe(heading('l-cmhk'));
  });

  it('"Renewal went through": the button goes, focus goes to the line\'s heading', async () => {
    const lines = sampleLines();
    const spy = actions();
    const day = new Date('2026-12-03T10:00:00Z');
    const show = renderPopup(viewOf(lines, day), spy);
    press(button('Renewal went through for HK CMHK'));
    await vi.waitFor(() => expect(spy.confirmRenewal).toHaveBeenCalled());
    show(viewOf(lines.map((line) => (line.id === 'l-cmhk' ? confirmRenewal(line, '2026-12-03') : line)), day));
    expect(screen.queryByRole('button', { name: 'Renewal went through for HK CMHK' })).toBeNull();
    expect(document.activeElement).toBe(heading('l-cmhk'));
  });

  it('"Activity done" re-sorts the line to the end: focus stays on the pressed button (view re-read inside the action)', async () => {
    const lines = sampleLines();
    const spy = actions();
    let show: (view: PopupView) => void = () => {};
    spy.markActivityDone = vi.fn(async () => show(viewOf(lines.map((line) => (line.id === 'l-giffgaff' ? { ...line, lastActivityOn: '2026-11-22' } : line)))));
    show = renderPopup(viewOf(lines), spy);
    const done = button('Activity done today for UK giffgaff');
    press(done);
    await vi.waitFor(() => expect(spy.markActivityDone).toHaveBeenCalled());
    expect(screen.getAllByRole('heading', { level: 2 }).at(-1)?.textContent).toBe('UK giffgaff');
    expect(document.activeElement).toBe(button('Activity done today for UK giffgaff'));
  });

  it('leaves alone focus the user has moved elsewhere meanwhile', async () => {
    const lines = sampleLines();
    const spy = actions();
    const show = renderPopup(viewOf(lines, NOW, new Map([['l-cmhk', [reminder]]])), spy);
    press(button('Done: HK CMHK expires in 11 days'));
    await vi.waitFor(() => expect(spy.reminderDone).toHaveBeenCalled());
    const other = button('Log top-up for US Ultra PayGo');
    other.focus();
    show(viewOf(lines));
    expect(document.activeElement).toBe(other);
  });

  it('a logged top-up that re-sorts the line still gives focus back to "Log top-up"', async () => {
    const lines = sampleLines();
    const spy = actions();
    let show: (view: PopupView) => void = () => {};
    // HK$100 more and an expiry far away: HK CMHK is no longer the most urgent line.
    spy.logTopUp = vi.fn(async () => show(viewOf(lines.map((line) => (line.id === 'l-cmhk' ? { ...line, expiresOn: '2027-12-31', balance: 13800 } : line)))));
    show = renderPopup(viewOf(lines), spy);
    press(button('Log top-up for HK CMHK'));
    fireEvent.click(button('Save'));
    await vi.waitFor(() => expect(screen.queryByLabelText('Amount paid (HKD)')).toBeNull());
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).not.toBe('HK CMHK');
    expect(document.activeElement).toBe(button('Log top-up for HK CMHK'));
  });
});

function failing(message: string): PopupActions {
  const fail = vi.fn(async () => {
    throw new Error(message);
  });
  return { ...actions(), openRecharge: fail, logTopUp: fail, markActivityDone: fail, confirmRenewal: fail, snooze: fail, reminderDone: fail };
}

const card = (lineId: string) => document.querySelector<HTMLElement>(`li[data-line-id="${lineId}"]`)!;

describe('popup: a failed write is shown on its line, as an alert', () => {
  it('"Mark activity done" refused: an alert on that card, outside the visually hidden status', async () => {
    render(h(PopupApp, { view: viewOf(sampleLines()), locale: 'en-GB', actions: failing('this line no longer exists.') }));
    fireEvent.click(button('Activity done today for UK giffgaff'));
    const alert = await within(card('l-giffgaff')).findByRole('alert');
    expect(alert.textContent).toBe('Nothing was saved: this line no longer exists.');
    expect(alert.closest('.visually-hidden')).toBeNull();
    expect(alert.classList.contains('error')).toBe(true);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('a top-up that could not be logged: the alert shows beside the form, which stays open', async () => {
    render(h(PopupApp, { view: viewOf(sampleLines()), locale: 'en-GB', actions: failing('The transaction was aborted.') }));
    fireEvent.click(button('Log top-up for HK CMHK'));
    fireEvent.click(button('Save'));
    const alert = await within(card('l-cmhk')).findByRole('alert');
    expect(alert.textContent).toBe('Nothing was saved: The transaction was aborted.');
    expect(screen.getByLabelText('Amount paid (HKD)')).toBeTruthy();
  });

  it('the next success takes the alert away and is said in the status, as before', async () => {
    const spy = failing('no');
    render(h(PopupApp, { view: viewOf(sampleLines()), locale: 'en-GB', actions: spy }));
    fireEvent.click(button('Activity done today for UK giffgaff'));
    await within(card('l-giffgaff')).findByRole('alert');
    spy.markActivityDone = vi.fn(async () => {});
    fireEvent.click(button('Activity done today for UK giffgaff'));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Marked UK giffgaff as used today'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('popup: why a quick action wrote nothing, in words', () => {
  it('each ActionResult failure code has a message in both languages', () => {
    expect(failureText({ ok: false, error: 'no-such-line' })).toBe('this line no longer exists. It may have been deleted on the options page.');
    expect(failureText({ ok: false, error: 'bad-amount' })).toBe('the amount was not accepted. Check it and try again.');
    expect(failureText({ ok: false, error: 'failed', message: 'QuotaExceededError' })).toBe('the browser could not write it (QuotaExceededError). Try again.');
    const chinese = catalogMessage(zh);
    for (const key of ['popup_err_no_such_line', 'popup_err_bad_amount', 'popup_err_failed']) expect(chinese(key, 'x')).toMatch(/[\u4e00-\u9fff]/);
  });
});
