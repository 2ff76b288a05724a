/**
 * `npx tsx test/tools/detect-ab.ts [--base=<git ref>] [--runs=N] [page.html...]`: is a change to
 * detection faster, and does it detect the same fields? Compares the working tree's utils/ (B) with
 * the same folder at a git ref (A, default HEAD), both bundled as page-entry.ts bundles them. Each
 * page (default: every form of ../shared/corpus/forms) is opened N times per side (default 2) in a
 * fresh tab, alternating which side goes first, and timed cold once it has settled.
 *
 * Why a tool for this: on this machine the same code measures anywhere between 6.5 and 9+ ms median
 * from one corpus run to the next, so two separate runs cannot show a 5% change. Interleaving A and
 * B page by page cancels the drift; the sign test says whether B's wins could be chance.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, medianOf, openOffline, serveDirectory, settle } from './page-runner';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const base = args.find((arg) => arg.startsWith('--base='))?.slice('--base='.length) ?? 'HEAD';
const runs = Math.max(1, Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 2) || 2);
const corpus = resolve(repo, '../shared/corpus/forms');
const given = args.filter((arg) => !arg.startsWith('--')).map((page) => resolve(page));
const pages = given.length > 0 ? given : Object.keys((JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as { forms: object }).forms).sort().map((name) => join(corpus, name));

/** The detection of one source tree, exposed as window.__detectAb: time and the roles it found. */
async function bundleDetection(utilsDir: string): Promise<string> {
  const contents = `
    import { detectFields } from ${JSON.stringify(join(utilsDir, 'autofill/fill-page'))};
    window.__detectAb = () => {
      const start = performance.now();
      const detection = detectFields(document);
      const ms = performance.now() - start;
      return { ms, roles: detection.fields.filter((field) => field.documentIndex >= 0 && field.problem === null).map((field) => field.documentIndex + ':' + field.role).join(' ') };
    };`;
  const result = await build({
    stdin: { contents, resolveDir: repo, loader: 'ts' },
    // The base tree lives in a temporary folder: its packages resolve from this repository.
    nodePaths: [join(repo, 'node_modules')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

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

const baseTree = mkdtempSync(join(tmpdir(), 'lk-detect-ab-'));
try {
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(base)} utils | tar -x -C ${JSON.stringify(baseTree)}`], { cwd: repo });
  const codes = [await bundleDetection(join(baseTree, 'utils')), await bundleDetection(join(repo, 'utils'))];
  let root = dirname(pages[0]!);
  while (!pages.every((page) => page.startsWith(root + '/'))) root = dirname(root);
  const browser = await launchBrowser();
  const { origin, server } = await serveDirectory(root);
  const medians: [number[], number[]] = [[], []];
  const differing: string[] = [];
  try {
    for (const page of pages) {
      const url = `${origin}/${relative(root, page).split('/').map(encodeURIComponent).join('/')}`;
      const times: [number[], number[]] = [[], []];
      const roles = ['', ''];
      for (let run = 0; run < runs; run += 1) {
        for (const side of run % 2 === 0 ? [0, 1] : [1, 0]) {
          const tab = await openOffline(browser, url, codes[side]!);
          await settle(tab);
          const result = (await tab.evaluate('window.__detectAb()')) as { ms: number; roles: string };
          times[side]!.push(result.ms);
          roles[side] = result.roles;
          await tab.close();
        }
      }
      medians[0].push(medianOf(times[0]));
      medians[1].push(medianOf(times[1]));
      if (roles[0] !== roles[1]) differing.push(`${relative(root, page)}\n  A: ${roles[0]}\n  B: ${roles[1]}`);
    }
  } finally {
    server.close();
    await browser.close();
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const bFaster = medians[0].filter((a, index) => medians[1][index]! < a).length;
  const decided = medians[0].filter((a, index) => medians[1][index]! !== a).length;
  const format = (ms: number) => ms.toFixed(2);
  console.log(`pages ${pages.length}, ${runs} cold run(s) per side per page; A = ${base}, B = working tree`);
  console.log(`median ms  A ${format(medianOf(medians[0]))}  B ${format(medianOf(medians[1]))}`);
  console.log(`sum ms     A ${format(sum(medians[0]))}  B ${format(sum(medians[1]))}  (B/A ${(sum(medians[1]) / sum(medians[0])).toFixed(3)})`);
  console.log(`B faster on ${bFaster} of ${decided} pages with a difference (sign test p = ${signTestP(bFaster, decided).toFixed(3)})`);
  console.log(differing.length === 0 ? 'same fields and roles on every page' : `different fields or roles on ${differing.length} page(s):\n${differing.join('\n')}`);
  if (differing.length > 0) process.exitCode = 1;
} finally {
  rmSync(baseTree, { recursive: true, force: true });
}
