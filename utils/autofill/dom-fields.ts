import type { FieldFeatures } from './features';
import type { RefusalReason } from './payload';

/**
 * DOM side of detection: walks the page (open shadow roots and same-origin, unsandboxed frames
 * included, in document order) and extracts each control's FieldFeatures for the pure scorer.
 */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FoundField {
  element: FormControl;
  features: FieldFeatures;
  /** Where the field's root is, for report selectors: "" or "iframe#pay >> " and so on. */
  pathPrefix: string;
}

export interface SkippedFrame {
  selector: string;
  reason: Extract<RefusalReason, 'cross-origin-frame' | 'sandboxed-frame' | 'hidden'>;
}

const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'checkbox', 'range', 'color', 'date', 'datetime-local', 'month', 'week', 'time', 'password']);
/**
 * Every element but the inputs that are never candidates, passed over natively: a page may hold
 * thousands of checkboxes, and each element read from script costs a wrapper in our world. HTML
 * matches `type` values in any case; whatever the query keeps, `type` still decides (walk).
 */
const WALKED = `:not(${Array.from(SKIPPED_TYPES, (type) => `input[type=${type}]`).join(',')})`;
const TEXT_CAP = 120;
const PUNCTUATION_ONLY = /^[\s\-–—()\/.+:]*$/;

function isControl(element: Element): element is FormControl {
  const tag = element.localName;
  return tag === 'input' || tag === 'select' || tag === 'textarea';
}

/** Visible text of a node, without the texts of controls inside it (a label around a select). */
function ownText(node: Node, budget = TEXT_CAP): string {
  let text = '';
  const visit = (current: Node): void => {
    if (text.length >= budget) return;
    if (current.nodeType === 3) {
      text += current.nodeValue ?? '';
      return;
    }
    if (current.nodeType !== 1) return;
    const name = (current as Element).localName;
    if (name === 'input' || name === 'select' || name === 'textarea' || name === 'script' || name === 'style' || name === 'option') return;
    for (let child = current.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(node);
  return text.replace(/\s+/g, ' ').trim().slice(0, budget);
}

function containsVisibleControl(element: Element): boolean {
  if (isControl(element)) return !(element.localName === 'input' && (element as HTMLInputElement).type === 'hidden');
  return element.querySelector('input:not([type=hidden]),select,textarea') !== null;
}

/** Text just before a field, and whether only punctuation separates it from the previous field. */
function precedingText(element: Element): { text: string; joined: boolean } {
  let collected = '';
  let node: Node = element;
  for (let level = 0; level < 4; level += 1) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 1) {
        const sib = sibling as Element;
        if (sib.localName === 'script' || sib.localName === 'style') continue;
        if (containsVisibleControl(sib)) return { text: collected.trim(), joined: level <= 2 && PUNCTUATION_ONLY.test(collected) };
        collected = `${ownText(sib, 60)} ${collected}`;
      } else if (sibling.nodeType === 3) collected = `${sibling.nodeValue ?? ''} ${collected}`;
      if (collected.trim().length >= 60) return { text: collected.trim().slice(-60), joined: false };
    }
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1 || (parent as Element).localName === 'form' || (parent as Element).localName === 'body') break;
    node = parent;
  }
  return { text: collected.replace(/\s+/g, ' ').trim(), joined: false };
}

function contextOf(element: Element): string {
  const parts: string[] = [];
  let current = element.parentElement;
  for (let level = 0; current && level < 8; level += 1, current = current.parentElement) {
    if (current.id) parts.push(current.id);
    if (current.localName === 'form') {
      parts.push(current.getAttribute('name') ?? '', current.getAttribute('action') ?? '');
      break;
    }
    if (current.localName === 'fieldset') parts.push(ownText(current.querySelector('legend') ?? current, 40));
  }
  return parts.join(' ');
}

