import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOffer, offerLabel, REPORT_SHOWN_MS, SEEN_FOR_MS, type OfferUi } from '../../../utils/autofill/offer-ui';

/**
 * The in-page offer's own behaviour. Its shadow root is closed, so the test keeps the root that
 * attachShadow hands to mountOffer (the page never gets it); a trusted click is simulated by
 * calling the listener with an event whose isTrusted is true.
 */
let ui: OfferUi | null = null;
/** What IntersectionObserver v2 says of the button: visible (or not) since `msAgo`. */
let observe: (visible: boolean, msAgo?: number) => void = () => undefined;
/** How many of the offers' observers were disconnected. */
let disconnected = 0;
class FakeIntersectionObserver {
  constructor(private readonly callback: (entries: unknown[]) => void) {
    observe = (visible, msAgo = 1000) => this.callback([{ intersectionRatio: visible ? 1 : 0, isVisible: visible, time: performance.now() - msAgo }]);
  }
  observe(): void {
    observe(true);
  }
  disconnect(): void {
    disconnected += 1;
  }
}
beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver));
afterEach(() => {
  ui?.remove();
  ui = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function mount(onFill = vi.fn(), refused?: string) {
  let root: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  });
  ui = mountOffer({ button: 'Fill HK CMHK · HK$50.00', dismiss: 'Hide', region: 'LineKeeper', refused }, onFill, vi.fn());
  const buttons = () => [...root!.querySelectorAll('button')].filter((button) => button.className === 'fill');
  const reports = () => [...root!.querySelectorAll('.report')].map((report) => report.textContent);
  return { ui, root: root!, buttons, reports, onFill };
}

/** Runs the clock to just past REPORT_SHOWN_MS, checking that the offer is still up (the report read) just before. */
function runOutReportShown(): void {
  vi.advanceTimersByTime(REPORT_SHOWN_MS - 100);
  expect(ui!.host.isConnected).toBe(true);
  vi.advanceTimersByTime(200);
}

