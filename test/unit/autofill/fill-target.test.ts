import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillPage, hasFillTarget } from '../../../utils/autofill/fill-page';
import type { FillPayload } from '../../../utils/autofill/payload';
import { phoneFormats } from '../../../utils/domain/phone';
import { ANY_AMOUNT } from '../../../utils/autofill/money-text';

/**
 * What the in-page offer waits for. happy-dom has no layout, so every element is given a box in the
 * viewport here, and `hidden` (the attribute) is what makes one invisible.
 */
const GBP = (pounds: number) => ({ minor: pounds * 100, digits: 2, marks: ['£', 'gbp'] });

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 10, right: 110, bottom: 40, width: 100, height: 30, x: 10, y: 10, toJSON: () => ({}) } as DOMRect);
  Object.assign(Element.prototype, { checkVisibility(this: Element) { return this.closest('[hidden]') === null; } });
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
});

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('hasFillTarget', () => {
  it('is true for a visible phone field or amount control, false for an e-mail box alone', () => {
    expect(hasFillTarget(page(`<label for="m">Mobile number</label><input id="m" type="tel">`), null)).toBe(true);
    expect(hasFillTarget(page(`<label>Top-up amount <select name="amount"><option>£10</option><option>£20</option></select></label>`), null)).toBe(true);
    expect(hasFillTarget(page(`<label for="e">Newsletter e-mail</label><input id="e" type="email"><input type="search" name="q">`), GBP(10))).toBe(false);
  });

  it('is false while the form is hidden, true once it shows', () => {
    const doc = page(`<section hidden><label for="m">Mobile number</label><input id="m" type="tel"></section>`);
    expect(hasFillTarget(doc, GBP(10))).toBe(false);
    doc.querySelector('section')!.removeAttribute('hidden');
    expect(hasFillTarget(doc, GBP(10))).toBe(true);
  });

  it('counts amount tiles only when one states the amount asked for', () => {
    const tiles = `<p>Choose your credit</p><button type="button">£10</button><button type="button">£20</button>`;
    expect(hasFillTarget(page(tiles), GBP(10))).toBe(true);
    expect(hasFillTarget(page(tiles), GBP(15))).toBe(false);
    expect(hasFillTarget(page(tiles), null)).toBe(false);
  });

  it('with ANY_AMOUNT (the offer\'s probe), counts a tile of money in the currency, whatever its amount', () => {
    const any = { minor: ANY_AMOUNT, digits: 2, marks: ['£', 'gbp'] };
    expect(hasFillTarget(page(`<p>Choose your credit</p><button type="button">£25</button>`), any)).toBe(true);
    // Not another currency's money, and not a bare number (a wordless data-value tile, a month list).
    expect(hasFillTarget(page(`<button type="button">€10</button><button type="button">€20</button>`), any)).toBe(false);
    expect(hasFillTarget(page(`<ul><li data-value="10"></li><li data-value="11"></li></ul><button type="button">10</button>`), any)).toBe(false);
    // Voucher tiles known by their data-amount alone (a picture, words) are tiles the fill clicks.
    expect(hasFillTarget(page(`<button type="button" data-amount="10"><img alt="Ten pounds"></button><button type="button" data-amount="20"><img alt="Twenty pounds"></button>`), any)).toBe(true);
  });

  it('never counts card or password fields', () => {
    expect(hasFillTarget(page(`<label>Card number <input autocomplete="cc-number"></label><input type="password">`), GBP(10))).toBe(false);
  });
});

describe('fillPage and the receipt e-mail', () => {
  const payload: FillPayload = { phone: phoneFormats('+447700900123'), preferNational: true, amountMinor: 1000, currency: 'GBP', currencyDigits: 2, currencyMarks: ['£', 'gbp'], email: 'me@example.com' };
  const newsletter = `<label for="e">Newsletter e-mail</label><input id="e" type="email">`;

  it('writes no e-mail on a page without a top-up form (a newsletter box is not a receipt field)', () => {
    const report = fillPage(page(newsletter), payload);
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('');
    expect(report.filled).toEqual([]);
    expect(report.notFound).toEqual(['phone', 'amount', 'email']);
  });

  it('writes it beside a phone field, or beside a tile of the line\'s amount', () => {
    fillPage(page(`<label for="m">Mobile number</label><input id="m" type="tel">${newsletter}`), payload);
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('me@example.com');
    fillPage(page(`<p>Choose your credit</p><button type="button">£10</button>${newsletter}`), payload);
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('me@example.com');
  });
});

describe('fillPage and a national-number box', () => {
  const payload: FillPayload = { phone: phoneFormats('+447700900123'), preferNational: false, amountMinor: null, currency: 'GBP', currencyDigits: 2, currencyMarks: ['£', 'gbp'], email: null };

  it('writes the number as dialled at home when the page has no country-code control', () => {
    fillPage(page(`<label for="m">Mobile number</label><input id="m" autocomplete="tel-national">`), payload);
    expect(document.querySelector<HTMLInputElement>('#m')!.value).toBe('07700900123');
  });

  it('writes it without the trunk prefix beside a country-code control', () => {
    fillPage(page(`<label for="c">Country code</label><input id="c" autocomplete="tel-country-code"><label for="m">Mobile number</label><input id="m" autocomplete="tel-national">`), payload);
    expect(document.querySelector<HTMLInputElement>('#c')!.value).toBe('+44');
    expect(document.querySelector<HTMLInputElement>('#m')!.value).toBe('7700900123');
  });
});
