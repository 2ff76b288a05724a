import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { PopupApp, type PopupActions } from '../../components/popup/PopupApp';
import { fakePopupActions } from './popup-actions';
import { buildPopupView } from '../../utils/popup/view';
import { parseBackup } from '../../utils/domain/backup';
import { phoneFormats } from '../../utils/domain/phone';
import { SAMPLE_BACKUP_TEXT } from './fixtures';

const NOW = new Date('2026-11-22T10:00:00Z');

function sampleView() {
  const result = parseBackup(SAMPLE_BACKUP_TEXT);
  if (!result.ok) throw new Error('sample refused');
  const formats = new Map(result.data.lines.map((line) => [line.number, phoneFormats(line.number)]));
  return buildPopupView(result.data.lines, formats, [], NOW, 'Europe/London');
}

const actions = fakePopupActions;

describe('popup view', () => {
  it('orders the sample by urgency with the words for each line', () => {
    const view = sampleView();
    expect(view.rows.map((row) => [row.status.line.id, row.status.daysLeft, row.status.state])).toEqual([
      ['l-cmhk', 11, 'soon'],
      ['l-giffgaff', 15, 'soon'],
      ['l-ultra', 23, 'soon'],
      ['l-data', 70, 'ok'],
    ]);
    expect(view.rows[0]).toMatchObject({ carrierName: 'China Mobile Hong Kong', numberText: '+852 9123 4567', hasRechargePage: true, suggestedAmount: 5000 });
    expect(view.rows[3]).toMatchObject({ carrierName: 'Smart', hasRechargePage: false, suggestedAmount: 30000 });
  });
});

