import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountOffer, type OfferUi } from '../../../utils/autofill/offer-ui';

/**
 * The in-page offer's own behaviour. Its shadow root is closed, so the test keeps the root that
 * attachShadow hands to mountOffer (the page never gets it); a trusted click is simulated by
 * calling the listener with an event whose isTrusted is true.
 */
let ui: OfferUi | null = null;
afterEach(() => {
  ui?.remove();
  ui = null;
  vi.restoreAllMocks();
});

function mount(onFill = vi.fn()) {
  let root: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  });
  ui = mountOffer({ button: 'Fill HK CMHK · HK$50.00', dismiss: 'Hide' }, onFill, vi.fn());
  const buttons = () => [...root!.querySelectorAll('button')].filter((button) => button.className === 'fill');
  const reports = () => [...root!.querySelectorAll('.report')].map((report) => report.textContent);
  return { ui, root: root!, buttons, reports, onFill };
}

const trustedClick = (button: HTMLButtonElement) => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true }), 'isTrusted', { value: true }));

describe('mountOffer', () => {
  it('mounts a closed shadow root: the page sees the host, not the button', () => {
    const { buttons } = mount();
    expect(ui!.host.shadowRoot).toBeNull();
    expect(buttons()[0]!.textContent).toBe('Fill HK CMHK · HK$50.00');
  });

  it('fills only on a trusted click, and disables the button while filling', () => {
    const { buttons, onFill } = mount();
    buttons()[0]!.click(); // a script's click: isTrusted is false
    expect(onFill).not.toHaveBeenCalled();
    trustedClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
    expect(buttons()[0]!.disabled).toBe(true);
  });

  it('with "again", keeps the button under the report, enabled, and replaces the report on the next click', () => {
    const { buttons, reports, onFill } = mount();
    trustedClick(buttons()[0]!);
    ui!.showReport(['Filled: phone number', 'Not found: amount'], 'Fill again');
    expect(reports()).toEqual(['Filled: phone numberNot found: amount']);
    expect(buttons()).toHaveLength(1);
    expect(buttons()[0]!.textContent).toBe('Fill again');
    expect(buttons()[0]!.disabled).toBe(false);
    trustedClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledTimes(2);
    ui!.showReport(['Filled: amount']);
    expect(reports()).toEqual(['Filled: amount']);
    expect(buttons()).toHaveLength(0);
  });

  it('reads the report out from one status region that is there from the start', async () => {
    const { root } = mount();
    const live = root.querySelector('[role=status]')!;
    expect(live.textContent).toBe('');
    ui!.showReport(['Filled: phone number', 'Not found: amount'], 'Fill again');
    await vi.waitFor(() => expect(live.textContent).toBe('Filled: phone number Not found: amount'));
    expect(root.querySelectorAll('[role=status]')).toHaveLength(1);
  });

  it('renders report text as text, never as markup', () => {
    const { root } = mount();
    ui!.showReport(['<img src=x onerror=alert(1)>']);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.report')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