const trustedClick = (button: HTMLButtonElement) => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true }), 'isTrusted', { value: true }));
/** Enter or Space on a focused button: a trusted click with detail 0. */
const keyPress = (button: HTMLButtonElement) => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true, detail: 0 }), 'isTrusted', { value: true }));

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

  it('ignores a real click on an offer the page has hidden, covered or just moved (clickjacking)', () => {
    const { buttons, onFill } = mount();
    observe(false); // covered, transparent or off screen, as IntersectionObserver v2 sees it
    trustedClick(buttons()[0]!);
    observe(true, 100); // visible again, but only just
    trustedClick(buttons()[0]!);
    observe(true, 1000);
    ui!.host.style.setProperty('opacity', '0', 'important'); // a page script restyles it
    trustedClick(buttons()[0]!);
    ui!.host.style.setProperty('opacity', '1', 'important');
    vi.spyOn(ui!.host, 'getBoundingClientRect').mockReturnValue({ left: 40, top: 300, right: 340, bottom: 350, width: 300, height: 50, x: 40, y: 300, toJSON: () => ({}) } as DOMRect);
    trustedClick(buttons()[0]!); // moved under the cursor: has to stay put first
    expect(onFill).not.toHaveBeenCalled();
    // Left in its new place for a while, it counts.
    const later = performance.now() + SEEN_FOR_MS + 1;
    vi.spyOn(performance, 'now').mockReturnValue(later);
    trustedClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
  });

  it('with "again", keeps the button under the report, enabled, and replaces the report on the next click', () => {
    const { buttons, reports, onFill } = mount();
    trustedClick(buttons()[0]!);
    ui!.showReport(['Filled: phone number', 'Not found: amount'], 'Fill again');
    expect(reports()).toEqual(['Filled: phone numberNot found: amount']);
    expect(buttons()).toHaveLength(1);
    expect(buttons()[0]!.textContent).toBe('Fill again');
    expect(buttons()[0]!.disabled).toBe(false);
    // The button moved down under the report: it counts once it has been there a moment.
    trustedClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledTimes(1);
    vi.spyOn(performance, 'now').mockReturnValue(performance.now() + SEEN_FOR_MS + 1);
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

/** Where the host sits in a viewport of `width` x `height` (right: 16px, bottom: 16px, 300 x 50). */
function rectIn(width: number, height: number): DOMRect {
  const rect = { left: width - 316, top: height - 66, right: width - 16, bottom: height - 16, width: 300, height: 50, x: width - 316, y: height - 66 };
  return { ...rect, toJSON: () => rect } as DOMRect; // as a real DOMRect serialises
}

describe('the offer, used with the keyboard', () => {
  it('keeps focus inside the offer after Enter on "Fill" when the button goes away', () => {
    const { root, buttons, onFill } = mount();
    buttons()[0]!.focus();
    expect(root.activeElement).toBe(buttons()[0]);
    keyPress(buttons()[0]!); // Enter
    expect(onFill).toHaveBeenCalledOnce();
    ui!.showReport(['Filled: phone number, amount']); // the form is complete: no "Fill again"
    // Not thrown out to <body>: focus goes to the offer's other control, the ×.
    expect(root.activeElement?.className).toBe('close');
  });
});

describe('the offer, for a screen reader', () => {
  it('names its region, so that it is announced and listed among the landmarks', () => {
    const { root } = mount();
    const region = root.querySelector('[role=region]')!;
    // WAI-ARIA 1.2, region: "Authors MUST give each element with role region a brief label";
    // an unnamed region is not exposed as a landmark, so nothing says the box is LineKeeper's.
    expect(region.getAttribute('aria-label') ?? region.getAttribute('aria-labelledby') ?? '').not.toBe('');
  });
});

describe('the offer after the user zooms the page or resizes the window', () => {
  /** The viewport in CSS pixels; the host's rect follows it (fixed, right: 16px, bottom: 16px). */
  const size = { width: 1280, height: 800 };
  beforeEach(() => {
    size.width = 1280;
    size.height = 800;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => rectIn(size.width, size.height));
  });

  it('fills on Enter two seconds after it appeared', () => {
    const { buttons, onFill } = mount();
    vi.spyOn(performance, 'now').mockReturnValue(performance.now() + 2000);
    keyPress(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
  });

  it('fills on Enter two seconds after the user zoomed to 125 % (the page did not move it)', () => {
    const { buttons, onFill } = mount();
    const start = performance.now();
    // Ctrl + "+": the viewport in CSS pixels shrinks, so the fixed box's rect changes, while
    // IntersectionObserver reports nothing (the button stays fully visible).
    size.width = 1024;
    size.height = 640;
    (window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }).happyDOM.setViewport({ width: 1024, height: 640 });
    window.dispatchEvent(new Event('resize'));
    vi.spyOn(performance, 'now').mockReturnValue(start + 2000);
    keyPress(buttons()[0]!);
    // The resize restarted the wait, which has long passed: the press counts.
    expect(onFill).toHaveBeenCalledOnce();
    expect(SEEN_FOR_MS).toBe(500);
  });
});

describe('the guard without IntersectionObserver v2 (Firefox: geometry only, and a hit test that skips pointer-events: none)', () => {
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    // IntersectionObserver v1: a ratio and a time, no isVisible.
    vi.stubGlobal('IntersectionObserver', class {
      constructor(private readonly callback: (entries: unknown[]) => void) {}
      observe(): void {
        this.callback([{ intersectionRatio: 1, time: performance.now() }]);
      }
      disconnect(): void {}
    });
    // What the hit test returns: the offer, first (a pointer-events: none cover is never listed).
    Object.defineProperty(document, 'elementsFromPoint', { value: () => [ui!.host], configurable: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    document.head.innerHTML = '';
    for (const extra of [...document.documentElement.children].filter((child) => child.id === 'bait')) extra.remove();
  });
  const mouseClick = (button: HTMLButtonElement) => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true, detail: 1, clientX: 1100, clientY: 760 }), 'isTrusted', { value: true }));

  it('control: an offer in plain view for half a second fills', () => {
    const { buttons, onFill } = mount();
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
  });

  it('pins, and checks, every property that hides or moves the box without changing its hit test', () => {
    const changes: [string, string][] = [['mask-image', 'linear-gradient(transparent, transparent)'], ['translate', '-500px -300px'], ['scale', '0.01'], ['rotate', '180deg'], ['clip-path', 'inset(50%)'], ['mix-blend-mode', 'multiply'], ['opacity', '0.01'], ['zoom', '0.1']];
    const { buttons, onFill } = mount();
    // Pinned inline and !important: no style sheet of the page overrides them.
    for (const [name] of changes) expect(ui!.host.style.getPropertyPriority(name === 'mask-image' ? 'mask-image' : name), name).toBe('important');
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    // A page script can still rewrite the style attribute: the check refuses the click then.
    for (const [name, value] of changes) {
      ui!.host.style.setProperty(name, value, 'important');
      mouseClick(buttons()[0]!);
      expect(onFill, name).not.toHaveBeenCalled();
      ui!.host.style.removeProperty(name);
    }
  });

  it('ignores a click, or Enter, on an offer covered by what follows it in <html>, and counts half a second after the cover goes', () => {
    const { buttons, onFill } = mount();
    vi.spyOn(ui!.host, 'getBoundingClientRect').mockReturnValue(rect(900, 700, 300, 60));
    // The page lays an opaque bait over the offer where nothing can be stacked above it but what comes after it.
    const bait = document.createElement('div');
    bait.id = 'bait';
    vi.spyOn(bait, 'getBoundingClientRect').mockReturnValue(rect(800, 650, 480, 200));
    document.documentElement.append(bait);
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    // The check put the offer back on top, and the cover counts: a click now is refused ("double-click to play").
    expect(document.documentElement.lastElementChild).toBe(ui!.host);
    mouseClick(buttons()[0]!);
    keyPress(buttons()[0]!);
    expect(onFill).not.toHaveBeenCalled();
    bait.remove();
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
  });
});