/** A form with a password and at most two other text boxes is a sign-in form: nothing of ours goes there. */
function isLoginForm(form: HTMLFormElement | null, cache: Map<Element, boolean>): boolean {
  if (!form) return false;
  let login = cache.get(form);
  if (login === undefined) {
    // Counted by native selectors (no per-input script work): some forms hold thousands of checkboxes.
    const passwords = form.querySelectorAll('input[type=password]').length;
    login = passwords === 1 && form.querySelectorAll('input:is(:not([type]),[type=text],[type=email],[type=tel],[type=number],[type=""])').length <= 2;
    cache.set(form, login);
  }
  return login;
}

interface RootScan {
  /** label[for] elements by their `for`, read only when a control with that id is scored. */
  labels: Map<string, Element[]>;
  root: Document | ShadowRoot;
}

function labelsByFor(root: Document | ShadowRoot): Map<string, Element[]> {
  const labels = new Map<string, Element[]>();
  for (const label of root.querySelectorAll('label[for]')) {
    const key = label.getAttribute('for') ?? '';
    const list = labels.get(key);
    if (list) list.push(label);
    else labels.set(key, [label]);
  }
  return labels;
}

function featuresOf(element: FormControl, scan: RootScan, loginCache: Map<Element, boolean>): FieldFeatures {
  const tag = element.localName as FieldFeatures['tag'];
  const input = tag === 'input' ? (element as HTMLInputElement) : null;
  const labelParts: string[] = [];
  if (element.id) {
    for (const label of scan.labels.get(element.id) ?? []) labelParts.push(ownText(label));
  }
  const wrapping = element.closest('label');
  if (wrapping) labelParts.push(ownText(wrapping));
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const labelElement = 'getElementById' in scan.root ? scan.root.getElementById(id) : null;
      if (labelElement) labelParts.push(ownText(labelElement));
    }
  }
  const preceding = precedingText(element);
  const options =
    tag === 'select'
      ? Array.from((element as HTMLSelectElement).options, (option) => ({ value: option.value, text: option.text.slice(0, 60) }))
      : input?.type === 'radio'
        ? [{ value: input.value, text: '' }]
        : [];
  const maxLength = input && input.maxLength > 0 ? input.maxLength : null;
  // Every property is set here, so no defaults object (emptyFeatures) ships in the page script.
  return {
    tag,
    type: input ? input.type.toLowerCase() : 'text',
    autocomplete: (element.getAttribute('autocomplete') ?? '').toLowerCase(),
    name: element.getAttribute('name') ?? '',
    id: element.id,
    placeholder: element.getAttribute('placeholder') ?? '',
    ariaLabel: element.getAttribute('aria-label') ?? '',
    label: labelParts.join(' ').slice(0, TEXT_CAP),
    nearby: preceding.text,
    context: contextOf(element),
    maxLength,
    pattern: input?.getAttribute('pattern') ?? '',
    inputMode: element.getAttribute('inputmode') ?? '',
    step: input?.getAttribute('step') ?? '',
    options,
    radioGroup: input?.type === 'radio' ? input.name : '',
    joinedToPrevious: preceding.joined,
    inLoginForm: isLoginForm(element.closest('form'), loginCache),
  };
}

/** A short CSS selector for a report line (not guaranteed unique; it names the field for people). */
export function describeElement(element: Element): string {
  const tag = element.localName;
  if (element.id) return `${tag}#${cssEscape(element.id)}`;
  const name = element.getAttribute('name');
  if (name) return `${tag}[name="${name.replace(/"/g, '\\"')}"]`;
  const parent = element.parentElement;
  if (!parent) return tag;
  const sameTag = Array.from(parent.children).filter((child) => child.localName === tag);
  const position = sameTag.length > 1 ? `:nth-of-type(${sameTag.indexOf(element) + 1})` : '';
  return `${describeElement(parent)} > ${tag}${position}`;
}

function cssEscape(text: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(text) : text.replace(/[^\w-]/g, (char) => `\\${char}`);
}

/**
 * Every fillable-looking control of the page in document order, descending into open shadow
 * roots and same-origin frames; cross-origin and sandboxed frames are listed as skipped. `ignore`
 * is our own overlay: a frame under it is not hidden.
 */
