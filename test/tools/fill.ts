/**
 * `npm run fill -- <page.html|url> --phone <E.164> --amount <n> [--currency <ISO>] [--email <addr>]
 *  [--international] [--dump-dom <out.html>]`
 * Runs the one-click fill (utils/autofill/fill-page.ts, the code the extension injects) on a local
 * file served on loopback, or on a URL, in headless Chromium; prints one JSON report.
 * The payload is built as the worker builds it: PhoneFormats from libphonenumber, amount in minor units.
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAmount } from '../../utils/domain/money';
import { phoneFormats } from '../../utils/domain/phone';
import { buildFillPayload } from '../../utils/autofill/build-payload';
import { bundlePageCode, launchBrowser, openOffline, serveDirectory } from './page-runner';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    phone: { type: 'string' },
    amount: { type: 'string' },
    currency: { type: 'string', default: 'GBP' },
    email: { type: 'string' },
    international: { type: 'boolean', default: false },
    'dump-dom': { type: 'string' },
  },
});
const target = positionals[0];
if (!target || !values.phone) {
  console.error('usage: npm run fill -- <page.html|url> --phone <E.164> --amount <n> [--currency <ISO>] [--email <addr>] [--dump-dom <out.html>]');
  process.exit(2);
}
const currency = values.currency!.toUpperCase();
let amountMinor: number | null = null;
if (values.amount !== undefined) {
  const parsed = parseAmount(values.amount, currency);
  if (!parsed.ok) {
    console.error(`bad --amount: ${parsed.error}`);
    process.exit(2);
  }
  amountMinor = parsed.minor;
}
const phone = phoneFormats(values.phone);
// As on a carrier's own page; --international as on any other site ("Fill this page").
const payload = buildFillPayload({ phone, amountMinor, currency, email: values.email ?? null, preferNational: !values.international });

const isUrl = /^https?:\/\//.test(target);
const served = isUrl ? null : await serveDirectory(dirname(resolve(target)));
const url = served ? `${served.origin}/${encodeURIComponent(basename(target))}` : target;
const browser = await launchBrowser();
try {
  const page = await openOffline(browser, url, await bundlePageCode());
  const report = await page.evaluate((data) => window.__linekeeper.fill(data), payload);
  console.log(JSON.stringify(report));
  if (values['dump-dom']) {
    // Let the page's framework react to the events (re-render, validation) before the snapshot.
    await page.waitForTimeout(300);
    await writeFile(values['dump-dom'], await page.evaluate(() => document.documentElement.outerHTML));
  }
} finally {
  await browser.close();
  served?.server.close();
}
