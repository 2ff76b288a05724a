import { assignRoles } from './assign';
import { collectFields, describeElement, visibilityProblem, type FoundField, type SkippedFrame } from './dom-fields';
import { checkRadio, chooseOption, clickTile, withoutSubmitting, writeValue } from './dom-fill';
import type { FieldRole } from './features';
import { amountInputText, ANY_AMOUNT, readMoneyText, statesAmount, textStatesAmount, type Amount } from './money-text';
import type { FillPayload, FillReport, RefusalReason, WantedField } from './payload';
import { countryCodeOptionIndex, countryCodeValueFor, phoneValueFor, splitPhoneValues } from './phone-value';

/**
 * The one fill, shared by the in-page offer, the popup's "Fill this page" and `npm run fill`:
 * detect, check each target is safe to write, write in the form the field wants, report.
 */
export interface DetectedField extends FoundField {
  role: FieldRole;
  /** Why it may not be written (hidden, covered...), null when it may. */
  problem: RefusalReason | null;
}

export interface Detection {
  fields: DetectedField[];
  skippedFrames: SkippedFrame[];
}

export interface FillOptions {
  /** Our own in-page overlay: it may sit over a field without "covering" it. */
  ignore?: Element;
  /** Fields the user typed into since the page loaded (trusted input events). */
  userTouched?: (element: Element) => boolean;
}

/** Detects the fields a fill would write, each with the reason it may not be written. */
export function detectFields(doc: Document, options: FillOptions = {}): Detection {
  const { fields, skippedFrames } = collectFields(doc, options.ignore);
  const { roles } = assignRoles(fields.map((field) => field.features));
  const detected: DetectedField[] = [];
  fields.forEach((field, index) => {
    const role = roles[index];
    if (!role) return;
    detected.push({ ...field, role, problem: radioOrFieldProblem(field, options.ignore) });
  });
  return { fields: detected, skippedFrames };
}

/** A visually hidden radio is fine when its label is what people click. */
function radioOrFieldProblem(field: FoundField, ignore?: Element): RefusalReason | null {
  const problem = visibilityProblem(field.element, ignore);
  if (problem === 'hidden' && field.features.type === 'radio') {
    const label = radioLabel(field.element as HTMLInputElement);
    if (label && !(field.element as HTMLInputElement).disabled) return visibilityProblem(label, ignore);
  }
  return problem;
}

function radioLabel(radio: HTMLInputElement): HTMLLabelElement | undefined {
  return radio.labels?.[0];
}

/**
 * Whether the box holds what the user typed. With no record of typing (Fill this page off a
 * carrier's site), a phone box's value counts as the user's unless it begins ours (a page's "+44"):
 * frameworks such as React copy what is typed into the value attribute, where it looks like a default.
 */
function hasUserValue(element: HTMLInputElement | HTMLTextAreaElement, options: FillOptions, value: string, phone: boolean): boolean {
  if (element.value === '') return false;
  if (!options.userTouched && phone) return !value.startsWith(element.value.trim());
  return options.userTouched?.(element) === true || element.value !== element.defaultValue;
}

const TILE_SELECTOR = 'button, [role=button], [role=radio], [role=option], [role=tab], [data-amount], [data-value], li, label, a';

/**
 * Clickable preset amounts ("£10", "HK$100") that state exactly the amount; of nested ones (a
 * button in a list item) the innermost, which is where the page listens.
 */
function findTile(roots: Iterable<Document | ShadowRoot>, amount: Amount, ignore?: Element): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const root of roots) {
    for (const candidate of root.querySelectorAll<HTMLElement>(TILE_SELECTOR)) {
      // Candidates come in document order, so what lies inside a found tile comes right after it.
      if (found && !found.contains(candidate)) return found;
      if (ignore?.contains(candidate)) continue;
      if (candidate.localName === 'a') {
        const href = candidate.getAttribute('href') ?? '';
        if (href !== '' && href !== '#' && !href.startsWith('javascript:')) continue; // a link navigates away
      }
      if (candidate.querySelector('input:not([type=radio]),select,textarea')) continue;
      const text = (candidate.textContent ?? '').replace(/\s+/g, ' ').trim();
      // A bare data-value is read only on a tile without words: in a list of months, "10" is October.
      const data = candidate.getAttribute('data-amount') ?? (text === '' ? candidate.getAttribute('data-value') : null);
      const read = readMoneyText(text);
      const statesByText = read !== null && read.marked !== '' && statesAmount(read, amount);
      // Asked for any amount (the offer's probe), a data-amount counts whatever it says; a bare data-value does not.
      const dataStates = amount.minor === ANY_AMOUNT ? candidate.hasAttribute('data-amount') && readMoneyText(data ?? '') !== null : data !== null && textStatesAmount(data, amount);
      const statesByData = dataStates && (read === null || statesByText);
      if ((statesByText || statesByData) && visibilityProblem(candidate, ignore) === null) found = candidate;
    }
    if (found) return found;
  }
  return null;
}

