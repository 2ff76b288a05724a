import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldProblem } from '../../utils/domain/line-form';
import { problemText } from './problem-text';

/**
 * The state every options form shares: its values as typed, which fields the user has left, and
 * whether a save was tried. A problem shows beside its field once the field was left or a save was
 * tried, so nobody is scolded while still typing. A refused save moves focus to the form's first
 * invalid control (pass `formRef` as the form's ref): its message is tied to it by aria-describedby,
 * so the refusal is heard, not only seen.
 */
export function useCheckedForm<Form extends object>(initial: () => Form) {
  const [form, setForm] = useState<Form>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After the render that marks the problems (aria-invalid), not before.
  useLayoutEffect(() => {
    if (refusals > 0) focusFirstInvalid(formRef.current);
  }, [refusals]);

  /** The message to show for `field`, if any, given the form's current problems. */
  const shownFor =
    <Field extends string>(problems: Partial<Record<Field, FieldProblem>>) =>
    (field: Field): string | undefined => {
      const problem = problems[field];
      return problem && (submitted || touched.has(field)) ? problemText(problem) : undefined;
    };

  const markTouched = (field: string) => setTouched((current) => new Set(current).add(field));

  /** Props for a text-like control bound to a string field of the form. */
  const bind = (field: keyof Form & string) => ({
    value: form[field] as unknown as string,
    onInput: (event: Event) => setForm((current) => ({ ...current, [field]: (event.currentTarget as HTMLInputElement).value })),
    onChange: () => markTouched(field),
  });

  /** A save was tried: every problem shows. `refused`: the form was not saved, so focus goes to its first problem. */
  const markSubmitted = (refused = false) => {
    setSubmitted(true);
    if (refused) setRefusals((count) => count + 1);
  };

  return { form, setForm, formRef, submitted, markSubmitted, markTouched, shownFor, bind };
}

/** Focuses the first control of `form` marked invalid (aria-invalid="true"), if any. */
export function focusFirstInvalid(form: Element | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