/** Fake interval timers and performance clock, and a hit test that finds the offer first, around each test. */
function withFakeClockAndHitTest(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    Object.defineProperty(document, 'elementsFromPoint', { value: () => [ui!.host], configurable: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
  });
}

describe('the guard\'s checks for what can be drawn over the offer', () => {
  withFakeClockAndHitTest();
  const mouseClick = (button: HTMLButtonElement) => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true, detail: 1 }), 'isTrusted', { value: true }));

  it('refuses a click while the host is not <html>\'s last child (moved into the page, or anything after it), and puts it back', () => {
    const { buttons, onFill } = mount();
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    const trap = document.createElement('div');
    document.body.append(trap);
    trap.append(ui!.host);
    mouseClick(buttons()[0]!);
    expect(onFill).not.toHaveBeenCalled();
    expect(document.documentElement.lastChild).toBe(ui!.host);
    // Anything after it, even without a box of its own (display: contents around a cover).
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    const wrapper = document.createElement('div');
    document.documentElement.append(wrapper);
    mouseClick(buttons()[0]!);
    expect(onFill).not.toHaveBeenCalled();
    expect(document.documentElement.lastChild).toBe(ui!.host);
    wrapper.remove();
    // Back on top and in plain view for half a second: it counts.
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
  });

  it('refuses a click while any popover or modal is open (Firefox cannot see where it paints), and still fills where the selector is unknown', () => {
    const { buttons, onFill } = mount();
    const query = vi.spyOn(document, 'querySelector').mockImplementation(((selector: string) => (selector === ':modal, :popover-open' ? document.body : null)) as never);
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(buttons()[0]!);
    expect(onFill).not.toHaveBeenCalled();
    // An engine without popovers (Chrome before 114) throws on the selector: it has no top layer to check.
    query.mockImplementation(() => {
      throw new SyntaxError("':popover-open' is not a valid selector");
    });
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
  });
});

describe('the guard and an open popover, and a refused click', () => {
  withFakeClockAndHitTest();
  const mouseClick = (button: HTMLButtonElement) => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true, detail: 1 }), 'isTrusted', { value: true }));

  it('refuses while a popover is open, says why once (not restarting the wait), and fills half a second after it closes', () => {
    const { root, buttons, onFill } = mount(vi.fn(), 'Nothing filled: something was over this box.');
    const button = buttons()[0]!;
    let open = true;
    vi.spyOn(document, 'querySelector').mockImplementation(((selector: string) => (selector === ':modal, :popover-open' && open ? document.body : null)) as never);
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(button);
    mouseClick(button);
    expect(onFill).not.toHaveBeenCalled();
    expect(root.querySelectorAll('.report')).toHaveLength(1);
    expect(root.querySelector('.report')!.textContent).toBe('Nothing filled: something was over this box.');
    open = false;
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    mouseClick(button);
    expect(onFill).toHaveBeenCalledOnce();
  });
});

