import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The project's own recharge pages, filled end-to-end in Chromium through `npm run fill` (the same
 * fill code the extension injects), each checked against test/fixtures/pages/expected.json: what
 * was filled and with which value, what was refused, and what the page's own scripts heard.
 */
const run = promisify(execFile);
const PAGES = 'test/fixtures/pages';
interface Expected {
  args: string[];
  filled: [string, string][];
  notFound: string[];
  refused: [string, string][];
  state: Record<string, string>;
}
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as { pages: Record<string, Expected> };
const dumps = mkdtempSync(join(tmpdir(), 'linekeeper-dom-'));
afterAll(() => rmSync(dumps, { recursive: true, force: true }));

const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();

describe('npm run fill on the fixture pages', () => {
  it('has at least 15 pages', () => expect(Object.keys(expected.pages).length).toBeGreaterThanOrEqual(15));

  for (const [page, want] of Object.entries(expected.pages)) {
    it(page, async () => {
      const dump = join(dumps, page);
      const { stdout } = await run('npm', ['run', '-s', 'fill', '--', join(PAGES, page), ...want.args, '--dump-dom', dump]);
      const report = JSON.parse(stdout.trim().split('\n').pop()!) as { url: string; filled: { field: string; selector: string; value: string }[]; notFound: string[]; refused: { field: string; reason: string }[] };
      expect(report.url).toContain(encodeURIComponent(page));
      expect(sorted(report.filled.map((field) => [field.field, field.value]))).toEqual(sorted(want.filled));
      expect(report.notFound.sort()).toEqual([...want.notFound].sort());
      expect(sorted(report.refused.map((field) => [field.field, field.reason]))).toEqual(sorted(want.refused));
      for (const field of report.filled) expect(field.selector).not.toBe('');

      const dom = readFileSync(dump, 'utf8');
      const stateText = /<pre id="lk-state">(.*?)<\/pre>/s.exec(dom)?.[1] ?? '{}';
      const state = JSON.parse(stateText.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Record<string, unknown>;
      expect(state).toMatchObject(want.state);
      expect(state.__submitted).toBeUndefined();
    });
  }
});
