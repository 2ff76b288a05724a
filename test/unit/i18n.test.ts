import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const english = en as Catalog;
const chinese = zh as Catalog;
const substitutions = (text: string) => [...text.matchAll(/\$(\d)/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  it('exist in English and Simplified Chinese alike', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('take the same substitutions in both languages', () => {
    for (const key of Object.keys(english)) expect(substitutions(chinese[key]!.message), key).toEqual(substitutions(english[key]!.message));
  });

  it('define every named placeholder they use ($NAME$), with the same contents in both languages', () => {
    const named = (entry: Catalog[string]) => [...entry.message.matchAll(/\$([A-Za-z_]\w*)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
    const contents = (entry: Catalog[string]) => Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), (value as { content: string }).content]));
    for (const [key, entry] of Object.entries(english)) {
      const other = chinese[key]!;
      for (const [catalog, each] of [['en', entry], ['zh_CN', other]] as const) {
        for (const name of named(each)) expect(contents(each), `${catalog} ${key}: $${name}$ is not defined`).toHaveProperty(name);
      }
      expect(new Set(named(other)), key).toEqual(new Set(named(entry)));
      expect(contents(other), key).toEqual(contents(entry));
    }
  });

  it('are translated: every Chinese entry has Chinese in it (or is a name or symbol)', () => {
    const untranslated = Object.entries(chinese).filter(([key, entry]) => !/[\u3000-\u9fff\uff00-\uffef]/.test(entry.message) && entry.message === english[key]!.message);
    // Names and marks that read the same in both languages.
    const sameInBoth = new Set(['opt_kind_esim', 'opt_pm_type_paypal']);
    expect(untranslated.map(([key]) => key).filter((key) => !sameInBoth.has(key))).toEqual([]);
  });

  it('name one action the same wherever it appears: a notification\'s snooze button and the popup\'s', () => {
    for (const catalog of [english, chinese]) expect(catalog.rem_button_snooze!.message).toBe(catalog.popup_snooze_hour!.message);
  });
});
