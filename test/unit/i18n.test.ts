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

  it('are translated: every Chinese entry has Chinese in it (or is a name or symbol)', () => {
    const untranslated = Object.entries(chinese).filter(([key, entry]) => !/[\u3000-\u9fff\uff00-\uffef]/.test(entry.message) && entry.message === english[key]!.message);
    // Names and marks that read the same in both languages.
    const sameInBoth = new Set(['opt_kind_esim', 'opt_pm_type_paypal']);
    expect(untranslated.map(([key]) => key).filter((key) => !sameInBoth.has(key))).toEqual([]);
  });
});
