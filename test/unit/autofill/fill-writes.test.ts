import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillPage, hasFillTarget } from '../../../utils/autofill/fill-page';
import { countryCodeOptionIndex, splitPhoneValues } from '../../../utils/autofill/phone-value';
import { reportLines } from '../../../utils/autofill/report-text';
import { phoneFormats } from '../../../utils/domain/phone';

import { currencyMarks } from '../../../utils/autofill/currency-marks';
import type { FillPayload } from '../../../utils/autofill/payload';

/**
 * What a fill writes, case by case: amounts in the line's currency only and as the page states
 * them, the innermost tile, split and country-coded numbers, number inputs, the user's own typing.
 */

/** Same layout stubs as test/unit/autofill/fill-target.test.ts: every element has a box in view; [hidden] hides. */
function stubLayout(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 10, right: 110, bottom: 40, width: 100, height: 30, x: 10, y: 10, toJSON: () => ({}) } as DOMRect);
  Object.assign(Element.prototype, { checkVisibility(this: Element) { return this.closest('[hidden]') === null; } });
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(null);
}
function unstubLayout(): void {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
}
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const payload = (over: Partial<FillPayload> = {}): FillPayload => ({
  phone: phoneFormats('+447700900123'),
  preferNational: true,
  amountMinor: 1000,
  currency: 'GBP',
  currencyDigits: 2,
  currencyMarks: currencyMarks('GBP'),
  email: null,
  ...over,
});
const shape = (maxLength: number | null = null, placeholder = '', pattern = '') => ({ maxLength, pattern, placeholder });

beforeEach(stubLayout);
afterEach(unstubLayout);

describe('amounts in another currency are never chosen', () => {
  it('does not click a €10 tile for a £10 top-up', () => {
    const clicks: string[] = [];
    page(`<p>Choose your credit</p><button type="button" id="eur">€10</button><button type="button">€20</button>`);
    document.getElementById('eur')!.addEventListener('click', () => clicks.push('€10'));
    const report = fillPage(document, payload({ currency: 'GBP', amountMinor: 1000 }));
    expect(clicks).toEqual([]);
    expect(report.filled).toEqual([]);
    expect(report.notFound).toContain('amount');
  });

  it('does not choose a "€10" option for a £10 top-up', () => {
    page(`<label>Top-up amount <select name="amount"><option value="">Choose</option><option value="e10">€10</option><option value="e20">€20</option></select></label>`);
    fillPage(document, payload({ currency: 'GBP', amountMinor: 1000 }));
    expect(document.querySelector('select')!.value).toBe('');
  });

  it('does not offer a fill on a page whose only tiles are in another currency', () => {
    const doc = page(`<p>Choose your credit</p><button type="button">€10</button><button type="button">€20</button>`);
    // The GBP line's amount is £10; nothing on this page states it.
    expect(hasFillTarget(doc, { minor: 1000, digits: 2, marks: currencyMarks('GBP') })).toBe(false);
  });
});

describe('of nested tiles, the innermost is clicked', () => {
  it('clicks the £10 button, not the <li> around it', () => {
    const clicks: string[] = [];
    page(`<p>Choose your credit</p><ul><li><button type="button" id="b10">£10</button></li><li><button type="button" id="b20">£20</button></li></ul>`);
    document.getElementById('b10')!.addEventListener('click', () => clicks.push('£10'));
    const report = fillPage(document, payload());
    expect(report.filled.map((f) => f.field)).toContain('amount-tile');
    expect(clicks).toEqual(['£10']);
  });
});

