/**
 * Words that name a field, in English, Simplified and Traditional Chinese, Spanish, German, French,
 * Portuguese and Filipino. Matched against normalized text (see normalizeText): lower case, words
 * split on punctuation and camelCase, so `\b` works for Latin scripts; CJK terms need no boundaries.
 */

/** `phoneNumber`, `phone_number`, `Phone-Number:` all become `phone number`. */
export function normalizeText(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_\-.:;,/\\|[\](){}*#?!"'“”«»<>=+]+/g, ' ')
    .trim();
}

export const PHONE_WORDS =
  /\b(phone|phones|telephone|tel|tele|telno|mobile|mobil|mobiel|cell|cellphone|cellular|handy|handynummer|telefon|telefonnummer|mobilnummer|rufnummer|telefono|teléfono|telefone|telefoon|téléphone|portable|movil|móvil|celular|telemovel|telemóvel|msisdn|telepono|selpon|cp no|contact number|contact no|phonenumber|mobileno|mobilephone|tfno)\b|手机|手機|电话|電話|移动号码|流動電話|手提電話|行動電話|联系电话|聯絡電話|充值号码|充值號碼|储值号码|儲值號碼|号码|號碼/;

/** Words that make a phone-looking field something else: fax, codes, extensions, cards. */
export const NOT_PHONE_WORDS =
  /\b(fax|otp|one time|confirmation code|sms code|security code|passcode|pin|captcha|ext|extension|durchwahl|nebenstelle|extensión|extension number|poste|ramal|anexo|code|código|codigo|kode|card|iban|zip|postal|vat|id number|passport|birth|qq)\b|验证码|驗證碼|校验码|動態密碼|动态密码|分机|分機|卡号|卡號|身份证|身分證/;

/** Words that name some other number: a type=tel box labelled so is not a phone (type=tel is only a keypad hint). */
export const OTHER_NUMBER_WORDS = /\b(membership|member|account|customer|order|reference|booking|ticket|loyalty|policy|invoice|tracking|passport|id)\b|会员|會員|账号|帳號|订单|訂單/;

/** Code words that are part of a phone number, not a one-time code. */
export const PHONE_CODE_PHRASES =
  /\b(country code|country region code|region code|dial code|dialing code|dialling code|calling code|phone code|area code|areacode|country calling code|isd code|código de país|codigo de pais|código do país|codigo do pais|código de área|codigo de area|código de area|indicatif|code pays|ländercode|landesvorwahl|ländervorwahl|vorwahl|lada|area)\b/g;

export const COUNTRY_CODE_WORDS =
  /\b(country code|country region code|dial code|dialing code|dialling code|calling code|country calling code|phone code|phone prefix|phone country|tel country|country prefix|isd|isd code|intl code|idd|dial|prefix|código de país|codigo de pais|código do país|codigo do pais|prefijo|indicatif|indicatif pays|code pays|ländervorwahl|landesvorwahl|ländercode|country dial)\b|国家代码|国家区号|国际区号|國家代碼|國碼|国码|區碼/;

export const AREA_CODE_WORDS = /\b(area code|areacode|area|vorwahl|lada|código de área|codigo de area|código de area|indicatif régional|std code|city code)\b|区号|區號/;

export const EMAIL_WORDS =
  /\b(e ?mail|email address|e mail address|mail|correo|correo electrónico|correo electronico|courriel|adresse e mail|adresse électronique|endereço de e mail|endereco de e mail|mailadresse|emailadresse|emailaddress)\b|邮箱|郵箱|电邮|電郵|邮件|郵件|电子邮件|電子郵件|電子信箱|电子信箱/;

export const NOT_EMAIL_WORDS = /\b(password|passwort|contraseña|mot de passe|senha|subject|message|newsletter)\b|密码|密碼/;

/** Strong words for a top-up amount. */
export const AMOUNT_WORDS =
  /\b(amount|amt|top ?up|topup|top up amount|recharge|recharge amount|reload|load amount|denomination|monto|importe|cantidad a recargar|recarga|valor da recarga|valor|quantia|betrag|aufladebetrag|aufladen|guthaben|montant|montant de la recharge|halaga|halaga ng load|load|donation amount|price|your price|sum)\b|金额|金額|充值|儲值|增值|面额|面額|面值|充值金额|儲值金額|增值金額/;

/** Amount-like fields a top-up must never fill: converters, quantities, other payments, codes. */
export const NOT_AMOUNT_WORDS =
  /\b(convert|converter|conversion|exchange|rate|from amount|to amount|calculator|rechner|kurs|kurz|quantity|qty|menge|cantidad de productos|zip|postal|discount|coupon|promo|voucher|gift|card|cards|split|installment|instalment|refund amount|min|max|minimum|maximum|balance due|tax)\b|汇率|匯率|换算|換算|数量|數量/;

/** Payment-card fields: never written, never counted as anything else. */
export const CARD_WORDS =
  /\b(card number|card no|cardnumber|card num|cc number|cc num|ccnum|ccno|credit card|debit card|card details|cvc|cvv|cvv2|cvn|csc|cid|card code|card security|security code|card verification|expiry|expiration|expires|exp|exp date|exp month|exp year|valid thru|mm yy|mmyy|name on card|card holder|cardholder|card name|kartennummer|karteninhaber|prüfnummer|gültig bis|numéro de carte|titulaire de la carte|cryptogramme|date d expiration|número de tarjeta|numero de tarjeta|tarjeta|titular de la tarjeta|vencimiento|número do cartão|numero do cartao|cartão|validade|pan)\b|信用卡|银行卡|銀行卡|卡号|卡號|有效期|安全码|安全碼|持卡人/;

/** Form identities that mean a currency converter or calculator, not a payment. */
export const CONVERTER_CONTEXT = /\b(exchange|converter|convert|calculator|rechner|kalkula\w*|směn\w*|wechsel\w*|cambio|conversion)\b/;

/** Card sections (ids like `creditCard.cardInputs`): amounts there split a payment across cards. */
export const CARD_CONTEXT = /\b(credit card|card inputs|card input|cards|card payment|gift card|giftcard|payment card)\b/;

/** Text of a currency: symbols and the ISO codes a recharge page shows. */
export const CURRENCY_MARK = /[$£€¥₱₩₹₫฿₦₽元円圓]|\b(hk\$|nt\$|s\$|a\$|c\$|us\$|rm|php|usd|gbp|eur|hkd|cny|rmb|twd|sgd|myr|jpy|krw|inr|aud|cad|mxn|brl|chf|peso|pesos|dollars?|euros?|pounds?|yuan|reais|real|rupees?)\b|块|塊|港币|港幣|人民币|人民幣|新台币|新臺幣|欧元|歐元|英镑|英鎊/i;
