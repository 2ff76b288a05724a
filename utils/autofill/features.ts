/**
 * What the detector knows about one form control, extracted from the DOM (dom-fields.ts) as plain
 * data so that scoring (score.ts, assign.ts) is pure and unit-tested without a browser.
 */
export type FieldRole =
  | 'tel'
  | 'tel-national'
  | 'tel-country-code'
  | 'tel-area-code'
  | 'tel-local'
  | 'tel-local-prefix'
  | 'tel-local-suffix'
  | 'email'
  | 'amount';

export const PHONE_ROLES: readonly FieldRole[] = ['tel', 'tel-national', 'tel-country-code', 'tel-area-code', 'tel-local', 'tel-local-prefix', 'tel-local-suffix'];

export interface OptionFeatures {
  value: string;
  text: string;
}

export interface FieldFeatures {
  tag: 'input' | 'select' | 'textarea';
  /** Lower-cased input type (`text` for select/textarea). */
  type: string;
  /** Lower-cased autocomplete attribute. */
  autocomplete: string;
  name: string;
  id: string;
  placeholder: string;
  ariaLabel: string;
  /** Text of the field's labels: label[for], a wrapping label, aria-labelledby. */
  label: string;
  /** Short text just before the field in the document (e.g. "Phone:" or "(" in a split number). */
  nearby: string;
  /** Identity of the surrounding form/section (ids, names, form action): tells a card or converter section. */
  context: string;
  maxLength: number | null;
  pattern: string;
  inputMode: string;
  step: string;
  /** `<select>` options (values and texts), empty otherwise. */
  options: OptionFeatures[];
  /** For a radio: its group name. */
  radioGroup: string;
  /** True when only punctuation separates this field from the previous one (a split phone number). */
  joinedToPrevious: boolean;
  /** True when the field sits in a form that holds a password and almost nothing else: a login form. */
  inLoginForm: boolean;
}

/** A field with every text attribute empty: a base for tests and extraction. */
export function emptyFeatures(overrides: Partial<FieldFeatures> = {}): FieldFeatures {
  return {
    tag: 'input',
    type: 'text',
    autocomplete: '',
    name: '',
    id: '',
    placeholder: '',
    ariaLabel: '',
    label: '',
    nearby: '',
    context: '',
    maxLength: null,
    pattern: '',
    inputMode: '',
    step: '',
    options: [],
    radioGroup: '',
    joinedToPrevious: false,
    inLoginForm: false,
    ...overrides,
  };
}
