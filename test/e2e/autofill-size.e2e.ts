import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/** Budget from the autofill issue: every script LineKeeper runs in a web page, at most 10 KB gzipped. */
const BUDGET = 10 * 1024;
const pageScripts = [
  ...readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((name) => name.endsWith('.js')).map((name) => join('content-scripts', name)),
  'fill-page.js', // injected by the worker after a click (scripting.executeScript)
];

describe('content-script size budget', () => {
  it.each(pageScripts)('%s is at most 10 KB gzipped', (path) => {
    const size = gzipSync(readFileSync(join(EXTENSION_DIR, path)), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(BUDGET);
  });
});