describe('the offer after its last report', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'requestAnimationFrame'] });
    disconnected = 0;
  });
  afterEach(() => vi.useRealTimers());

  /** The offer's own timers, listeners and observer, all gone: what the × leaves too. */
  function expectTornDown(resize: { mock: { calls: unknown[][] } }, unresize: ReturnType<typeof vi.fn>) {
    expect(ui!.host.isConnected).toBe(false);
    expect(disconnected).toBe(1);
    const listener = resize.mock.calls.find(([type]) => type === 'resize')![1];
    expect(unresize).toHaveBeenCalledWith('resize', listener);
    expect(vi.getTimerCount()).toBe(0); // the guard's interval, and the timer that took the offer down
  }

  it('goes by itself a while after a final report, torn down as the × does it', () => {
    const resize = vi.spyOn(window, 'addEventListener');
    const unresize = vi.spyOn(window, 'removeEventListener');
    const { buttons } = mount();
    trustedClick(buttons()[0]!);
    ui!.showReport(['Filled: phone number, amount']);
    runOutReportShown();
    expectTornDown(resize, unresize);
    expect(REPORT_SHOWN_MS).toBeGreaterThanOrEqual(8000);
    expect(REPORT_SHOWN_MS).toBeLessThanOrEqual(15000);
  });

  it('the × tears it down alike', () => {
    const resize = vi.spyOn(window, 'addEventListener');
    const unresize = vi.spyOn(window, 'removeEventListener');
    const onDismiss = vi.fn();
    let root: ShadowRoot | null = null;
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    ui = mountOffer({ button: 'Fill UK giffgaff', dismiss: 'Hide', region: 'LineKeeper' }, vi.fn(), onDismiss);
    trustedClick(root!.querySelector<HTMLButtonElement>('.close')!);
    expectTornDown(resize, unresize);
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('stays while a next step is left to fill (or a click was refused), and while the pointer is on it', () => {
    const { root, buttons } = mount();
    trustedClick(buttons()[0]!);
    ui!.showReport(['Filled: phone number', 'Not found: amount'], 'Fill the next step');
    vi.advanceTimersByTime(10 * REPORT_SHOWN_MS);
    expect(ui!.host.isConnected).toBe(true);
    // The next step filled: the report is final, but the user has the pointer on the box, reading it.
    const box = root.querySelector('.box')!;
    box.dispatchEvent(new PointerEvent('pointerenter'));
    ui!.showReport(['Filled: amount']);
    vi.advanceTimersByTime(3 * REPORT_SHOWN_MS);
    expect(ui!.host.isConnected).toBe(true);
    // It goes a while after the pointer leaves.
    box.dispatchEvent(new PointerEvent('pointerleave'));
    runOutReportShown();
    expect(ui!.host.isConnected).toBe(false);
  });

  it('stays while the keyboard\'s focus is in it (on the ×, after Enter on "Fill"), and goes a while after focus leaves', () => {
    const { root, buttons } = mount();
    // After a key press, the browser draws the focus ring (:focus-visible) on what has focus; happy-dom has no such rule.
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? this.getRootNode() === root && root.activeElement === this : matches.call(this, selector);
    });
    buttons()[0]!.focus();
    keyPress(buttons()[0]!);
    ui!.showReport(['Filled: phone number, amount']);
    expect(root.activeElement?.className).toBe('close');
    vi.advanceTimersByTime(3 * REPORT_SHOWN_MS);
    expect(ui!.host.isConnected).toBe(true);
    (root.activeElement as HTMLElement).blur();
    vi.advanceTimersByTime(REPORT_SHOWN_MS + 100);
    expect(ui!.host.isConnected).toBe(false);
  });
});

describe('a second click right after a "Fill the next step" report (a double-click\'s second half)', () => {
  it('is refused, and says so under what the first click filled, not instead of it', () => {
    const refused = 'Not filled yet: this box had only just appeared or moved.';
    const { buttons, reports, onFill } = mount(vi.fn(), refused);
    trustedClick(buttons()[0]!);
    ui!.showReport(['Filled: phone number', 'Not found: amount'], 'Fill the next step');
    // The button stayed under the pointer; the offer relaid itself out, so the click must wait.
    trustedClick(buttons()[0]!);
    expect(onFill).toHaveBeenCalledOnce();
    expect(reports()).toEqual([`Filled: phone numberNot found: amount${refused}`]);
  });
});