describe('split boxes sized for the number as dialled at home get its trunk prefix', () => {
  it('Philippines 0917-123-4567 in boxes of 4, 3 and 4', () => {
    const ph = phoneFormats('+639171234567');
    expect(splitPhoneValues(['tel-area-code', 'tel-local-prefix', 'tel-local-suffix'], [shape(4), shape(3), shape(4)], ph)).toEqual(['0917', '123', '4567']);
  });
  it('UK 07700 900 123 in boxes of 5, 3 and 3', () => {
    const uk = phoneFormats('+447700900123');
    expect(splitPhoneValues(['tel-area-code', 'tel-local-prefix', 'tel-local-suffix'], [shape(5), shape(3), shape(3)], uk)).toEqual(['07700', '900', '123']);
  });
  it('through fillPage: a PH page with a 4-3-4 split never writes 9171 / 234 / 567', () => {
    page(`<label>Mobile number</label> <input name="m1" type="tel" maxlength="4"> - <input name="m2" type="tel" maxlength="3"> - <input name="m3" type="tel" maxlength="4">`);
    fillPage(document, payload({ phone: phoneFormats('+639171234567') }));
    const joined = ['m1', 'm2', 'm3'].map((name) => document.querySelector<HTMLInputElement>(`[name=${name}]`)!.value).join('');
    expect(['09171234567', '']).toContain(joined);
  });
});

describe('a dial-code list: +1 is not +1-684', () => {
  it('chooses "United States (+1)", not "American Samoa (+1-684)"', () => {
    const options = [
      { value: '1684', text: 'American Samoa (+1-684)' },
      { value: '1264', text: 'Anguilla (+1-264)' },
      { value: '1', text: 'United States (+1)' },
    ];
    expect(options[countryCodeOptionIndex(options, phoneFormats('+12025550123'))]!.value).toBe('1');
  });
  it('also with the common "+1 684" spelling', () => {
    const options = [
      { value: '1684', text: 'American Samoa +1 684' },
      { value: '1', text: 'United States +1' },
    ];
    expect(options[countryCodeOptionIndex(options, phoneFormats('+12025550123'))]!.value).toBe('1');
  });
});

describe('an option\'s or radio\'s words outrank its value', () => {
  it('never chooses the option reading "£5" for a £10 top-up', () => {
    page(`<label>Top-up amount <select name="amount"><option value="">Choose</option><option value="10">£5</option><option value="20">£10</option></select></label>`);
    fillPage(document, payload({ amountMinor: 1000 }));
    const select = document.querySelector('select')!;
    expect(select.options[select.selectedIndex]!.text).toBe('£10');
  });
  it('never checks the radio labelled "£15" for a £10 top-up', () => {
    page(`<fieldset><legend>Top-up amount</legend>
      <label for="r1">10 GB – £15</label><input type="radio" name="amount" id="r1" value="10gb">
      <label for="r2">30 GB – £10</label><input type="radio" name="amount" id="r2" value="30gb"></fieldset>`);
    fillPage(document, payload({ amountMinor: 1000 }));
    expect(document.querySelector<HTMLInputElement>('#r1')!.checked).toBe(false);
    expect(document.querySelector<HTMLInputElement>('#r2')!.checked).toBe(true);
  });
});

describe('a disabled option is never chosen', () => {
  it('leaves a select alone when the only option of the amount is disabled (sold out)', () => {
    page(`<label>Top-up amount <select name="amount"><option value="">Choose</option><option value="5">£5</option><option value="10" disabled>£10 (sold out)</option><option value="20">£20</option></select></label>`);
    const report = fillPage(document, payload({ amountMinor: 1000 }));
    expect(document.querySelector('select')!.value).toBe('');
    expect(report.notFound).toContain('amount');
  });
});

describe('a number input gets only what it can hold', () => {
  // HTML: an <input type=number>'s value is sanitized to "" unless it is a valid floating-point number.
  const VALID_FLOAT = /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;
  it('writes a phone number into type=number as digits only', () => {
    page(`<label for="m">Mobile number</label><input id="m" type="number">`);
    const report = fillPage(document, payload({ preferNational: false }));
    const written = report.filled.find((f) => f.field === 'tel');
    expect(written?.value).toMatch(VALID_FLOAT);
  });
  it('writes an amount into type=number with a dot, whatever the placeholder shows', () => {
    page(`<label for="a">Top-up amount</label><input id="a" type="number" placeholder="0,00">`);
    const report = fillPage(document, payload({ amountMinor: 1050 }));
    const written = report.filled.find((f) => f.field === 'amount');
    expect(written?.value).toMatch(VALID_FLOAT);
  });
});

