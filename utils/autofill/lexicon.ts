/**
 * Words that name a field, in English, Simplified and Traditional Chinese, Spanish, German, French,
 * Portuguese and Filipino. Matched against normalized text (see normalizeText): lower case, words
 * split on punctuation and camelCase, so `\b` works for Latin scripts; CJK terms need no boundaries.
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** `phoneNumber`, `phone_number`, `Phone-Number:` all become `phone number`; `Teléfono` becomes `telefono`. */
export function normalizeText(text: string): string {
  const lower = text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  // Accents folded away ("teléfono" -> "telefono"), so the word lists need one spelling each. ASCII
  // text skips it: the first normalize() in a page loads Unicode tables (about half a millisecond).
  return (NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower)
    .replace(/[\s_\-.:;,/\\|[\](){}*#?!"'“”«»<>=+]+/g, ' ')
    .trim();
}

/** CJK terms match inside longer words, so 号码 covers 充值号码 and 電話 covers 流動電話. */
export const PHONE_WORDS =
  /\b((tele|cell)?phones?(number)?|tel(e|no)?|mobil(e|no|nummer|ephone)?|mobiel|cell(ular)?|handy(nummer)?|telef(on(nummer|o)?|one|oon)|portable|movil|celular|telemovel|msisdn|telepono|selpon|cp no|contact n(umber|o)|rufnummer|tfno)\b|手[机機]|电话|電話|号码|號碼/;

/** Words that make a phone-looking field something else: fax, codes, extensions, cards. */
export const NOT_PHONE_WORDS =
  /\b(fax|otp|one time|passcode|pin|captcha|ext(ension)?|durchwahl|nebenstelle|poste|ramal|anexo|code|codigo|kode|card|iban|zip|postal|vat|id number|passport|birth|qq)\b|[验驗][证證][码碼]|校验码|[動动][態态]密[碼码]|分[机機]|卡[号號]|身[份分][证證]/;

/** Words that name some other number: a type=tel box labelled so is not a phone (type=tel is only a keypad hint). */
export const OTHER_NUMBER_WORDS = /\b(member(ship)?|account|customer|order|reference|booking|ticket|loyalty|policy|invoice|tracking|id)\b|会员|會員|账号|帳號|订单|訂單/;


/** Longer phrases first: they are also cut out of text (score.ts), and "dial code" must go whole, not leave "code". */
export const COUNTRY_CODE_WORDS =
  /\b((country (region |calling )?|region |dial(l?ing)? |calling |phone |intl |isd )code|(phone|tel) country|isd|idd|dial|prefix|prefijo|codigo d[eo] pais|indicatif|code pays|lander(code|vorwahl)|landesvorwahl)\b|国家代码|国家区号|国际区号|國家代碼|國碼|国码|區碼/;

/** A country named as a box's content: a type-ahead country picker beside the number, not the number. */
export const COUNTRY_NAME_WORDS = /\b(country|region|pais|pays)\b|国家|地区|國家|地區/;

export const AREA_CODE_WORDS = /\b(area ?code|area|vorwahl|lada|codigo de area|indicatif regional|(std|city) code)\b|区号|區號/;

export const EMAIL_WORDS =
  /\b(e ?mail|mail|e?mail(address|adresse)|correo|courriel|adresse electronique)\b|[邮郵]箱|[电電][邮郵]|[邮郵]件|[电電]子信箱/;

export const NOT_EMAIL_WORDS = /\b(password|passwort|contrasena|mot de passe|senha|subject|message|newsletter)\b|密码|密碼/;

/** Strong words for a top-up amount. */
export const AMOUNT_WORDS =
  /\b(amount|amt|top ?up|recharge|reload|load|denomination|monto|importe|cantidad a recargar|recarga|valor|quantia|betrag|aufladebetrag|aufladen|guthaben|montant|halaga|price|sum)\b|金[额額]|充值|儲值|增值|面[额額值]/;

/** Amount-like fields a top-up must never fill: converters, quantities, other payments, codes. */
export const NOT_AMOUNT_WORDS =
  /\b(conver(t|ter|sion)|exchange|rate|(from|to|refund) amount|calculator|rechner|kurs|kurz|quantity|qty|menge|cantidad de productos|zip|postal|discount|coupon|promo|voucher|gift|cards?|split|instal?lment|min(imum)?|max(imum)?|balance due|tax|shipping|delivery|postage|(payment|shipping|delivery) (methods?|options?|types?)|versand|envio|livraison|entrega)\b|[汇匯]率|[换換]算|[数數]量|[运運配]送|[运運邮郵]费|[运運邮郵]費|支付方式|付款方式/;

/** Payment-card fields: never written, never counted as anything else. */
export const CARD_WORDS =
  /\b(card ?(number|no|num|details|code|security|verification|holder|name)|cc ?(number|num|no)|(credit|debit) card|cv[cvn]2?|csc|cid|security code|exp(iry|iration|ires)?|valid thru|mm ?yy|name on card|karten(nummer|inhaber)|prufnummer|gultig bis|numero de carte|titulaire de la carte|cryptogramme|tarjeta|vencimiento|cartao|validade|pan)\b|信用卡|[银銀]行卡|卡[号號]|有效期|安全[码碼]|持卡人/;

/** Form identities that mean a currency converter or calculator, not a payment. */
export const CONVERTER_CONTEXT = /\b(exchange|conver(t|ter|sion)|calculator|rechner|kalkula\w*|smen\w*|wechsel\w*|cambio)\b/;

/** Card sections (ids like `creditCard.cardInputs`): amounts there split a payment across cards. */
export const CARD_CONTEXT = /\b(credit card|card inputs?|cards|card payment|gift ?card|payment card)\b/;

/** Text of a currency (币 covers 港币, 人民币, 新台币; 元 covers 欧元): symbols and the ISO codes a recharge page shows. */
export const CURRENCY_MARK = /[$£€¥₱₩₹₫฿₦₽元円圓块塊币幣镑鎊]|\b((hk|nt|s|a|c|us)\$|rm|php|usd|gbp|eur|hkd|cny|rmb|twd|sgd|myr|jpy|krw|inr|aud|cad|mxn|brl|chf|pesos?|dollars?|euros?|pounds?|yuan|rea(is|l)|rupees?)\b/i;