describe('popup', () => {
  it('shows each line with countdown, balance, data and next action, most urgent first', () => {
    render(<PopupApp view={sampleView()} locale="en-GB" actions={actions()} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['HK CMHK', 'UK giffgaff', 'US Ultra PayGo', 'Travel data eSIM']);
    const cmhk = within(items[0]!);
    expect(cmhk.getByText('11 days left')).toBeTruthy();
    expect(cmhk.getByText('HK$38.00')).toBeTruthy();
    expect(cmhk.getByText('1 GB')).toBeTruthy();
    expect(cmhk.getByText('Top up by 3 Dec')).toBeTruthy();
    expect(cmhk.getByText('Balance will not cover the next renewal (HK$50.00)')).toBeTruthy();
    expect(within(items[1]!).getByText('Use the line by 7 Dec (a call, text or data)')).toBeTruthy();
    expect(items[0]!.className).toContain('line-soon');
  });

  it('shows a keep-alive line whose last use was never recorded as needing attention, not green', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const lines = result.data.lines.map((line) => (line.id === 'l-giffgaff' ? { ...line, lastActivityOn: null, expiresOn: null } : line));
    render(<PopupApp view={buildPopupView(lines, new Map(), [], NOW, 'Europe/London')} locale="en-GB" actions={actions()} />);
    const card = screen.getByRole('listitem', { name: 'UK giffgaff' });
    expect(card.className).toContain('line-unknown');
    const chip = card.querySelector('.countdown')!;
    expect(chip.className).toContain('state-unknown');
    expect(chip.textContent).toBe('Needs attention: Last use unknown');
  });

  it('logs a top-up with the plan amount prefilled, refusing bad amounts', async () => {
    const spy = actions();
    render(<PopupApp view={sampleView()} locale="en-GB" actions={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Log top-up for HK CMHK' }));
    const amount = screen.getByLabelText('Amount paid (HKD)') as HTMLInputElement;
    expect(amount.value).toBe('50.00');
    fireEvent.input(amount, { target: { value: '5.123' } });
    expect(screen.getByRole('alert').textContent).toBe('Too many decimal places for this currency');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(spy.logTopUp).not.toHaveBeenCalled();
    fireEvent.input(amount, { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(spy.logTopUp).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-cmhk' }), 10000, 'manual'));
  });

  it('marks activity done and opens the recharge page', async () => {
    const spy = actions();
    render(<PopupApp view={sampleView()} locale="en-GB" actions={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Activity done today for UK giffgaff' }));
    await vi.waitFor(() => expect(spy.markActivityDone).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-giffgaff' })));
    expect(await screen.findByText('Marked UK giffgaff as used today')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Top up HK CMHK on the carrier\'s site' }));
    expect(spy.openRecharge).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-cmhk' }));
    expect((screen.getByRole('button', { name: 'Top up Travel data eSIM on the carrier\'s site' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers to confirm a cycle renewal once its date has come, and only then', async () => {
    const spy = actions();
    const view = sampleView();
    expect(view.rows.every((row) => row.renewalDueOn === null)).toBe(true);
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const onTheDay = buildPopupView(result.data.lines, new Map(), [], new Date('2026-12-03T10:00:00Z'), 'Europe/London');
    expect(onTheDay.rows.find((row) => row.status.line.id === 'l-cmhk')?.renewalDueOn).toBe('2026-12-03');
    render(<PopupApp view={onTheDay} locale="en-GB" actions={spy} />);
    expect(screen.getByText('Auto-renewal of HK$50.00 was expected on 3 Dec: confirm it went through, or top up')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Renewal went through for HK CMHK' }));
    await vi.waitFor(() => expect(spy.confirmRenewal).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-cmhk' }), '2026-12-03'));
    expect(screen.getAllByRole('button', { name: /^Renewal went through/ })).toHaveLength(1);
  });

  it('after a one-click fill, opens on logging it as an autofill top-up, and forgets it when declined', async () => {
    const spy = actions();
    const view = { ...sampleView(), lastFill: { lineId: 'l-ultra', amountMinor: 300 } };
    const { unmount } = render(<PopupApp view={view} locale="en-GB" actions={spy} />);
    const amount = screen.getByLabelText('Amount paid (USD)') as HTMLInputElement;
    expect(amount.value).toBe('3.00');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(spy.logTopUp).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-ultra' }), 300, 'autofill'));
    unmount();

    render(<PopupApp view={view} locale="en-GB" actions={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(spy.forgetLastFill).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText('Amount paid (USD)')).toBeNull();
  });

  it('offers a fill only for a line it still shows', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    expect(buildPopupView(result.data.lines, new Map(), [], NOW, 'Europe/London', { lineId: 'gone', amountMinor: 1 }).lastFill).toBeNull();
    expect(buildPopupView(result.data.lines, new Map(), [], NOW, 'Europe/London', { lineId: 'l-cmhk', amountMinor: 1 }).lastFill).toEqual({ lineId: 'l-cmhk', amountMinor: 1 });
  });

  it('lists a line\'s reminders under short titles, with snooze for an hour, till tomorrow, and done named after the full title', async () => {
    const spy = actions();
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const reminders = new Map([
      ['l-cmhk', [{ key: 'expiry:l-cmhk:2026-12-03', title: 'Expires in 11 days', fullTitle: 'HK CMHK expires in 11 days', message: 'Top up before 3 Dec.', actionable: true, snoozed: false }]],
      ['l-giffgaff', [{ key: 'keep-alive:l-giffgaff:2026-12-07', title: 'Use it soon', fullTitle: 'Use UK giffgaff soon', message: 'By 7 Dec.', actionable: true, snoozed: true }]],
    ]);
    const view = buildPopupView(result.data.lines, new Map(), [], NOW, 'Europe/London', null, reminders);
    render(<PopupApp view={view} locale="en-GB" actions={spy} />);
    const cmhk = within(screen.getAllByRole('listitem').find((item) => item.dataset.lineId === 'l-cmhk')!);
    // The card is titled HK CMHK: its reminder says what is due without repeating the name.
    const list = cmhk.getByRole('list', { name: 'Reminders' });
    expect(list.querySelector('.reminder-text strong')?.textContent).toBe('Expires in 11 days');
    expect(list.textContent).not.toContain('HK CMHK');
    // Each button's accessible name starts with its visible text, then names the reminder with its line.
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => [button.textContent, button.getAttribute('aria-label')])).toEqual([
      ['Snooze 1 hour', 'Snooze 1 hour: HK CMHK expires in 11 days'],
      ['Snooze till tomorrow', 'Snooze till tomorrow: HK CMHK expires in 11 days'],
      ['Done', 'Done: HK CMHK expires in 11 days'],
    ]);
    fireEvent.click(cmhk.getByRole('button', { name: 'Snooze till tomorrow: HK CMHK expires in 11 days' }));
    await vi.waitFor(() => expect(spy.snooze).toHaveBeenCalledWith('expiry:l-cmhk:2026-12-03', 'tomorrow'));
    expect(await screen.findByText('Snoozed “HK CMHK expires in 11 days”')).toBeTruthy();
    fireEvent.click(cmhk.getByRole('button', { name: 'Snooze 1 hour: HK CMHK expires in 11 days' }));
    await vi.waitFor(() => expect(spy.snooze).toHaveBeenCalledWith('expiry:l-cmhk:2026-12-03', 'hour'));
    fireEvent.click(cmhk.getByRole('button', { name: 'Done: HK CMHK expires in 11 days' }));
    await vi.waitFor(() => expect(spy.reminderDone).toHaveBeenCalledWith('expiry:l-cmhk:2026-12-03'));
    // A snoozed reminder says so and offers no buttons.
    const giffgaff = within(screen.getAllByRole('listitem').find((item) => item.dataset.lineId === 'l-giffgaff')!);
    expect(giffgaff.getByText(/Snoozed/)).toBeTruthy();
    expect(giffgaff.queryByRole('button', { name: /^Snooze/ })).toBeNull();
  });

  it('says the balance will not cover the renewal once: the warning gives way to the reminder that says it', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const warning = 'Balance will not cover the next renewal (HK$50.00)';
    const uncovered = { key: 'renewal-uncovered:l-cmhk:2026-12-03', title: "Balance won't cover the renewal", fullTitle: "HK CMHK: balance won't cover the renewal", message: 'Top up before then.', actionable: true, snoozed: false };
    const expiry = { key: 'expiry:l-cmhk:2026-12-03', title: 'Expires in 11 days', fullTitle: 'HK CMHK expires in 11 days', message: 'Top up before 3 Dec.', actionable: true, snoozed: false };
    const cardWith = (reminders: (typeof uncovered)[]) => {
      const view = buildPopupView(result.data.lines, new Map(), [], NOW, 'Europe/London', null, new Map([['l-cmhk', reminders]]));
      return render(<PopupApp view={view} locale="en-GB" actions={actions()} />);
    };
    const { unmount } = cardWith([expiry, uncovered]);
    expect(screen.getByText("Balance won't cover the renewal")).toBeTruthy();
    expect(screen.queryByText(warning)).toBeNull();
    unmount();
    // Without that reminder (not due yet, or another reminder only), the card still warns.
    cardWith([expiry]);
    expect(screen.getByText(warning)).toBeTruthy();
  });

  it('on the renewal day, the "expected on" warning gives way to the renewal reminder that says it', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const warning = 'Auto-renewal of HK$50.00 was expected on 3 Dec: confirm it went through, or top up';
    const renewal = { key: 'renewal:l-cmhk:2026-12-03', title: 'Renewal due', fullTitle: 'HK CMHK: renewal due', message: 'Auto-renewal of HK$50.00 expected on 3 Dec — confirm it went through, or top up.', actionable: true, snoozed: false };
    const view = buildPopupView(result.data.lines, new Map(), [], new Date('2026-12-03T10:00:00Z'), 'Europe/London', null, new Map([['l-cmhk', [renewal]]]));
    render(<PopupApp view={view} locale="en-GB" actions={actions()} />);
    expect(screen.getByText('Renewal due')).toBeTruthy();
    expect(screen.queryByText(warning)).toBeNull();
    // The button to confirm stays.
    expect(screen.getByRole('button', { name: 'Renewal went through for HK CMHK' })).toBeTruthy();
  });

  it('says in words, not only in a hover title, why Top up is greyed out', () => {
    render(<PopupApp view={sampleView()} locale="en-GB" actions={actions()} />);
    const card = (lineId: string) => screen.getAllByRole('listitem').find((item) => item.dataset.lineId === lineId)!;
    const eSim = within(card('l-data'));
    expect((eSim.getByRole('button', { name: "Top up Travel data eSIM on the carrier's site" }) as HTMLButtonElement).disabled).toBe(true);
    expect(eSim.getByText('No top-up page is known for this carrier')).toBeTruthy();
    // A line whose carrier has a top-up page shows no such reason.
    expect(within(card('l-cmhk')).queryByText('No top-up page is known for this carrier')).toBeNull();
  });

  it('leads to adding the first line when there is none', () => {
    const spy = actions();
    render(<PopupApp view={{ rows: [], lastFill: null }} locale="en" actions={spy} />);
    expect(screen.getByText('No lines yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first line' }));
    expect(spy.openOptions).toHaveBeenCalledWith('add');
  });
});

describe('popup keyboard focus and announcements', () => {
  const logButton = () => screen.getByRole('button', { name: 'Log top-up for HK CMHK' });
  const amount = () => screen.queryByLabelText('Amount paid (HKD)') as HTMLInputElement | null;

  it('the amount box is focused each time the log form opens, and focus returns to its button when it closes', async () => {
    const spy = actions();
    render(<PopupApp view={sampleView()} locale="en-GB" actions={spy} />);
    for (const close of ['Escape', 'Cancel', 'Save'] as const) {
      logButton().focus();
      fireEvent.click(logButton());
      expect(document.activeElement).toBe(amount());
      if (close === 'Escape') fireEvent.keyDown(amount()!, { key: 'Escape' });
      if (close === 'Cancel') fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      if (close === 'Save') fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await vi.waitFor(() => expect(amount()).toBeNull());
      expect(document.activeElement, close).toBe(logButton());
    }
    expect(spy.logTopUp).toHaveBeenCalledOnce();
  });

  it('announces the same result again when it happens twice', async () => {
    render(<PopupApp view={sampleView()} locale="en-GB" actions={actions()} />);
    const status = screen.getByRole('status');
    const done = screen.getByRole('button', { name: 'Activity done today for HK CMHK' });
    fireEvent.click(done);
    await vi.waitFor(() => expect(status.textContent).not.toBe(''));
    const said: string[] = [];
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    fireEvent.click(done);
    await vi.waitFor(() => expect(said.filter((text) => text !== '')).toHaveLength(1));
    expect(said[0]).toBe('');
  });
});
