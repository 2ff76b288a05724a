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
  remove(): void;
}

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
.box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #c9ced6;
  border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px; display: flex; gap: 6px; align-items: flex-start; max-width: 320px; }
.fill { font: inherit; font-weight: 600; background: #0b6bcb; color: #fff; border: 0; border-radius: 8px; padding: 8px 12px; cursor: pointer; }
.fill:focus-visible, .close:focus-visible { outline: 2px solid #0b6bcb; outline-offset: 2px; }
.main { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; }
.close { font: inherit; background: none; border: 0; color: #555; cursor: pointer; padding: 4px 6px; }
.report { margin: 0; padding: 4px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
@media (prefers-color-scheme: dark) { .box { background: #202124; color: #e8eaed; border-color: #5f6368; } .close { color: #bbb; } }
`;

/** The most of a line's label the offer shows. */
const LABEL_MAX = 28;

/**
 * A line's label as the offer shows it: a long one ("Mum's old China Mobile HK number (HSBC and
 * Octopus codes)") is cut, so that the amount after it stays in view and the offer small.
 */
export function offerLabel(label: string): string {
  // By grapheme: a flag (two code points) or a family emoji is never cut in half.
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(label), (part) => part.segment);
  return graphemes.length > LABEL_MAX ? `${graphemes.slice(0, LABEL_MAX - 1).join('').trimEnd()}…` : label;
}

/** How long the fill button must have been fully visible, uncovered and in place before a click counts. */
export const SEEN_FOR_MS = 500;

/**
 * Computed values the host must keep (each can hide or move the box while its hit test stays the
 * same); they are also pinned inline and !important. "" is what an engine without the property says.
 */
const UNTOUCHED: Record<string, string> = {
  opacity: '1', visibility: 'visible', filter: 'none', transform: 'none', translate: 'none', scale: 'none', rotate: 'none',
  'mask-image': 'none', 'clip-path': 'none', 'mix-blend-mode': 'normal',
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
function visibilityGuard(host: HTMLElement, button: HTMLElement): { counts(event: MouseEvent): boolean; relaidOut(): void } {
  let visibleSince: number | null = null;
  let coveredAt = -Infinity;
  let seenAt = '';
  const place = () => JSON.stringify(host.getBoundingClientRect());
  new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1]!;
      const visible = entry.intersectionRatio >= 1 && ((entry as { isVisible?: boolean }).isVisible ?? true);
      visibleSince = visible ? (visibleSince ?? entry.time) : null;
      seenAt = place();
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  ).observe(button);
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
  return { counts, relaidOut };
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
  const close = document.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', text.dismiss);
  close.title = text.dismiss;
  const main = document.createElement('div');
  main.className = 'main';
  main.append(button);
  // The report is read out from this region, there from the start: screen readers often skip a
  // live region that arrives together with its text. The visible report has no role of its own.
  const live = document.createElement('p');
  live.className = 'live';
  live.setAttribute('role', 'status');
  box.append(main, close, live);
  shadow.append(style, box);

  const guard = visibilityGuard(host, button);
  // The user zoomed or resized the window: the fixed box moved with the viewport, not by the page.
  window.addEventListener('resize', () => guard.relaidOut());
  button.addEventListener('click', (event) => {
    // Only a real click of the user fills; the page cannot script one (isTrusted is false then),
    // nor trick the user into one on an offer it has hidden, covered or moved.
    if (!event.isTrusted) return;
    if (!guard.counts(event)) {
      // Said, so that a user whose click did nothing (a popover of the page's over the box) knows why.
      // Shown once: showing it again would count as a new place, and the next click would have to wait.
      if (text.refused && shownReport?.textContent !== text.refused) ui.showReport([text.refused], button.textContent ?? '');
      return;
    }
    button.disabled = true;
    onFill();
  });
  close.addEventListener('click', (event) => {
    host.remove();
    if (event.isTrusted) onDismiss();
  });
  // Inline and !important, so that the page's style sheets cannot hide or move it (a script still
  // could: the guard above refuses the click then).
  const place = { position: 'fixed', 'z-index': '2147483647', right: '16px', bottom: '16px', left: 'auto', top: 'auto', display: 'block', mask: 'none', ...UNTOUCHED };
  for (const [name, value] of Object.entries(place)) host.style.setProperty(name, value, 'important');
  document.documentElement.append(host);

  let shownReport: HTMLElement | null = null;
  const ui: OfferUi = {
    host,
    showReport(lines, again) {
      const report = document.createElement('p');
      report.className = 'report';
      for (const [index, line] of lines.entries()) {
        if (index > 0) report.append(document.createElement('br'));
        report.append(document.createTextNode(line));
      }
      shownReport?.remove();
      shownReport = report;
      main.prepend(report);
      // Emptied first, so that the same report after a second click is read out again.
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = lines.join(' ')));
      if (again === undefined) {
        // Focus stays in the offer when the button it was on goes away (keyboard and screen readers).
        const focused = shadow.activeElement === button;
        button.remove();
        if (focused) close.focus({ preventScroll: true });
        return;
      }
      button.textContent = again;
      button.disabled = false;
      guard.relaidOut();
    },
    remove() {
      host.remove();
    },
  };
  return ui;
}
