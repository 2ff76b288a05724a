import type { FieldFeatures } from './features';
import {
  AMOUNT_WORDS,
  AREA_CODE_WORDS,
  CARD_CONTEXT,
  CARD_WORDS,
  CONVERTER_CONTEXT,
  COUNTRY_CODE_WORDS,
  COUNTRY_NAME_WORDS,
  EMAIL_WORDS,
  NOT_AMOUNT_WORDS,
  NOT_EMAIL_WORDS,
  NOT_PHONE_WORDS,
  OTHER_NUMBER_WORDS,
  PHONE_WORDS,
  normalizeText,
} from './lexicon';
import { readMoneyText } from './money-text';

/** Why a field is never written, whatever else it looks like. */
export type Exclusion = 'card' | 'password' | 'one-time-code' | 'extension' | 'other-type';

export interface FieldScores {
  phone: number;
  email: number;
  amount: number;
  countryCode: number;
  areaCode: number;
  /** A `<select>` whose options are mostly dial codes (+44, +852). */
  dialCodeOptions: boolean;
  /** A `<select>` or radio whose options read as money. */
  moneyOptions: boolean;
  excluded: Exclusion | null;
}

/** Scores at or above this make a role. */
export const THRESHOLD = 0.6;

const TEXT_TYPES = new Set(['text', 'tel', 'email', 'number', 'search', '']);
/** Weight of each kind of evidence: what the user reads beats attribute names beats neighbouring text. */
const WEIGHT = { human: 1, attributes: 0.9, nearby: 0.7 } as const;

interface Texts {
  human: string;
  attributes: string;
  nearby: string;
}

/** "Mobile No. (a one-time password will be sent)": a parenthetical is a note, not the field's name. */
const withoutNotes = (text: string) => text.replace(/\([^)]*\)|（[^）]*）/g, ' ');

function textsOf(field: FieldFeatures): Texts {
  return {
    human: normalizeText(withoutNotes(`${field.label} ${field.placeholder} ${field.ariaLabel}`)),
    attributes: normalizeText(`${field.name} ${field.id}`),
    nearby: normalizeText(field.nearby),
  };
}

/** What the field itself says, to people and in its attributes (not the text around it). */
const ownTextOf = (texts: Texts) => `${texts.human} ${texts.attributes}`;

/**
 * The best weight among the texts that name `words` and none of the `not` words. The `not` lists
 * are tested only where a word matched: each regex is compiled on its first use in the page, and
 * most fields name nothing at all.
 */
function weighted(texts: Texts, words: RegExp, ...not: RegExp[]): number {
  let best = 0;
  for (const source of ['human', 'attributes', 'nearby'] as const) {
    const text = texts[source];
    if (text === '' || !words.test(text)) continue;
    if (not.some((notWords) => notWords.test(text))) continue;
    best = Math.max(best, WEIGHT[source]);
    if (best === 1) break;
  }
  return best;
}

/**
 * A dial code as people read it: "+44", "United Kingdom (+44)", "0044". Bare numbers do not count:
 * months (1-12), days and years are bare numbers too; a select labelled "country code" with bare
 * numbers is still found by its label (assign.ts).
 */
const DIAL_CODE = /(^|[^\d])\+\s?\d{1,4}([^\d]|$)|^00\d{1,4}$/;

function dialCodeShare(field: FieldFeatures): number {
  const options = field.options.filter((option) => option.text.trim() !== '' || option.value.trim() !== '');
  if (options.length < 2) return 0;
  const dial = options.filter((option) => DIAL_CODE.test(option.text.trim()) || DIAL_CODE.test(option.value.trim())).length;
  return dial / options.length;
}

function moneyOptionShare(field: FieldFeatures): { share: number; marked: number } {
  const options = field.options.filter((option) => option.text.trim() !== '');
  if (options.length < 2) return { share: 0, marked: 0 };
  let money = 0;
  let marked = 0;
  let other = 0;
  for (const option of options) {
    // Long lists (countries, years) are settled early: past 40% non-money options the share cannot reach 0.6.
    if (other > options.length * 0.4) break;
    const read = readMoneyText(option.text) ?? readMoneyText(option.value);
    if (read && read.value > 0) {
      money += 1;
      if (read.marked) marked += 1;
    } else other += 1;
  }
  return { share: money / options.length, marked };
}

