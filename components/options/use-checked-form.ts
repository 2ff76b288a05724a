import { useState } from 'preact/hooks';
import type { FieldProblem } from '../../utils/domain/line-form';
import { problemText } from './problem-text';

/**
 * The state every options form shares: its values as typed, which fields the user has left, and
 * whether a save was tried. A problem shows beside its field once the field was left or a save was
 * tried, so nobody is scolded while still typing.
 */
export function useCheckedForm<Form extends object>(initial: () => Form) {
  const [form, setForm] = useState<Form>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

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

  return { form, setForm, submitted, markSubmitted: () => setSubmitted(true), markTouched, shownFor, bind };
}
