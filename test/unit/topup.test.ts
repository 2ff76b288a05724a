import { describe, expect, it } from 'vitest';
import { applyTopUp, markActivityDone } from '../../utils/domain/topup';
import { makeLine } from './fixtures';
import { findCarrier } from '../../utils/carriers/registry';

describe('logging a top-up', () => {
  it('raises the balance and counts as activity', () => {
    const line = applyTopUp(makeLine({ balance: 512, lastActivityOn: '2026-06-10' }), 1000, '2026-11-22');
    expect(line.balance).toBe(1512);
    expect(line.lastActivityOn).toBe('2026-11-22');
  });

  it('starts an untracked balance at the amount', () => {
    expect(applyTopUp(makeLine({ balance: null }), 300, '2026-11-22').balance).toBe(300);
  });

  it('moves the expiry where the carrier rule says a top-up extends validity', () => {
    const line = makeLine({ expiresOn: '2026-12-03' });
    expect(applyTopUp(line, 5000, '2026-11-22', { topUpExtendsDays: 180, minTopUp: 5000 }).expiresOn).toBe('2027-05-21');
  });

  it('leaves the expiry when the amount is under the carrier minimum', () => {
    const line = makeLine({ expiresOn: '2026-12-03' });
    expect(applyTopUp(line, 1000, '2026-11-22', { topUpExtendsDays: 180, minTopUp: 5000 }).expiresOn).toBe('2026-12-03');
  });

  it('never moves an expiry earlier', () => {
    const line = makeLine({ expiresOn: '2027-12-31' });
    expect(applyTopUp(line, 5000, '2026-11-22', { topUpExtendsDays: 30 }).expiresOn).toBe('2027-12-31');
  });

  it('does not touch the expiry when the rule says nothing', () => {
    expect(applyTopUp(makeLine({ expiresOn: '2026-12-03' }), 5000, '2026-11-22', { topUpExtendsDays: null }).expiresOn).toBe('2026-12-03');
  });
});

describe('marking activity done', () => {
  it('sets last activity to today, never backwards', () => {
    expect(markActivityDone(makeLine({ lastActivityOn: '2026-06-10' }), '2026-11-22').lastActivityOn).toBe('2026-11-22');
    expect(markActivityDone(makeLine({ lastActivityOn: '2026-11-25' }), '2026-11-22').lastActivityOn).toBe('2026-11-25');
  });
});

describe('the catalog\'s top-up rules', () => {
  it('an Ultra Mobile top-up does not move the suspension date: the unpaid plan still ends the cycle', () => {
    // CARRIERS.md: "30-day PayGo cycle; suspended if unpaid on the renewal date". No page says a top-up adds days.
    const ultra = makeLine({ carrier: 'ultra', currency: 'USD', balance: 0, expiresOn: '2026-12-15', keepAlive: null, renewal: { kind: 'none' } });
    expect(applyTopUp(ultra, 100, '2026-12-01', findCarrier('ultra')!.rule).expiresOn).toBe('2026-12-15');
  });
});
