import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../utils/autofill/dom-fields';

/** Feature extraction from small hand-written forms (happy-dom; no layout, so no visibility here). */
function fieldsOf(html: string) {
  document.body.innerHTML = html;
  return collectFields(document).fields;
}

describe('collectFields', () => {
  it('reads every label[for] of a control, and only its own', () => {
    const [phone, email] = fieldsOf(`
      <label for="m">Mobile</label><label for="m">number</label><label for="e">E-mail</label>
      <input id="m"><input id="e">`);
    expect(phone!.features.label).toBe('Mobile number');
    expect(email!.features.label).toBe('E-mail');
  });

  it('marks a form with one password and at most two text boxes as a sign-in form', () => {
    const login = fieldsOf(`<form><input name="user"><input type="tel" name="phone"><input type="password"></form>`);
    expect(login.every((field) => field.features.inLoginForm)).toBe(true);
    const signup = fieldsOf(`<form><input name="first"><input name="last"><input type="tel" name="phone"><input type="password"></form>`);
    expect(signup.some((field) => field.features.inLoginForm)).toBe(false);
    // Checkboxes do not count as text boxes, however many there are.
    const withBoxes = fieldsOf(`<form><input type="tel" name="phone">${'<input type="checkbox">'.repeat(50)}<input type="password"></form>`);
    expect(withBoxes[0]!.features.inLoginForm).toBe(true);
  });

  it('keeps document indexes over all controls, hidden inputs and passwords included', () => {
    const fields = fieldsOf(`<input type="hidden"><input type="password"><input name="a"><select name="b"><option>x</option></select>`);
    expect(fields.map((field) => field.documentIndex)).toEqual([2, 3]);
  });
});
