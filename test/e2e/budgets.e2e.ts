import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EAGER_COMPILE_HINT } from '../../utils/autofill/page-globals';
// @ts-expect-error plain ESM helper shared with the bench script
import { contextScripts, gz } from '../tools/bundle-sizes.mjs';
import { EXTENSION_DIR } from './harness';

// Sizes are deterministic for a given build, so budgets can be tests; speed is only benched.
const KB = 1024;
const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + (gz(join(EXTENSION_DIR, file)) as number), 0);
const contexts = contextScripts(EXTENSION_DIR) as Record<string, string[]>;

describe('bundle budgets (gzipped)', () => {
  it('popup <= 14 KB, and it loads nothing of the options page', () => {
    expect(sizeOf(contexts.popup!)).toBeLessThanOrEqual(14 * KB);
    expect(contexts.popup!.some((file) => file.includes('options'))).toBe(false);
  });

  it('service worker <= 20 KB', () => {
    expect(sizeOf(contexts.background!)).toBeLessThanOrEqual(20 * KB);
  });

  it('each content script, registered or injected on a click, <= 10 KB', () => {
    const scripts = Object.keys(contexts).filter((name) => name.startsWith('content-scripts/') || name.startsWith('injected/'));
    expect(scripts).toEqual(expect.arrayContaining(['content-scripts/carrier.js', 'injected/fill-page.js']));
    for (const name of scripts) expect(sizeOf(contexts[name]!), name).toBeLessThanOrEqual(10 * KB);
  });
});

describe('injected fill script', () => {
  // The hint only works as the file's first line; a minifier or a banner before it would silently
  // bring back lazy compilation (a slower click, seen only in `npm run bench`).
  it('starts with the eager-compile hint', () => {
    expect(readFileSync(join(EXTENSION_DIR, 'fill-page.js'), 'utf8').startsWith(EAGER_COMPILE_HINT)).toBe(true);
  });
});
