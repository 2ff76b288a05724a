/**
 * `npx tsx test/tools/score-diff.ts [--base=<git ref>] [--cases=N] [--seed=S]`: does a change to the
 * word lists or the scorer still give every field the same scores and roles? Runs assignRoles
 * (which scores each field) of a git ref (A, default HEAD) and of the working tree (B) on N random
 * pages of 1 to 6 fields (default 200,000) and prints the first differences; exit 1 when any.
 *
 * Why: the corpus (detect-ab) holds a few hundred labelled fields, too few to show that a rewrite of
 * the matching (say, regexes replaced by a word table) is exact. Field texts here are random
 * phrases built from the words of both sides' lexicon.ts and glued with the separators real
 * attributes use, so most fields hit some word list, often several at once. Seeded, so a
 * difference can be replayed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { assignRoles as AssignRoles } from '../../utils/autofill/assign';
import { emptyFeatures, type FieldFeatures } from '../../utils/autofill/features';
import { REPO as repo, withTreeAt } from './git-tree';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const base = option('base') ?? 'HEAD';
const cases = Math.max(1, Number(option('cases') ?? 200_000) || 200_000);
let seed = Number(option('seed') ?? 1) >>> 0;

/** mulberry32: small, seedable, good enough to pick words. */
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const below = (count: number) => Math.floor(random() * count);
const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;

await withTreeAt(base, ['utils'], async (baseTree) => {
  const load = async (root: string) => ((await import(pathToFileURL(join(root, 'utils/autofill/assign.ts')).href)) as { assignRoles: typeof AssignRoles }).assignRoles;
  const [assignA, assignB] = [await load(baseTree), await load(repo)];

  // Words and phrases of both lexicons, whatever their form (regex sources, word strings):
  // Latin runs with the spaces inside phrases kept, CJK runs, and each CJK character alone.
  const vocabulary = new Set<string>();
  for (const root of [baseTree, repo]) {
    const source = readFileSync(join(root, 'utils/autofill/lexicon.ts'), 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, '');
    for (const [run] of source.matchAll(/[a-z]+(?: [a-z]+)*|[\u3400-\u9fff]+/g)) {
      vocabulary.add(run);
      for (const word of run.split(' ')) vocabulary.add(word);
      if (/^[\u3400-\u9fff]/.test(run)) for (const char of run) vocabulary.add(char);
    }
  }
  // Shapes the lexicon's own words do not show: accents, capitals, camelCase, money, dial codes, notes.
  for (const extra of ['Teléfono', 'E-Mail', 'PhoneNumber', 'mobileNo', 'ÉMAIL', 'Straße', 'HK$100', '15 €', '$10', '+44', '0044', '(optional)', '（选填）', 'first', 'name', 'x', '2']) vocabulary.add(extra);
  const words = [...vocabulary];
  const separators = [' ', ' ', ' ', '_', '-', '', '.', ':', '/', '  ', '@', '$', '中', '1', '&', 'ß', '’', '%', 'é', 'Ж'];
  const text = (maxWords: number) => {
    let result = '';
    for (let count = below(maxWords + 1), index = 0; index < count; index += 1) result += (index === 0 ? '' : pick(separators)) + pick(words);
    return result;
  };
  const types = ['text', 'tel', 'email', 'number', 'radio', 'search', '', 'password'];
  const autocompletes = ['', '', '', '', '', '', 'tel', 'email', 'transaction-amount', 'tel-country-code', 'tel-national', 'cc-number', 'one-time-code', 'tel-extension'];
  const field = (): FieldFeatures => {
    const tag = random() < 0.2 ? 'select' : random() < 0.05 ? 'textarea' : 'input';
    const type = tag === 'input' ? pick(types) : 'text';
    return emptyFeatures({
      tag,
      type,
      autocomplete: pick(autocompletes),
      label: text(4),
      name: text(3),
      id: text(2),
      placeholder: text(2),
      ariaLabel: text(1),
      nearby: text(4),
      context: text(3),
      maxLength: random() < 0.3 ? below(12) : null,
      options: tag === 'select' || type === 'radio' ? Array.from({ length: below(6) }, () => ({ value: text(1), text: text(2) })) : [],
      radioGroup: type === 'radio' ? pick(['amount', 'plan']) : '',
      joinedToPrevious: random() < 0.2,
      inLoginForm: random() < 0.05,
    });
  };

  let differences = 0;
  for (let index = 0; index < cases; index += 1) {
    const page = Array.from({ length: 1 + below(6) }, field);
    const a = JSON.stringify(assignA(page));
    const b = JSON.stringify(assignB(page));
    if (a === b) continue;
    differences += 1;
    if (differences <= 5) console.log(`case ${index}:\n  fields ${JSON.stringify(page)}\n  A ${a}\n  B ${b}`);
  }
  console.log(`${cases} random pages, ${words.length} words; A = ${base}, B = working tree: ${differences === 0 ? 'same scores and roles on every page' : `${differences} page(s) differ`}`);
  if (differences > 0) process.exitCode = 1;
});