function exclusionOf(field: FieldFeatures, texts: Texts): Exclusion | null {
  if (field.type === 'password') return 'password';
  if (field.autocomplete.includes('cc-') || field.autocomplete.includes('one-time-code')) return field.autocomplete.includes('cc-') ? 'card' : 'one-time-code';
  if (field.autocomplete.includes('tel-extension')) return 'extension';
  if (CARD_WORDS.test(texts.human)) return 'card';
  // A billing phone inside a card section (`CreditCardInformation.BillingPhone`) is named for people
  // by its label; attribute names alone mark a card field only when the label says nothing else.
  if (CARD_WORDS.test(texts.attributes) && !PHONE_WORDS.test(texts.human) && !COUNTRY_CODE_WORDS.test(texts.human) && !EMAIL_WORDS.test(texts.human)) return 'card';
  if (field.tag === 'textarea') return 'other-type';
  if (field.tag === 'input' && !TEXT_TYPES.has(field.type) && field.type !== 'radio') return 'other-type';
  return null;
}

/** Words of a number's code parts: "country code" or "Vorwahl" is part of a number, a bare "code" is not. */
const CODE_PART_WORDS = new RegExp(`${COUNTRY_CODE_WORDS.source}|${AREA_CODE_WORDS.source}`, 'g');

/** Whether CODE_PART_WORDS would match, by the two lists it joins (compiled anyway for the scores). */
const namesCode = (text: string) => COUNTRY_CODE_WORDS.test(text) || AREA_CODE_WORDS.test(text);

/** Text without its code-part words; only texts that name one pay for the joined regex. */
const withoutCodeWords = (text: string) => (text !== '' && namesCode(text) ? text.replace(CODE_PART_WORDS, ' ') : text);
/** Words that say a box holds a (national) number even when it mentions a code: "Phone number with area code", "Handynummer ohne Vorwahl". */
const WHOLE_NUMBER_WORDS = /\b(number|no|num|nr|\w*nummer|numero|with|incl|including|mit|con|avec|com|without|ohne|sin|sans|sem)\b|号码|號碼/;

/**
 * A box that names a country code or an area code as its own content ("Country code", `phone.country`,
 * "Area" with maxlength 4) is one part of a number, never the whole number.
 */
function namesCodePart(field: FieldFeatures, texts: Texts): boolean {
  const own = ownTextOf(texts);
  if (!namesCode(own)) return false;
  if (field.maxLength !== null && field.maxLength <= 6) return true;
  return !WHOLE_NUMBER_WORDS.test(own.replace(CODE_PART_WORDS, ' '));
}

/**
 * "Country/Region" (aria-label "Country/Region Mobile"): a type-ahead country picker beside a mobile
 * number names a country, and no number, once code phrases are cut out ("country code + phone" keeps
 * its phone). type=tel still says number.
 */
function namesCountry(field: FieldFeatures, humanWithoutCodes: string): boolean {
  return field.type !== 'tel' && COUNTRY_NAME_WORDS.test(humanWithoutCodes) && !WHOLE_NUMBER_WORDS.test(humanWithoutCodes);
}