describe('a whole-number box beside a dial-code select gets the national part', () => {
  it('writes the national part, not "+44…", beside a select showing +44', () => {
    page(`<label for="c">Country code</label><select id="c" name="cc"><option value="44">United Kingdom (+44)</option><option value="852">Hong Kong (+852)</option></select>
      <label for="m">Mobile number</label><input id="m" type="tel" autocomplete="tel">`);
    fillPage(document, payload({ preferNational: false }));
    expect(document.querySelector('select')!.value).toBe('44');
    expect(document.querySelector<HTMLInputElement>('#m')!.value).toBe('7700900123');
  });
});

describe('the report claims the number only when a number part was written', () => {
  const translate = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`);
  it('does not claim the phone beside "not found: phone"', () => {
    // The national box holds 8 characters: no form of the UK number fits, so it is refused.
    page(`<label for="c">Country code</label><select id="c" name="cc"><option value="852">Hong Kong (+852)</option><option value="44">United Kingdom (+44)</option></select>
      <label for="m">Mobile number</label><input id="m" type="tel" maxlength="8">`);
    const report = fillPage(document, payload({ amountMinor: null }));
    expect(document.querySelector<HTMLInputElement>('#m')!.value).toBe('');
    const lines = reportLines(report, translate as never);
    expect(lines).not.toContain('fill_report_filled(fill_field_phone)');
  });
});

describe('what the user typed into a React-style input is kept', () => {
  it('keeps a number the user typed when the page mirrors value into the value attribute', () => {
    page(`<label for="m">Mobile number</label><input id="m" type="tel">`);
    const box = document.querySelector<HTMLInputElement>('#m')!;
    // React DOM (disableInputAttributeSyncing = false, the default) copies a controlled input's value to defaultValue.
    box.addEventListener('input', () => { box.defaultValue = box.value; });
    box.value = '07911 123456'; // the user types another line's number
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const report = fillPage(document, payload()); // "Fill this page": no touched-set in this world
    expect(box.value).toBe('07911 123456');
    expect(report.refused.map((r) => r.reason)).toContain('user-value');
  });
});

describe('an amount box\'s pattern decides the form', () => {
  it('writes "10.00" into a box whose pattern requires two decimals', () => {
    page(`<label for="a">Top-up amount</label><input id="a" name="amount" pattern="[0-9]+\\.[0-9]{2}">`);
    fillPage(document, payload({ amountMinor: 1000 }));
    expect(document.querySelector<HTMLInputElement>('#a')!.value).toBe('10.00');
  });
});

describe('a bare data-value on a worded item is not an amount', () => {
  it('does not click "October" (data-value="10") in a month list for a £10 top-up', () => {
    const clicks: string[] = [];
    page(`<p>Expiry month</p><ul role="listbox"><li data-value="09">September</li><li data-value="10" id="oct">October</li></ul><label for="m">Mobile number</label><input id="m" type="tel">`);
    document.getElementById('oct')!.addEventListener('click', () => clicks.push('October'));
    const report = fillPage(document, payload({ amountMinor: 1000 }));
    expect(clicks).toEqual([]);
    expect(report.filled.map((f) => f.field)).not.toContain('amount-tile');
  });
});

describe('a currency named in Chinese (欧元, 日元, 新币) is the line\'s own', () => {
  // lexicon.ts CURRENCY_MARK: "元 covers 欧元"; 日元, 澳元, 加元, 韩元 are the standard Chinese names, 新币 the usual one for SGD.
  it('clicks the "10欧元" tile for a €10 top-up', () => {
    const clicks: string[] = [];
    page(`<p>选择充值金额</p><button type="button" id="e10">10欧元</button><button type="button">20欧元</button>`);
    document.getElementById('e10')!.addEventListener('click', () => clicks.push('10欧元'));
    fillPage(document, payload({ preferNational: false, currency: 'EUR', currencyMarks: currencyMarks('EUR') }));
    expect(clicks).toEqual(['10欧元']);
  });
  it('offers the fill on that page (probe)', () => {
    const doc = page(`<p>选择充值金额</p><button type="button">10欧元</button><button type="button">20欧元</button>`);
    expect(hasFillTarget(doc, { minor: 1000, digits: 2, marks: currencyMarks('EUR') })).toBe(true);
  });
  it('chooses the "1000日元" option for a ¥1000 top-up', () => {
    page(`<label>充值金额 <select name="amount"><option value="">请选择</option><option value="1000">1000日元</option><option value="3000">3000日元</option></select></label>`);
    fillPage(document, payload({ preferNational: false, amountMinor: 1000, currency: 'JPY', currencyDigits: 0, currencyMarks: currencyMarks('JPY') }));
    expect(document.querySelector('select')!.value).toBe('1000');
  });
  it('clicks the tile "10新币" for an S$10 top-up', () => {
    const clicks: string[] = [];
    page(`<p>选择充值金额</p><button type="button" id="s10">10新币</button><button type="button">20新币</button>`);
    document.getElementById('s10')!.addEventListener('click', () => clicks.push('10新币'));
    fillPage(document, payload({ preferNational: false, currency: 'SGD', currencyMarks: currencyMarks('SGD') }));
    expect(clicks).toEqual(['10新币']);
  });
});

describe('beside a dial-code list without the number\'s code, the box gets the whole number', () => {
  // An HK reseller offers +852 and +86 only; the UK line's code is not among them. The select stays
  // on +852, and the box now gets the bare 7700900123: the page reads +852 7700900123.
  it('does not write the bare national number when the country code was not chosen', () => {
    page(`<label for="c">Country code</label><select id="c" name="cc"><option value="852">Hong Kong (+852)</option><option value="86">China (+86)</option></select>
      <label for="m">Mobile number</label><input id="m" type="tel" autocomplete="tel">`);
    const report = fillPage(document, payload({ preferNational: false, amountMinor: null }));
    expect(document.querySelector('select')!.value).toBe('852'); // untouched: no +44 option
    expect(report.refused.map((r) => r.reason)).toContain('no-matching-option');
    const box = document.querySelector<HTMLInputElement>('#m')!;
    expect(box.value).not.toBe('7700900123');
  });
  it('does not report the phone as filled then', () => {
    page(`<label for="c">Country code</label><select id="c" name="cc"><option value="852">Hong Kong (+852)</option><option value="86">China (+86)</option></select>
      <label for="m">Mobile number</label><input id="m" type="tel" autocomplete="tel">`);
    const report = fillPage(document, payload({ preferNational: false, amountMinor: null }));
    const translate = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`);
    const box = document.querySelector<HTMLInputElement>('#m')!;
    // Either the box holds the whole number (as before today's change) or the phone is not claimed.
    expect(box.value === '+447700900123' || !reportLines(report, translate as never).includes('fill_report_filled(fill_field_phone)')).toBe(true);
  });
});

