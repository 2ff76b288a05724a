import { describe, expect, it, vi } from 'vitest';
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

  it('reads a frame under our own overlay as visible, and one under anything else as hidden', () => {
    // A <frame> made by script: happy-dom tries (and fails, loudly) to load an <iframe>'s page.
    document.body.innerHTML = `<div id="overlay"></div>`;
    const frame = document.body.insertBefore(document.createElement('frame'), document.body.firstChild);
    frame.id = 'form-frame';
    const overlay = document.getElementById('overlay')!;
    // Layout the way Chromium would report it: a visible 300x100 frame whose centre the overlay covers.
    Object.assign(frame, { checkVisibility: () => true, getBoundingClientRect: () => ({ left: 10, top: 10, right: 310, bottom: 110, width: 300, height: 100 }) });
    const elementFromPoint = vi.spyOn(document, 'elementFromPoint').mockReturnValue(overlay);
    try {
      expect(collectFields(document).skippedFrames).toEqual([{ selector: 'frame#form-frame', reason: 'hidden' }]);
      expect(collectFields(document, overlay).skippedFrames.map((skipped) => skipped.reason)).not.toContain('hidden');
    } finally {
      elementFromPoint.mockRestore();
    }
  });

  it('passes over exactly the inputs that are never candidates, whatever the case of their type', () => {
    // Every input type, some in odd case, and values the browser reads as "text".
    const types = ['hidden', 'PASSWORD', 'Checkbox', 'submit', 'button', 'image', 'reset', 'file', 'range', 'color', 'date', 'datetime-local', 'month', 'week', 'time', 'text', 'TEL', 'email', 'number', 'search', 'url', 'radio', 'bogus', ' checkbox', ''];
    const fields = fieldsOf(types.map((type, index) => `<input type="${type}" name="f${index}">`).join('') + '<select name="s"><option>x</option></select>');
    const candidates = types.flatMap((type, index) => (['text', 'tel', 'email', 'number', 'search', 'url', 'radio', 'bogus', ' checkbox', ''].includes(type.toLowerCase()) ? [`f${index}`] : []));
    expect(fields.map((field) => field.features.name)).toEqual([...candidates, 's']);
  });
});
