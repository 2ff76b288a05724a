/**
 * `npx tsx test/tools/detect-ab.ts [--base=<git ref>] [--runs=N] [--main-world] [page.html...]`: is a change to
 * detection faster, and does it detect the same fields? Compares the working tree (B) with a git ref
 * (A, default HEAD): each side's test/tools/page-entry.ts and utils/, bundled as `npm run detect` does. Each
 * page (default: every form of ../shared/corpus/forms) is opened N times per side (default 2) in a
 * fresh tab, alternating which side goes first, and timed cold once it has settled. Both sides are
 * injected as a click injects them, into the isolated world (as `npm run detect` does); --main-world
 * uses page.evaluate instead, which is quicker to run but meets the page's own DOM wrappers.
 *
 * Why a tool for this: on this machine the same code's corpus median drifts by 20% or more from one
 * run to the next, so two separate runs cannot show a 5% change. Interleaving A and
 * B page by page cancels the drift; the sign test says whether B's wins could be chance.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO as repo, withTreeAt } from './git-tree';
import { bundlePageCode, launchBrowser, launchIsolatedRunner, mainWorldCall, medianOf, openOffline, serveFiles, settle, type PageCall } from './page-runner';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const base = args.find((arg) => arg.startsWith('--base='))?.slice('--base='.length) ?? 'HEAD';
const runs = Math.max(1, Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 2) || 2);
const isolated = !args.includes('--main-world');
const corpus = resolve(repo, '../shared/corpus/forms');
const given = args.filter((arg) => !arg.startsWith('--')).map((page) => resolve(page));
const pages = given.length > 0 ? given : Object.keys((JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as { forms: object }).forms).sort().map((name) => join(corpus, name));

/** Two-sided sign test: the chance of a split at least this uneven if neither side were faster. */
function signTestP(wins: number, trials: number): number {
  const extreme = Math.min(wins, trials - wins);
  let tail = 0;
  for (let k = 0; k <= extreme; k += 1) {
    let choose = 1;
    for (let i = 1; i <= k; i += 1) choose = (choose * (trials - k + i)) / i;
    tail += choose / 2 ** trials;
  }
  return Math.min(1, 2 * tail);
}

await withTreeAt(base, ['utils', 'test/tools/page-entry.ts'], async (baseTree) => {
  const codes = [await bundlePageCode(join(baseTree, 'test/tools/page-entry.ts')), await bundlePageCode()];
  const browser = isolated ? null : await launchBrowser();
  const isolatedRunner = isolated ? await launchIsolatedRunner(codes) : null;
  const openTab = async (url: string, side: number): Promise<{ tab: Page; call: PageCall }> => {
    if (isolatedRunner) {
      const { page, call } = await isolatedRunner.open(url, side);
      return { tab: page, call };
    }
    const tab = await openOffline(browser!, url, codes[side]!);
    return { tab, call: mainWorldCall(tab) };
  };
  const { urls, server } = await serveFiles(pages);
  const medians: [number[], number[]] = [[], []];
  const differing: string[] = [];
  try {
    for (const [index, page] of pages.entries()) {
      const url = urls[index]!;
      const times: [number[], number[]] = [[], []];
      const roles = ['', ''];
      for (let run = 0; run < runs; run += 1) {
        for (const side of run % 2 === 0 ? [0, 1] : [1, 0]) {
          const { tab, call } = await openTab(url, side);
          await settle(tab);
          // The fields a fill would write, as `npm run detect` lists them.
          const result = (await call('detect')) as { fields: { index: number; role: string }[]; ms: number };
          times[side]!.push(result.ms);
          roles[side] = result.fields.map((field) => `${field.index}:${field.role}`).join(' ');
          await tab.close();
        }
      }
      medians[0].push(medianOf(times[0]));
      medians[1].push(medianOf(times[1]));
      if (roles[0] !== roles[1]) differing.push(`${relative(repo, page)}\n  A: ${roles[0]}\n  B: ${roles[1]}`);
    }
  } finally {
    server.close();
    await browser?.close();
    await isolatedRunner?.close();
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const bFaster = medians[0].filter((a, index) => medians[1][index]! < a).length;
  const decided = medians[0].filter((a, index) => medians[1][index]! !== a).length;
  const format = (ms: number) => ms.toFixed(2);
  console.log(`pages ${pages.length}, ${runs} cold run(s) per side per page, ${isolated ? 'isolated' : 'main'} world; A = ${base}, B = working tree`);
  console.log(`median ms  A ${format(medianOf(medians[0]))}  B ${format(medianOf(medians[1]))}`);
  console.log(`sum ms     A ${format(sum(medians[0]))}  B ${format(sum(medians[1]))}  (B/A ${(sum(medians[1]) / sum(medians[0])).toFixed(3)})`);
  console.log(`B faster on ${bFaster} of ${decided} pages with a difference (sign test p = ${signTestP(bFaster, decided).toFixed(3)})`);
  console.log(differing.length === 0 ? 'same fields and roles on every page' : `different fields or roles on ${differing.length} page(s):\n${differing.join('\n')}`);
  if (differing.length > 0) process.exitCode = 1;
});
