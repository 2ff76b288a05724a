import { OFFER_TAG } from './page-globals';

/**
 * The in-page offer: one button in a CLOSED shadow root, so the page can neither read its text
 * nor reach the button. It shows only what the click fills (a line's label and the amount).
 * All text goes in with textContent.
 */
export interface OfferUi {
  host: HTMLElement;
  /**
   * Shows what the click filled. With `again` (a button text) the fill button stays, under the
   * report, for the next step of a form that was not all there yet; without it, it goes.
   */
  showReport(lines: string[], again?: string): void;
  /** Takes the offer down: its observer, timers and listeners too. */
  remove(): void;
}

// The box is anchored bottom right, and the fill button sits at the bottom right of .main: a report
// shown above it (which may widen the box) leaves the button where the user's pointer is.
const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
.box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #c9ced6;
  border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px; display: flex; gap: 6px; align-items: flex-start; max-width: 320px; }
.fill { font: inherit; font-weight: 600; background: #0b6bcb; color: #fff; border: 0; border-radius: 8px; padding: 8px 12px; cursor: pointer;
  text-align: start; text-wrap: balance; }
.fill:focus-visible, .close:focus-visible { outline: 2px solid #0b6bcb; outline-offset: 2px; }
.main { display: flex; flex-direction: column; align-items: flex-end; gap: 6px; }
.name { align-self: flex-start; font-size: 12px; line-height: 1.2; font-weight: 600; color: #555; margin-bottom: -2px; }
.close { font: inherit; font-size: 18px; line-height: 1; background: none; border: 0; border-radius: 6px; color: #555; cursor: pointer;
  min-width: 28px; min-height: 28px; padding: 0; margin: -4px -4px 0 0; }
.report { margin: 0; padding: 4px; align-self: stretch; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
@media (max-width: 480px) { .box { max-width: min(320px, 78vw); } .fill { padding: 6px 10px; } }
@media (prefers-color-scheme: dark) { .box { background: #202124; color: #e8eaed; border-color: #5f6368; } .close, .name { color: #bbb; } }
`;

/** The most of a line's label the offer shows, in Latin letters' widths (a wide character counts 2). */
const LABEL_MAX = 28;
/**
 * East Asian wide characters, drawn about twice as wide as a Latin letter: Hangul Jamo, CJK
 * radicals to Yi (kana, ideographs), Hangul syllables, compatibility ideographs, vertical and small
 * forms, full-width forms, and the supplementary ideographs.
 */
const WIDE = /^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * A line's label as the offer shows it: a long one ("Mum's old China Mobile HK number (HSBC and
 * Octopus codes)", "妈妈的旧中国移动香港号码（接收银行验证码）") is cut, so that the amount after it
 * stays in view and the offer small.
 */
export function offerLabel(label: string): string {
  // By grapheme: a flag (two code points) or a family emoji is never cut in half.
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(label), (part) => part.segment);
  let width = 0;
  // How many graphemes fit in LABEL_MAX - 1, with room for the "…".
  let fits = 0;
  for (const grapheme of graphemes) {
    width += WIDE.test(grapheme) ? 2 : 1;
    if (width < LABEL_MAX) fits += 1;
  }
  return width > LABEL_MAX ? `${graphemes.slice(0, fits).join('').trimEnd()}…` : label;
}

/** How long a final report (no next step to fill) stays before the offer goes. */
export const REPORT_SHOWN_MS = 10_000;

/** How long the fill button must have been fully visible, uncovered and in place before a click counts. */
export const SEEN_FOR_MS = 500;

/**
 * Computed values the host must keep (each can hide or move the box while its hit test stays the
 * same); they are also pinned inline and !important. "" is what an engine without the property says.
 */
const UNTOUCHED: Record<string, string> = {
  opacity: '1', visibility: 'visible', filter: 'none', transform: 'none', translate: 'none', scale: 'none', rotate: 'none',
  'mask-image': 'none', 'clip-path': 'none', 'mix-blend-mode': 'normal',
  // A zoomed-out offer is too small to read yet takes a click laid under the page's own bait.
  zoom: '1',
};
/** How often the offer goes back to the end of <html> when something follows it. */
const MAX_MOVES = 3;
/** Whether IntersectionObserver reports occlusion (v2, Chrome): then it, not the guard's own checks, sees covers. */
const reportsOcclusion = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
/** How often, while the offer is up, the guard looks for something laid over it. */
const COVER_CHECK_MS = 100;

/**
 * Clickjacking guard. The host element lives in the page's DOM, so a hostile page can restyle it
 * (opacity 0, a mask, moved under its own "Accept" button) or lay something over it, and the user's
 * real click would fill. A click counts only when the button has been fully in view, uncovered and
 * in place for SEEN_FOR_MS. IntersectionObserver v2 (trackVisibility, Chrome) reports occlusion,
 * opacity, filters and transforms. In every browser the guard also checks the host's computed
 * styles (a mask or a translate hides or moves it without changing its hit test). Firefox has only
 * v1 (geometry), and its hit test skips a cover with pointer-events: none; there, every
 * COVER_CHECK_MS, the guard fails closed on anything that can be drawn over the host, overlapping or
 * not: the top layer (an open popover or modal dialog; fullscreen), anything after the host in
 * <html> (it is <html>'s last child, at the highest z-index, so nothing else in the page can), and
 * generated content (the host's ::before/::after, <html>'s ::after). Not seen there: a popover opened
 * inside a shadow root (no query reaches it).
 */
function visibilityGuard(host: HTMLElement, button: HTMLElement): { counts(event: MouseEvent): boolean; relaidOut(): void; stop(): void } {
  let visibleSince: number | null = null;
  let coveredAt = -Infinity;
  let seenAt = '';
  const place = () => JSON.stringify(host.getBoundingClientRect());
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1]!;
      const visible = entry.intersectionRatio >= 1 && ((entry as { isVisible?: boolean }).isVisible ?? true);
      visibleSince = visible ? (visibleSince ?? entry.time) : null;
      seenAt = place();
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(button);
  const restyled = (): boolean => {
    const style = getComputedStyle(host);
    return Object.entries(UNTOUCHED).some(([name, value]) => ![value, ''].includes(style.getPropertyValue(name)));
  };
  let moves = 0;
  const covered = (): boolean => {
    const html = document.documentElement;
    // Moved out of <html> (into a stacking context of the page's, under a cover): it goes back.
    if (host.parentNode !== html) {
      html.append(host);
      return true;
    }
    // Chrome's report (IntersectionObserver v2) sees any cover itself. Without it (Firefox), whatever
    // could be drawn over the offer counts, overlapping or not: its box, its shadow root, its
    // generated content or its children in the top layer can all reach the offer unseen.
    if (reportsOcclusion) return false;
    // Followed in <html> (painted over it at the same z-index): it goes back to the end, MAX_MOVES
    // times; a script that keeps its own element last then blocks the click (the offer says so).
    if (host.nextSibling) {
      if (moves < MAX_MOVES) {
        moves += 1;
        html.append(host);
      }
      return true;
    }
    // Generated content over the host: its own ::before/::after, and <html>'s ::after at its z-index.
    const drawn = (element: Element, pseudo: string) => {
      const style = getComputedStyle(element, pseudo);
      return !['none', 'normal', ''].includes(style.content) && style.display !== 'none';
    };
    if (drawn(host, '::before') || drawn(host, '::after')) return true;
    if (drawn(html, '::after') && getComputedStyle(html, '::after').zIndex === '2147483647') return true;
    // The top layer is drawn over any z-index: fullscreen, any open popover or modal dialog (with
    // its backdrop and descendants). An engine without popovers has no such selector, nor top layer.
    if (document.fullscreenElement) return true;
    try {
      return document.querySelector(':modal, :popover-open') !== null;
    } catch {
      return false;
    }
  };
  const watch = setInterval(() => {
    if (!host.isConnected) clearInterval(watch);
    else if (!document.hidden && (restyled() || covered())) coveredAt = performance.now();
  }, COVER_CHECK_MS);
  // A new place (our own report above the button, or the page moving the box): it counts from now.
  const relaidOut = (): void => {
    seenAt = place();
    if (visibleSince !== null) visibleSince = performance.now();
  };
  const counts = (event: MouseEvent): boolean => {
    if (restyled() || covered()) {
      coveredAt = performance.now();
      return false;
    }
    if (host.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false) return false;
    // Moved (under the cursor, perhaps): it has to stay put for a while first.
    if (place() !== seenAt) {
      relaidOut();
      return false;
    }
    const now = performance.now();
    if (visibleSince === null || now - visibleSince < SEEN_FOR_MS || now - coveredAt < SEEN_FOR_MS) return false;
    // A keyboard press has no point to test; a pointer's must hit the offer itself.
    return event.detail === 0 || document.elementsFromPoint(event.clientX, event.clientY)[0] === host;
  };
  const stop = (): void => {
    observer.disconnect();
    clearInterval(watch);
  };
  return { counts, relaidOut, stop };
}

/**
 * `onDismiss` runs after the user closed the offer with a real click. `text.refused`: what the offer
 * says when a real click did not count (covered, just moved).
 */
export function mountOffer(text: { button: string; dismiss: string; region: string; refused?: string }, onFill: () => void, onDismiss: () => void): OfferUi {
  const host = document.createElement(OFFER_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'region');
  // A region needs a name to be announced and listed among landmarks: whose box this is.
  box.setAttribute('aria-label', text.region);
  const button = document.createElement('button');
  button.className = 'fill';
  button.type = 'button';
  button.textContent = text.button;
  // Whose box this is, in view, so that it is not taken for a widget of the carrier's page. Hidden
  // from screen readers, which announce the same name as the region's.
  const name = document.createElement('span');
  name.className = 'name';
  name.setAttribute('aria-hidden', 'true');
  name.textContent = text.region;
  const close = document.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', text.dismiss);
  close.title = text.dismiss;
  const main = document.createElement('div');
  main.className = 'main';
  main.append(name, button);
  // The report is read out from this region, there from the start: screen readers often skip a
  // live region that arrives together with its text. The visible report has no role of its own.
  const live = document.createElement('p');
  live.className = 'live';
  live.setAttribute('role', 'status');
  box.append(main, close, live);
  shadow.append(style, box);

  const guard = visibilityGuard(host, button);
  // The user zoomed or resized the window: the fixed box moved with the viewport, not by the page.
  const resized = () => guard.relaidOut();
  window.addEventListener('resize', resized);
  // After a final report the offer goes by itself, REPORT_SHOWN_MS after it appeared, after the
  // pointer left the box or after the tab came back into view; not while the pointer is on it, the
  // keyboard's focus is in it or the tab is hidden (a report never seen is not gone).
  let finalReport = false;
  let pointerIn = false;
  let goTimer: ReturnType<typeof setTimeout> | undefined;
  const goLater = (): void => {
    clearTimeout(goTimer);
    if (finalReport) goTimer = setTimeout(() => pointerIn || document.hidden || shadow.activeElement?.matches(':focus-visible') || teardown(), REPORT_SHOWN_MS);
  };
  box.addEventListener('pointerenter', () => (pointerIn = true));
  box.addEventListener('pointerleave', () => {
    pointerIn = false;
    goLater();
  });
  box.addEventListener('focusout', goLater);
  document.addEventListener('visibilitychange', goLater);
  // The × and the timer take the offer down alike.
  const teardown = (): void => {
    clearTimeout(goTimer);
    finalReport = false;
    guard.stop();
    window.removeEventListener('resize', resized);
    document.removeEventListener('visibilitychange', goLater);
    host.remove();
  };
  button.addEventListener('click', (event) => {
    // Only a real click of the user fills; the page cannot script one (isTrusted is false then),
    // nor trick the user into one on an offer it has hidden, covered or moved.
    if (!event.isTrusted) return;
    if (!guard.counts(event)) {
      // Said, so that a user whose click did nothing (a popover of the page's over the box) knows why,
      // under what an earlier click filled (a double-click's second half must not hide it).
      // Shown once: showing it again would count as a new place, and the next click would have to wait.
      if (text.refused && !shownLines.includes(text.refused)) ui.showReport([...shownLines, text.refused], button.textContent ?? '');
      return;
    }
    button.disabled = true;
    onFill();
  });
  close.addEventListener('click', (event) => {
    teardown();
    if (event.isTrusted) onDismiss();
  });
  // Inline and !important, so that the page's style sheets cannot hide or move it (a script still
  // could: the guard above refuses the click then).
  const place = { position: 'fixed', 'z-index': '2147483647', right: '16px', bottom: '16px', left: 'auto', top: 'auto', display: 'block', mask: 'none', ...UNTOUCHED };
  for (const [name, value] of Object.entries(place)) host.style.setProperty(name, value, 'important');
  document.documentElement.append(host);

  let shownReport: HTMLElement | null = null;
  let shownLines: string[] = [];
  const ui: OfferUi = {
    host,
    showReport(lines, again) {
      shownLines = lines;
      const report = document.createElement('p');
      report.className = 'report';
      for (const [index, line] of lines.entries()) {
        if (index > 0) report.append(document.createElement('br'));
        report.append(document.createTextNode(line));
      }
      shownReport?.remove();
      shownReport = report;
      name.after(report);
      // Emptied first, so that the same report after a second click is read out again.
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = lines.join(' ')));
      if (again === undefined) {
        // Focus stays in the offer when the button it was on goes away (keyboard and screen readers).
        const focused = shadow.activeElement === button;
        button.remove();
        if (focused) close.focus({ preventScroll: true });
        finalReport = true;
        goLater();
        return;
      }
      button.textContent = again;
      button.disabled = false;
      guard.relaidOut();
    },
    remove: teardown,
  };
  return ui;
}