describe('the receipt e-mail goes into the top-up\'s own form only', () => {
  beforeEach(stubLayout);
  afterEach(unstubLayout);
  const topUpForm = `<form id="topup"><label for="m">Mobile number</label><input id="m" type="tel">
    <label for="a">Top-up amount</label><select id="a" name="amount"><option value="10">£10</option><option value="20">£20</option></select>
    <label for="r">E-mail for your receipt</label><input id="r" type="email"></form>`;
  const footerSignUp = `<footer><form id="signup"><h3>Get our best deals first</h3><label for="e">Your email</label><input id="e" type="email" name="email"><button>Sign up</button></form></footer>`;

  it('writes the receipt box beside the number, and leaves a sign-up form in the footer alone', () => {
    const report = fillPage(page(`<main>${topUpForm}</main>${footerSignUp}`), payload({ email: 'me@example.com' }));
    expect(document.querySelector<HTMLInputElement>('#m')!.value).toBe('07700900123');
    expect(document.querySelector<HTMLInputElement>('#r')!.value).toBe('me@example.com');
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('');
    expect(report.filled.filter((field) => field.field === 'email').map((field) => field.selector)).toEqual(['input#r']);
  });

  it('follows web components to their form: a receipt box or a phone box in a shadow root inside the top-up form', () => {
    const attach = (host: Element, inner: string) => {
      host.attachShadow({ mode: 'open' }).innerHTML = inner;
      return host.shadowRoot!.querySelector('input')!;
    };
    page(`<form><label for="m">Mobile number</label><input id="m" type="tel"><receipt-email></receipt-email></form>${footerSignUp}`);
    const receipt = attach(document.querySelector('receipt-email')!, '<label for="r">E-mail for your receipt</label><input id="r" type="email">');
    fillPage(document, payload({ email: 'me@example.com' }));
    expect(receipt.value).toBe('me@example.com');
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('');

    page(`<form><phone-input></phone-input><label for="r">E-mail for your receipt</label><input id="r" type="email"></form>${footerSignUp}`);
    const phone = attach(document.querySelector('phone-input')!, '<label for="m">Mobile number</label><input id="m" type="tel">');
    fillPage(document, payload({ email: 'me@example.com' }));
    expect(phone.value).toBe('07700900123');
    expect(document.querySelector<HTMLInputElement>('#r')!.value).toBe('me@example.com');
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('');
  });

  it('on a page whose amount is a tile, writes the tile\'s form\'s receipt box only', () => {
    const clicks: string[] = [];
    page(`<main><form><h2>Top up 07700 900123</h2><p>Choose your credit</p><button type="button" id="t10">£10</button><button type="button">£20</button>
      <label for="r">E-mail for your receipt</label><input id="r" type="email"><button>Pay</button></form></main>${footerSignUp}`);
    document.getElementById('t10')!.addEventListener('click', () => clicks.push('£10'));
    fillPage(document, payload({ email: 'me@example.com' }));
    expect(clicks).toEqual(['£10']);
    expect(document.querySelector<HTMLInputElement>('#r')!.value).toBe('me@example.com');
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('');
  });

  it('writes an e-mail box on a page without forms, beside the number', () => {
    page(`<div><label for="m">Mobile number</label><input id="m" type="tel"><label for="r">Email</label><input id="r" type="email"></div>`);
    fillPage(document, payload({ email: 'me@example.com' }));
    expect(document.querySelector<HTMLInputElement>('#r')!.value).toBe('me@example.com');
  });
});

describe('the fill never submits a form', () => {
  beforeEach(stubLayout);
  afterEach(unstubLayout);
  it('cancels the submit of a tile that is a submit button, in the page and in a web component\'s shadow root', () => {
    const markup = `<form action="/pay"><label for="m">Mobile number</label><input id="m" type="tel">
      <p>Choose your credit</p><button id="t10">£10</button><button>£20</button></form>`;
    for (const inShadow of [false, true]) {
      page(inShadow ? '<topup-form></topup-form>' : markup);
      const root = inShadow ? document.querySelector('topup-form')!.attachShadow({ mode: 'open' }) : document;
      if (inShadow) (root as ShadowRoot).innerHTML = markup;
      const submitted: boolean[] = [];
      // The page's own listener would see a submission that went ahead (and cancels it here, so the test does not navigate).
      root.querySelector('form')!.addEventListener('submit', (event) => {
        submitted.push(true);
        event.preventDefault();
      });
      const report = fillPage(document, payload());
      expect(report.filled.map((field) => field.field), String(inShadow)).toEqual(['tel', 'amount-tile']);
      expect(submitted, `in a shadow root: ${inShadow}`).toEqual([]);
    }
  });
});
