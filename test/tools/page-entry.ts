/**
 * What the CLIs inject into a page: the extension's own detection and fill, bundled as they are
 * in the content script (see page-runner.ts). Exposed on one global for page.evaluate.
 */
import { assignRoles } from '../../utils/autofill/assign';
import { collectFields, visibilityProblem } from '../../utils/autofill/dom-fields';
import { detectFields, fillPage } from '../../utils/autofill/fill-page';
import type { FillPayload } from '../../utils/autofill/payload';

declare global {
  interface Window {
    __linekeeper: {
      detect(): { fields: { index: number; role: string }[]; ms: number };
      /** Time of the same detection once more in this world, right after `detect`: the work without first-run costs. */
      detectWarm(): number;
      /**
       * Runs detection once on a small form in a detached document, reading nothing of the page: what
       * a warm-up before the click would do. Returns its time. `detect` after it shows what is left.
       */
      warmUpOnSyntheticForm(): number;
      /** Indexes of the top document's controls that the visibility rules call hidden (computed outside any timing). */
      hiddenIndexes(): number[];
      /** Every collected control of the top document with its features, scores, role and visibility verdict (for diagnosing misses). */
      explain(indexes: number[]): unknown[];
      fill(payload: FillPayload): ReturnType<typeof fillPage>;
    };
  }
}

/** A top-up form touching each kind of field and word list once (phone, dial codes, amounts, e-mail, card). */
const SYNTHETIC_FORM = `<form action="/pay"><label for="p">Mobile number</label><input id="p" name="phone" type="tel">
<label>Country code <select name="cc"><option value="+44">United Kingdom (+44)</option><option value="+852">Hong Kong (+852)</option></select></label>
<span>Amount</span><input name="amount" type="text" placeholder="£10"><label>E-mail <input type="email" name="email"></label>
<label>充值金额 <select name="amt"><option>HK$100</option><option>HK$200</option></select></label>
<div><label><input type="radio" name="d" value="10"> £10</label><label><input type="radio" name="d" value="20"> £20</label></div>
<label>Card number <input name="cc-number" autocomplete="cc-number"></label><textarea name="note"></textarea></form>`;

/** Why a control reads as hidden: its box, the first hidden ancestor, what sits at its centre. */
function geometryOf(element: Element) {
  const rect = element.getBoundingClientRect();
  let hiddenBy = '';
  for (let current: Element | null = element; current && !hiddenBy; current = current.parentElement) {
    const style = getComputedStyle(current);
    if (style.display === 'none' || style.visibility !== 'visible' || style.opacity === '0' || current.hasAttribute('hidden')) hiddenBy = `${current.localName}#${current.id}.${current.className} display=${style.display} visibility=${style.visibility} opacity=${style.opacity}`;
  }
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return { rect: [rect.left, rect.top, rect.width, rect.height].map(Math.round), hiddenBy, hit: hit ? `${hit.localName}#${hit.id}.${String(hit.className).slice(0, 60)}` : null };
}

/** Each control's position in the top document's `querySelectorAll('input,select,textarea')` (the corpus's `elementIndex`). */
function documentPositions(): Map<Element, number> {
  return new Map(Array.from(document.querySelectorAll('input,select,textarea'), (element, index) => [element, index]));
}

/** Runs `work` and times it in milliseconds, to 0.01 (the isolated world's clock moves in 0.1 ms steps anyway). */
function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: Math.round((performance.now() - start) * 100) / 100 };
}

window.__linekeeper = {
  detect() {
    const { result: detection, ms } = timed(() => detectFields(document));
    // Positions are this tool's output format, not part of a click's work: counted after the timing.
    const positions = documentPositions();
    const fields = detection.fields.filter((field) => positions.has(field.element) && field.problem === null).map((field) => ({ index: positions.get(field.element)!, role: field.role }));
    return { fields, ms };
  },
  warmUpOnSyntheticForm() {
    return timed(() => {
      const synthetic = document.implementation.createHTMLDocument('');
      synthetic.body.innerHTML = SYNTHETIC_FORM;
      detectFields(synthetic);
    }).ms;
  },
  detectWarm() {
    return timed(() => detectFields(document)).ms;
  },
  hiddenIndexes() {
    return Array.from(documentPositions()).flatMap(([element, index]) => (visibilityProblem(element) === 'hidden' ? [index] : []));
  },
  explain(indexes) {
    const { fields } = collectFields(document);
    const { roles, scores } = assignRoles(fields.map((field) => field.features));
    const positions = documentPositions();
    return fields.flatMap((field, position) => {
      const index = positions.get(field.element) ?? -1;
      return indexes.length === 0 || indexes.includes(index)
        ? [{ index, role: roles[position], scores: scores[position], problem: visibilityProblem(field.element), geometry: geometryOf(field.element), features: field.features }]
        : [];
    });
  },
  fill(payload) {
    return fillPage(document, payload);
  },
};
