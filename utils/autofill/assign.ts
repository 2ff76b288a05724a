import { PHONE_ROLES, type FieldFeatures, type FieldRole } from './features';
import { scoreField, THRESHOLD, type FieldScores } from './score';

/**
 * Gives each field of a page at most one role, looking at fields together: a dial-code control
 * before a number, a number split over several boxes ("( 415 ) 555 - 0123"), one amount control.
 * Pure: fields come in document order.
 */
export interface Assignment {
  roles: (FieldRole | null)[];
  scores: FieldScores[];
}

const SPLIT_PART_MAX_LENGTH = 5;

function explicitPhoneRole(field: FieldFeatures): FieldRole | null {
  for (const token of field.autocomplete.split(/\s+/)) if ((PHONE_ROLES as readonly string[]).includes(token)) return token as FieldRole;
  return null;
}

function isCountryCodeControl(field: FieldFeatures, scores: FieldScores): boolean {
  if (scores.excluded) return false;
  if (field.tag === 'select') return scores.dialCodeOptions || (scores.countryCode >= THRESHOLD && field.options.some((option) => /\d/.test(option.text)));
  return scores.countryCode >= THRESHOLD && (field.maxLength === null || field.maxLength <= 6);
}

function isAreaCodeBox(field: FieldFeatures, scores: FieldScores): boolean {
  return field.tag === 'input' && !scores.excluded && scores.areaCode >= THRESHOLD && scores.phone < THRESHOLD;
}

/** A field that may continue a split number: short, joined by punctuation only, not an extension. */
function continuesSplit(field: FieldFeatures, scores: FieldScores): boolean {
  return field.joinedToPrevious && !scores.excluded && field.tag === 'input' && field.type !== 'radio' && field.maxLength !== null && field.maxLength <= SPLIT_PART_MAX_LENGTH && scores.email < THRESHOLD;
}

function splitRoles(parts: FieldFeatures[], firstIsCountryCode: boolean): FieldRole[] {
  const count = parts.length;
  if (firstIsCountryCode) {
    if (count === 2) return ['tel-country-code', 'tel-national'];
    if (count === 3) return ['tel-country-code', 'tel-area-code', 'tel-local'];
    return ['tel-country-code', 'tel-area-code', 'tel-local-prefix', 'tel-local-suffix'];
  }
  if (count === 2) return ['tel-area-code', 'tel-local'];
  return ['tel-area-code', 'tel-local-prefix', 'tel-local-suffix'];
}

export function assignRoles(fields: readonly FieldFeatures[]): Assignment {
  const scores = fields.map(scoreField);
  const roles: (FieldRole | null)[] = fields.map(() => null);

  for (let index = 0; index < fields.length; index += 1) {
    const field = fields[index]!;
    const score = scores[index]!;
    if (score.excluded || roles[index] !== null || field.inLoginForm) continue;
    const explicit = explicitPhoneRole(field);
    if (explicit) {
      roles[index] = explicit;
      continue;
    }
    const startsNumber = score.phone >= THRESHOLD || (score.areaCode >= THRESHOLD && field.tag === 'input');
    if (!startsNumber && !(isCountryCodeControl(field, score) && index + 1 < fields.length)) continue;

    // The run of boxes that make one number.
    let end = index + 1;
    while (end < fields.length && end - index < 4 && continuesSplit(fields[end]!, scores[end]!)) end += 1;
    let parts = fields.slice(index, end);
    const firstIsCountryCode = isCountryCodeControl(field, score) || (parts.length >= 3 && (field.maxLength ?? 9) <= 2) || parts.length === 4;
    if (!startsNumber && parts.length === 1) {
      // A country-code control alone: it belongs to the phone field right after it. An area-code box
      // in between is left empty when the number box can hold the whole national number: splitting
      // off an area code needs the numbering plan, and many countries have none.
      let next = index + 1;
      const between = fields[next]!;
      const after = fields[next + 1];
      if (isAreaCodeBox(between, scores[next]!) && after && (after.maxLength === null || after.maxLength >= 8)) next += 1;
      if (scores[next]!.phone >= THRESHOLD && !scores[next]!.excluded && !fields[next]!.inLoginForm && fields[next]!.tag === 'input') {
        roles[index] = 'tel-country-code';
        roles[next] = explicitPhoneRole(fields[next]!) ?? 'tel-national';
        index = next;
      }
      continue;
    }
    if (parts.length === 1) {
      // "Area code: [ ]  Phone: [ ]".
      const next = fields[index + 1];
      const nextScore = scores[index + 1];
      if (score.areaCode >= THRESHOLD && score.phone < THRESHOLD && next && nextScore && nextScore.phone >= THRESHOLD && !nextScore.excluded) {
        roles[index] = 'tel-area-code';
        roles[index + 1] = 'tel-local';
        index += 1;
        continue;
      }
      if (score.phone < THRESHOLD || field.tag === 'select') continue;
      roles[index] = 'tel';
      continue;
    }
    parts = parts.slice(0, 4);
    const partRoles = splitRoles(parts, firstIsCountryCode);
    partRoles.forEach((role, offset) => (roles[index + offset] = role));
    index += partRoles.length - 1;
  }

  // E-mail: every field that is clearly one (a "confirm e-mail" box too); a phone role wins a tie
  // only for type=tel.
  fields.forEach((field, index) => {
    const score = scores[index]!;
    if (score.excluded || field.inLoginForm || score.email < THRESHOLD) return;
    if (roles[index] !== null && !(field.type === 'email' || score.email > score.phone)) return;
    if (roles[index] === null && score.phone >= THRESHOLD && score.phone >= score.email && field.type !== 'email') return;
    roles[index] = 'email';
  });

  // Amount: the one best control (a radio group counts as one).
  let best = -1;
  fields.forEach((field, index) => {
    const score = scores[index]!;
    if (score.excluded || roles[index] !== null || field.inLoginForm || score.amount < THRESHOLD) return;
    if (field.tag === 'input' && field.type !== 'radio' && field.type !== 'number' && field.type !== 'text' && field.type !== '') return;
    if (best === -1 || score.amount > scores[best]!.amount) best = index;
  });
  if (best !== -1) {
    const group = fields[best]!.radioGroup;
    if (fields[best]!.type === 'radio' && group !== '') {
      fields.forEach((field, index) => {
        if (field.type === 'radio' && field.radioGroup === group && !scores[index]!.excluded && roles[index] === null) roles[index] = 'amount';
      });
    } else roles[best] = 'amount';
  }
  return { roles, scores };
}
