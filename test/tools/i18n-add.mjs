#!/usr/bin/env node
// Adds or updates UI strings in both catalogs at once:
//   node test/tools/i18n-add.mjs strings.json
// where strings.json is {"key": {"en": "...", "zh_CN": "...", "placeholders"?: {...}}, ...}.
// Reads and writes each catalog in one step, so parallel edits by different people do not clobber.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const lang of ['en', 'zh_CN']) {
  const path = `public/_locales/${lang}/messages.json`;
  const catalog = JSON.parse(readFileSync(path, 'utf8'));
  for (const [key, entry] of Object.entries(input)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad message key: ${key}`);
    if (typeof entry[lang] !== 'string') throw new Error(`${key}: missing ${lang}`);
    catalog[key] = { message: entry[lang], ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) };
  }
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(`${path}.tmp`, JSON.stringify(sorted, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
}
console.log(`added ${Object.keys(input).length} strings`);