export function collectFields(doc: Document, ignore?: Element): { fields: FoundField[]; skippedFrames: SkippedFrame[] } {
  const fields: FoundField[] = [];
  const skippedFrames: SkippedFrame[] = [];
  const loginCache = new Map<Element, boolean>();

  const walk = (root: Document | ShadowRoot, pathPrefix: string): void => {
    const scan: RootScan = { root, labels: labelsByFor(root) };
    // One native query and an indexed loop: this touches every element but the left-out inputs
    // (shadow hosts cannot be selected), so it does no more per element than read its tag and shadow root.
    const elements = root.querySelectorAll(WALKED);
    for (let position = 0; position < elements.length; position += 1) {
      const element = elements[position]!;
      if (isControl(element)) {
        // Passwords and the like are never candidates (the query leaves out most; `type` has the last word).
        if (element.localName === 'input' && SKIPPED_TYPES.has((element as HTMLInputElement).type)) continue;
        fields.push({ element, features: featuresOf(element, scan, loginCache), pathPrefix });
        continue;
      }
      const shadow = (element as HTMLElement).shadowRoot;
      if (shadow) walk(shadow, `${pathPrefix}${describeElement(element)} >> `);
      if (element.localName === 'iframe' || element.localName === 'frame') {
        const frame = element as HTMLIFrameElement;
        const selector = `${pathPrefix}${describeElement(frame)}`;
        if (frame.hasAttribute('sandbox')) {
          skippedFrames.push({ selector, reason: 'sandboxed-frame' });
          continue;
        }
        // Visibility first: reading a same-origin frame's document makes our isolated world's
        // context for that frame (1-2 ms each), and pages carry hidden about:blank frames by the handful.
        if (visibilityProblem(frame, ignore) !== null) {
          skippedFrames.push({ selector, reason: 'hidden' });
          continue;
        }
        let frameDocument: Document | null = null;
        try {
          frameDocument = frame.contentDocument;
        } catch {
          frameDocument = null;
        }
        if (!frameDocument) {
          skippedFrames.push({ selector, reason: 'cross-origin-frame' });
          continue;
        }
        walk(frameDocument, `${selector} >> `);
      }
    }
  };
  walk(doc, '');
  return { fields, skippedFrames };
}

/**
 * Why a control must not be written: disabled, read-only, hidden in any way (display, visibility,
 * opacity 0, no size, off screen) or covered by another element. `ignore` is our own overlay.
 */
export function visibilityProblem(element: Element, ignore?: Element): RefusalReason | null {
  if (element.matches(':disabled')) return 'disabled';
  if ((element as HTMLInputElement).readOnly === true) return 'readonly';
  const view = element.ownerDocument.defaultView;
  if (!view) return 'hidden';
  const checker = element as Element & { checkVisibility?: (options: object) => boolean };
  if (typeof checker.checkVisibility === 'function') {
    if (!checker.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'hidden';
  } else {
    for (let current: Element | null = element; current; current = current.parentElement) {
      const style = view.getComputedStyle(current);
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || Number(style.opacity) === 0) return 'hidden';
    }
  }
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return 'hidden';
  const scrollWidth = Math.max(element.ownerDocument.documentElement.scrollWidth, view.innerWidth);
  if (rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0 || rect.left + view.scrollX >= scrollWidth) return 'hidden';
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const hit = typeof root.elementFromPoint === 'function' ? root.elementFromPoint(x, y) : null;
    if (hit && hit !== element && !element.contains(hit) && !hit.contains(element) && hit !== ignore && !(ignore && ignore.contains(hit))) {
      // A floating label drawn over its own field is not a cover: a <label> of the field, or the
      // element that names it (aria-labelledby: a span in many design systems). Itself, not what it
      // holds: a label wrapped around the field may hold a cover too. Anything else on top is one.
      const named = (element.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => root.getElementById(id));
      if (![...((element as HTMLInputElement).labels ?? []), ...named].includes(hit as HTMLElement)) return 'covered';
    }
  }
  return null;
}