function rootsOf(fields: readonly FoundField[], doc: Document): Set<Document | ShadowRoot> {
  const roots = new Set<Document | ShadowRoot>([doc]);
  for (const field of fields) roots.add(field.element.getRootNode() as Document | ShadowRoot);
  return roots;
}

/** A top-up form among usable fields: a phone field (or part of one), an amount control, or a tile stating `amount`. */
function hasTopUpTarget(usable: readonly DetectedField[], doc: Document, amount: Amount | null, ignore: Element | undefined): boolean {
  if (usable.some((field) => field.role !== 'email')) return true;
  return amount !== null && findTile(rootsOf(usable, doc), amount, ignore) !== null;
}

/**
 * Whether a fill would write anything here now (hasTopUpTarget). The in-page offer waits for this,
 * so it does not sit on a carrier's pages that have nothing to fill (help, community, a sign-in step).
 */
export function hasFillTarget(doc: Document, amount: Amount | null, options: FillOptions = {}): boolean {
  const usable = detectFields(doc, options).fields.filter((field) => field.problem === null);
  return hasTopUpTarget(usable, doc, amount, options.ignore);
}

/** The form an element belongs to, through the shadow roots it sits in (a form-associated box in a web component has none of its own). */
function formOf(element: Element): Element | null {
  let form = (element as HTMLInputElement).form ?? null;
  for (let node: Element | undefined = element; node && !form; node = (node.getRootNode() as ShadowRoot).host) form = node.closest('form');
  return form;
}

const SPLIT_PARTS = new Set<FieldRole>(['tel-area-code', 'tel-local', 'tel-local-prefix', 'tel-local-suffix']);