/** Everything the role assignment needs to know about one field on its own. */
export function scoreField(field: FieldFeatures): FieldScores {
  const texts = textsOf(field);
  const scores: FieldScores = { phone: 0, email: 0, amount: 0, countryCode: 0, areaCode: 0, dialCodeOptions: false, moneyOptions: false, excluded: exclusionOf(field, texts) };
  if (scores.excluded) return scores;
  const tokens = field.autocomplete.split(/\s+/);
  const isSelect = field.tag === 'select';
  const isRadio = field.type === 'radio';

  // Phone: autocomplete and type first, then words; "country code" is part of a number, a bare "code" is not.
  const phoneTexts: Texts = {
    human: withoutCodeWords(texts.human),
    attributes: withoutCodeWords(texts.attributes),
    nearby: withoutCodeWords(texts.nearby),
  };
  // Section names in attributes (`CreditCardInformation.BillingPhoneNumber`) do not veto a field
  // whose label names a phone; the label is what the user reads.
  const labelSaysPhone = PHONE_WORDS.test(phoneTexts.human);
  const attributeText = labelSaysPhone ? phoneTexts.attributes.replace(/\bcards?\b/g, ' ') : phoneTexts.attributes;
  const ownText = `${phoneTexts.human} ${attributeText}`;
  const notPhone = NOT_PHONE_WORDS.test(ownText);
  if (!isRadio) {
    if (tokens.some((token) => token.startsWith('tel'))) scores.phone = 1;
    else if (!notPhone && !namesCodePart(field, texts) && !namesCountry(field, phoneTexts.human)) {
      // type=tel is a keypad hint: a label naming another number ("Membership number") wins.
      if (field.type === 'tel' && !(OTHER_NUMBER_WORDS.test(texts.human) && !labelSaysPhone)) scores.phone = 0.9;
      // "Email or mobile number" is an account identifier that takes either: not a phone box. Only
      // for text people read: ids often chain words (`contact-email-phone`).
      scores.phone = Math.max(scores.phone, weighted({ ...phoneTexts, attributes: '' }, PHONE_WORDS, NOT_PHONE_WORDS, EMAIL_WORDS), weighted({ ...phoneTexts, human: '', nearby: '' }, PHONE_WORDS, NOT_PHONE_WORDS));
      if (isSelect) scores.phone = 0;
    }
    if (notPhone && /\b(ext(ension)?|durchwahl|nebenstelle|poste|ramal|anexo)\b|分[机機]/.test(ownText)) scores.excluded = 'extension';
    else if (!isSelect && notPhone && /\b(otp|verif\w*|\w*code|codigo|kode|pin|captcha)\b|[验驗][证證][码碼]/.test(ownText) && !tokens.some((token) => token.startsWith('tel'))) {
      // One-time codes are typed; a select of codes is a dial-code list at most.
      scores.excluded = 'one-time-code';
      return scores;
    }
    scores.countryCode = tokens.includes('tel-country-code') ? 1 : weighted(texts, COUNTRY_CODE_WORDS);
    scores.areaCode = tokens.includes('tel-area-code') ? 1 : weighted(texts, AREA_CODE_WORDS);
    if (isSelect) scores.dialCodeOptions = !notPhone && dialCodeShare(field) >= 0.6;
  }

  // E-mail.
  if (!isSelect && !isRadio) {
    if (tokens.includes('email') || field.type === 'email') scores.email = 1;
    else {
      const email = weighted(texts, EMAIL_WORDS, NOT_EMAIL_WORDS);
      scores.email = email > 0 && NOT_EMAIL_WORDS.test(ownTextOf(texts)) ? 0 : email;
    }
  }

  // Amount: strong words, never in a converter, a card section or beside a refusal word. The bars
  // are read only for a field that would otherwise be an amount (see weighted).
  if (field.type !== 'tel' && field.type !== 'email') {
    // The page's own autocomplete token outranks any wording.
    let amount = tokens.includes('transaction-amount') ? 1.2 : weighted(texts, AMOUNT_WORDS, NOT_AMOUNT_WORDS);
    let moneyOptions = false;
    if (isSelect || isRadio) {
      // A dial-code list reads as numbers but is never money.
      const money = isRadio ? moneyOfRadio(field) : scores.dialCodeOptions ? { share: 0, marked: 0 } : moneyOptionShare(field);
      moneyOptions = money.share >= 0.6 && (money.marked > 0 || amount >= THRESHOLD);
      amount = moneyOptions ? Math.max(amount, money.marked > 0 ? 0.9 : amount) : 0;
    }
    if (amount > 0 && !amountBarred(field, texts)) {
      scores.amount = amount;
      scores.moneyOptions = moneyOptions;
    }
  }
  return scores;
}

function amountBarred(field: FieldFeatures, texts: Texts): boolean {
  const context = normalizeText(field.context);
  const own = ownTextOf(texts);
  return CONVERTER_CONTEXT.test(context) || CARD_CONTEXT.test(context) || NOT_AMOUNT_WORDS.test(own) || CONVERTER_CONTEXT.test(own);
}

function moneyOfRadio(field: FieldFeatures): { share: number; marked: number } {
  const read = readMoneyText(field.label) ?? readMoneyText(field.options[0]?.value ?? '');
  if (!read || read.value <= 0) return { share: 0, marked: 0 };
  return { share: 1, marked: read.marked ? 1 : 0 };
}
