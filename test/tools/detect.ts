/**
 * `npm run detect -- <page.html>...`: one JSON line per page with the fields a fill would write,
 * by their index in document.querySelectorAll('input,select,textarea'), and the detection time
 * measured inside the page.
 */
import { dirname, resolve, relative } from 'node:path';
import { bundlePageCode, launchBrowser, openOffline, serveDirectory } from './page-runner';

const pages = process.argv.slice(2).filter((arg) => arg !== '--');
if (pages.length === 0) {
  console.error('usage: npm run detect -- <page.html>...');
  process.exit(2);
}
const pageCode = await bundlePageCode();
const browser = await launchBrowser();
try {
  // One server over the pages' common directory, so frames and relative links resolve.
  const absolute = pages.map((page) => resolve(page));
  let root = dirname(absolute[0]!);
  while (!absolute.every((page) => page.startsWith(root + '/'))) root = dirname(root);
  const { origin, server } = await serveDirectory(root);
  try {
    for (const [index, page] of pages.entries()) {
      const url = `${origin}/${relative(root, absolute[index]!).split('/').map(encodeURIComponent).join('/')}`;
      const tab = await openOffline(browser, url, pageCode);
      const result = await tab.evaluate(() => window.__linekeeper.detect());
      console.log(JSON.stringify({ page, fields: result.fields, ms: result.ms }));
      await tab.close();
    }
  } finally {
    server.close();
  }
} finally {
  await browser.close();
}