describe('the final report in a tab the user has left', () => {
  let hidden = false;
  beforeEach(() => {
    hidden = false;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'requestAnimationFrame'] });
    Object.defineProperty(document, 'hidden', { get: () => hidden, configurable: true });
  });
  afterEach(() => {
    delete (document as { hidden?: unknown }).hidden;
    vi.useRealTimers();
  });

  it('stays until the tab is back in view, then goes REPORT_SHOWN_MS later', () => {
    const { buttons } = mount();
    trustedClick(buttons()[0]!);
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    ui!.showReport(['Filled: phone number']);
    vi.advanceTimersByTime(3 * REPORT_SHOWN_MS);
    expect(ui!.host.isConnected).toBe(true);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    runOutReportShown();
    expect(ui!.host.isConnected).toBe(false);
  });
});

describe('the offer\'s look', () => {
  it('shows whose it is (the name the region is announced by), once for a screen reader', () => {
    const { root } = mount();
    const name = root.querySelector('.name')!;
    const region = root.querySelector('[role=region]')!;
    expect(name.textContent).toBe('LineKeeper');
    expect(region.getAttribute('aria-label')).toBe('LineKeeper');
    // Visible, at the top of the box, before the report and the button.
    expect(getComputedStyle(name).display).not.toBe('none');
    expect(parseFloat(getComputedStyle(name).fontSize)).toBeGreaterThanOrEqual(11);
    expect(region.querySelector('.main')!.firstElementChild).toBe(name);
    // The region's name already says it: the visible copy is not read out again.
    expect(name.getAttribute('aria-hidden')).toBe('true');
    ui!.showReport(['Nothing filled yet'], 'Fill UK giffgaff');
    expect(name.nextElementSibling!.className).toBe('report');
  });

  it('has a × at least 28 px square, with a glyph large enough to see', () => {
    const { root } = mount();
    const close = getComputedStyle(root.querySelector('.close')!);
    expect(parseFloat(close.minWidth)).toBeGreaterThanOrEqual(28);
    expect(parseFloat(close.minHeight)).toBeGreaterThanOrEqual(28);
    expect(close.fontSize).toBe('18px');
    expect(close.lineHeight).toBe('1');
  });

  it('is narrower, with a smaller button, in a small window, so as to cover less of the page', () => {
    const viewport = (window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }).happyDOM;
    viewport.setViewport({ width: 360, height: 560 });
    try {
      const { root } = mount();
      expect(getComputedStyle(root.querySelector('.box')!).maxWidth).toBe('min(320px, 280.8px)'); // 78vw
      expect(getComputedStyle(root.querySelector('.fill')!).paddingLeft).toBe('10px');
    } finally {
      viewport.setViewport({ width: 1024, height: 768 });
    }
  });

  it('is at most 320 px wide in a larger window', () => {
    const { root } = mount();
    expect(getComputedStyle(root.querySelector('.box')!).maxWidth).toBe('320px');
    expect(getComputedStyle(root.querySelector('.fill')!).paddingLeft).toBe('12px');
  });

  it('keeps the fill button at the bottom right, where it was, when a report appears above it', () => {
    const { root, buttons } = mount();
    const main = root.querySelector('.main')!;
    expect(getComputedStyle(main).alignItems).toBe('flex-end');
    ui!.showReport(['Not filled yet: this box had only just appeared'], 'Fill HK CMHK · HK$50.00');
    expect(main.lastElementChild).toBe(buttons()[0]);
    expect(getComputedStyle(root.querySelector('.report')!).alignSelf).toBe('stretch');
  });
});