/** Fills the page with `payload`. Call only on a user's click. */
export function fillPage(doc: Document, payload: FillPayload, options: FillOptions = {}): FillReport {
  const report: FillReport = { url: doc.location?.href ?? '', filled: [], notFound: [], refused: [] };
  const detection = detectFields(doc, options);
  for (const frame of detection.skippedFrames) report.refused.push({ field: 'frame', selector: frame.selector, reason: frame.reason });
  const selectorOf = (field: FoundField): string => `${field.pathPrefix}${describeElement(field.element)}`;
  const domestic = payload.preferNational;
  const done = new Set<WantedField>();
  const usable = detection.fields.filter((field) => {
    if (field.problem === null) return true;
    report.refused.push({ field: field.role, selector: selectorOf(field), reason: field.problem });
    return false;
  });

  // Values for every phone field; split runs are valued together.
  const values = new Map<DetectedField, string | number | null>();
  const codeApart = usable.some((field) => field.role === 'tel-country-code');
  for (let index = 0; index < usable.length; index += 1) {
    const field = usable[index]!;
    // A whole-number box right after a country-code control that was set is the national part,
    // whatever its autocomplete says; after one left on another country, the whole number.
    const code = usable[index - 1]?.role === 'tel-country-code' ? values.get(usable[index - 1]!) : null;
    if (field.role === 'tel' || field.role === 'tel-national') values.set(field, phoneValueFor(code !== null && code !== undefined && code !== -1 ? 'tel-national' : field.role, field.features, payload.phone, domestic, codeApart));
    else if (field.role === 'tel-country-code') {
      values.set(field, field.features.tag === 'select' ? countryCodeOptionIndex(field.features.options, payload.phone) : countryCodeValueFor(field.features, payload.phone));
    } else if (SPLIT_PARTS.has(field.role)) {
      let end = index;
      while (end < usable.length && SPLIT_PARTS.has(usable[end]!.role)) end += 1;
      const run = usable.slice(index, end);
      const parts = splitPhoneValues(run.map((part) => part.role), run.map((part) => part.features), payload.phone);
      run.forEach((part, offset) => values.set(part, parts[offset] ?? null));
      index = end - 1;
    }
  }

  const amountFields = usable.filter((field) => field.role === 'amount');
  // The e-mail is for the top-up's receipt: on a page with no top-up form (a newsletter box, a
  // sign-up) writing it would only hand the address to a form the user did not come for.
  const amount = payload.amountMinor === null ? null : { minor: payload.amountMinor, digits: payload.currencyDigits, marks: payload.currencyMarks };
  // Asked only when there is an e-mail box: on a page of tiles alone it is one more tile search.
  const receiptEmail = payload.email && usable.some((field) => field.role === 'email') && hasTopUpTarget(usable, doc, amount, options.ignore) ? payload.email : null;
  // ...and only into the top-up's own form (the number's, the amount's, the clicked tile's): a
  // sign-up box in the footer's form is not the receipt's. On a page without forms, loose boxes.
  const targetForms = new Set(usable.filter((field) => field.role !== 'email').map((field) => formOf(field.element)));
  withoutSubmitting(rootsOf(usable, doc), () => {
    for (const field of usable) {
      if (field.role === 'amount' || field.role === 'email') continue;
      const value = values.get(field);
      if (value === null || value === undefined || value === -1) {
        report.refused.push({ field: field.role, selector: selectorOf(field), reason: field.features.tag === 'select' ? 'no-matching-option' : 'no-fitting-format' });
        continue;
      }
      if (typeof value === 'number') {
        const select = field.element as HTMLSelectElement;
        if (select.selectedIndex !== value) chooseOption(select, value);
        report.filled.push({ field: field.role, selector: selectorOf(field), value: select.options[value]?.value ?? '' });
        continue;
      }
      writeText(field, value, field.role === 'tel-country-code' ? null : 'phone');
    }
    if (amount) fillAmount(amount);
    for (const field of usable) if (receiptEmail && field.role === 'email' && targetForms.has(formOf(field.element))) writeText(field, receiptEmail, 'email');
  });

  function writeText(field: DetectedField, value: string, wanted: WantedField | null): void {
    const element = field.element as HTMLInputElement;
    if (element.value !== value && hasUserValue(element, options, value, wanted === 'phone')) {
      report.refused.push({ field: field.role, selector: selectorOf(field), reason: 'user-value' });
      return;
    }
    if (element.value !== value) writeValue(element, value);
    report.filled.push({ field: field.role, selector: selectorOf(field), value });
    if (wanted) done.add(wanted);
  }

  /** What a choice (an option, a radio) states: its words' amount, or its value's when its words name none ("£5" valued 10 is £5). */
  function choiceStates(text: string, value: string, wanted: Amount): boolean {
    const read = readMoneyText(text);
    return read ? statesAmount(read, wanted) : textStatesAmount(value, wanted);
  }

  function fillAmount(wanted: Amount): void {
    const { minor, digits } = wanted;
    const radios = amountFields.filter((field) => field.features.type === 'radio');
    for (const field of radios) {
      const radio = field.element as HTMLInputElement;
      const label = radioLabel(radio);
      if (!choiceStates(label?.textContent ?? '', radio.value, wanted)) continue;
      checkRadio(radio, visibilityProblem(radio, options.ignore) === null || !label ? radio : label);
      report.filled.push({ field: 'amount', selector: selectorOf(field), value: radio.value });
      done.add('amount');
      return;
    }
    const select = amountFields.find((field) => field.features.tag === 'select');
    if (select) {
      const element = select.element as HTMLSelectElement;
      // A disabled option ("£10 (sold out)") cannot be chosen by the user either.
      const index = Array.from(element.options).findIndex((option) => !option.matches(':disabled') && choiceStates(option.text, option.value, wanted));
      if (index !== -1) {
        if (element.selectedIndex !== index) chooseOption(element, index);
        report.filled.push({ field: 'amount', selector: selectorOf(select), value: element.options[index]!.value });
        done.add('amount');
        return;
      }
      report.refused.push({ field: 'amount', selector: selectorOf(select), reason: 'no-matching-option' });
    }
    const tile = findTile(rootsOf(usable, doc), wanted, options.ignore);
    if (tile) {
      targetForms.add(formOf(tile));
      clickTile(tile);
      report.filled.push({ field: 'amount-tile', selector: describeElement(tile), value: (tile.textContent ?? '').replace(/\s+/g, ' ').trim() });
      done.add('amount');
    }
    const box = amountFields.find((field) => field.features.tag === 'input' && field.features.type !== 'radio');
    if (box) {
      const element = box.element as HTMLInputElement;
      // A tile may already have written the amount into the box.
      if (tile && textStatesAmount(element.value, wanted)) return;
      writeText(box, amountInputText(minor, digits, { ...box.features, value: element.defaultValue }), 'amount');
    }
  }

  const wanted: WantedField[] = ['phone', ...(payload.amountMinor !== null ? (['amount'] as const) : []), ...(payload.email ? (['email'] as const) : [])];
  report.notFound = wanted.filter((want) => !done.has(want));
  return report;
}
