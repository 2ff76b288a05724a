/**
 * Writing into the page so that its framework notices: values go through the element's native
 * setter (React and Vue wrap the instance's own `value`), then input and change events follow,
 * as if typed. Nothing here submits a form: clicks run under a guard that cancels any submit.
 */

function nativeSetter(element: Element, property: 'value' | 'checked'): ((value: unknown) => void) | undefined {
  for (let prototype = Object.getPrototypeOf(element); prototype; prototype = Object.getPrototypeOf(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, property);
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}

function announce(element: Element, types: readonly string[]): void {
  for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** Sets a text box's value as typing would. */
export function writeValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.focus({ preventScroll: true });
  const setter = nativeSetter(element, 'value');
  if (setter) setter.call(element, value);
  else element.value = value;
  announce(element, ['input', 'change']);
  element.blur();
}

/** Selects an option and announces the change. */
export function chooseOption(select: HTMLSelectElement, index: number): void {
  select.focus({ preventScroll: true });
  const option = select.options[index];
  if (option) {
    const setter = nativeSetter(select, 'value');
    if (setter) setter.call(select, option.value);
    select.selectedIndex = index;
  }
  announce(select, ['input', 'change']);
  select.blur();
}

/**
 * Cancels every form submission in `roots` while `action` runs: a tile may be a submit button. A
 * submit event does not leave a shadow root, so each root listens as well as its window.
 */
export function withoutSubmitting<T>(roots: Iterable<Document | ShadowRoot>, action: () => T): T {
  const cancel = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const targets = new Set<EventTarget>();
  for (const root of roots) {
    const view = (root.ownerDocument ?? (root as Document)).defaultView;
    if (view) targets.add(view);
    if (root.nodeType === 11) targets.add(root);
  }
  for (const target of targets) target.addEventListener('submit', cancel, true);
  try {
    return action();
  } finally {
    for (const target of targets) target.removeEventListener('submit', cancel, true);
  }
}

/** Checks a radio (by a click, so that label styling and handlers follow) and makes sure it is announced. */
export function checkRadio(radio: HTMLInputElement, clickTarget: HTMLElement): void {
  if (!radio.checked) clickTarget.click();
  if (!radio.checked) {
    nativeSetter(radio, 'checked')?.call(radio, true);
    announce(radio, ['input', 'change']);
  }
}

/** Clicks an amount tile. */
export function clickTile(tile: HTMLElement): void {
  tile.click();
}