describe('offerLabel', () => {
  it('keeps a short label and cuts a long one, so the amount after it stays in view', () => {
    expect(offerLabel('UK giffgaff')).toBe('UK giffgaff');
    expect(offerLabel("Mum's old China Mobile Hong Kong number (HSBC HK and Octopus OTP codes)")).toBe("Mum's old China Mobile Hong…");
    // Counted in characters, not UTF-16 units: an emoji is never cut in half.
    expect(Array.from(offerLabel('📱'.repeat(40))).length).toBe(28);
    // By grapheme: a flag is two code points, and is kept whole or left out.
    expect(offerLabel(`Mum's China Mobile HK lin 🇭🇰 HSBC codes`)).toBe(`Mum's China Mobile HK lin 🇭🇰…`);
  });

  it('counts a Chinese, Japanese or Korean character (and a full-width one) as two Latin letters wide', () => {
    // 28 Latin characters fit; 20 Chinese ones are as wide as 40 and are cut to 13 and the "…".
    expect(offerLabel('Work SIM, giffgaff UK (old)')).toBe('Work SIM, giffgaff UK (old)');
    expect(offerLabel('Mum’s China Mobile HK number')).toBe('Mum’s China Mobile HK number');
    const chinese = '妈妈的旧中国移动香港号码接收银行验证码用';
    expect(Array.from(chinese)).toHaveLength(20);
    expect(offerLabel(chinese)).toBe('妈妈的旧中国移动香港号码接…');
    expect(offerLabel('香港移动号码')).toBe('香港移动号码');
    // Mixed: "HK " is 3, each ideograph 2, full-width brackets 2: cut where the width reaches 27.
    expect(offerLabel('HK 中国移动（妈妈的旧号码，接收验证码）')).toBe('HK 中国移动（妈妈的旧号码，…');
    expect(offerLabel('日本のSIMカード、ドコモの古い番号です')).toBe('日本のSIMカード、ドコモの古…');
    expect(offerLabel('엄마의 오래된 홍콩 번호 (은행 인증용)')).toBe('엄마의 오래된 홍콩 번호 (은…');
  });
});

describe('the offer next to a script that keeps its own widget last in <html>', () => {
  withFakeClockAndHitTest();

  it('moves back to the end three times, then refuses (and says why) while the widget stays last, and fills once it goes', () => {
    const { root, buttons, onFill } = mount(vi.fn(), 'Nothing filled: something was over this box.');
    const button = buttons()[0]!;
    const widget = document.createElement('chat-widget');
    // The other script puts its widget (a cover, for all Firefox can tell) back at the end whenever it is not.
    const keepLast = setInterval(() => {
      if (document.documentElement.lastElementChild !== widget) document.documentElement.append(widget);
    }, 50);
    vi.advanceTimersByTime(2000);
    const click = () => button.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true, detail: 1 }), 'isTrusted', { value: true }));
    click();
    expect(onFill).not.toHaveBeenCalled();
    expect(root.querySelector('.report')!.textContent).toBe('Nothing filled: something was over this box.');
    clearInterval(keepLast);
    widget.remove();
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    click();
    expect(onFill).toHaveBeenCalledOnce();
  });
});

describe('where IntersectionObserver v2 reports occlusion (Chrome)', () => {
  it('leaves covers to its report: an element after the offer or an open popover elsewhere does not block the click', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    class Entry {}
    Object.defineProperty(Entry.prototype, 'isVisible', { get: () => true });
    vi.stubGlobal('IntersectionObserverEntry', Entry);
    vi.resetModules();
    const { mountOffer: mountV2 } = await import('../../../utils/autofill/offer-ui');
    Object.defineProperty(document, 'elementsFromPoint', { value: () => [offer.host], configurable: true });
    let root: ShadowRoot | null = null;
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    const onFill = vi.fn();
    const offer = mountV2({ button: 'Fill UK giffgaff', dismiss: 'Hide', region: 'LineKeeper' }, onFill, vi.fn());
    const widget = document.createElement('chat-widget');
    document.documentElement.append(offer.host, widget);
    vi.spyOn(document, 'querySelector').mockImplementation(((selector: string) => (selector === ':modal, :popover-open' ? document.body : null)) as never);
    vi.advanceTimersByTime(SEEN_FOR_MS + 100);
    root!.querySelector<HTMLButtonElement>('button.fill')!.dispatchEvent(Object.defineProperty(new MouseEvent('click', { bubbles: true, detail: 1 }), 'isTrusted', { value: true }));
    expect(onFill).toHaveBeenCalledOnce();
    offer.remove();
    widget.remove();
    vi.useRealTimers();
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
  });
});
